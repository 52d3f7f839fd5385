/**
 * Proper-noun runs that no other source covered: typed by organisation keywords, then by
 * compromise applied to the run's text only (it is slow over whole texts, fast on short spans).
 */
import { newCandidate, type Candidate, type TokenView } from './types.js';

type Compromise = (text: string) => {
  people(): { found: boolean };
  places(): { found: boolean };
  organizations(): { found: boolean };
};

const ORG_HEADS = /^(Administration|Agency|Association|Authority|Bank|Board|Bureau|Command|Commission|Committee|Company|Corp|Corporation|Council|Court|Department|Foundation|Fund|Group|Inc|Institute|League|Ltd|Ministry|Office|Organisation|Organization|Parliament|Party|Police|Service|Society|Union|University|College|School|Army|Navy|Force|Forces|Assembly|Congress|Senate|FC|Club|Times|Post|News|Media)$/;
const NOT_NAMES = /^(The|A|An|This|That|These|Those|Experts|Officials|Analysts|Critics|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|I|We|He|She|They|It)$/;

export function properNounCandidates(view: TokenView, covered: Uint8Array, compromise: Compromise | null): Candidate[] {
  const out: Candidate[] = [];
  const n = view.surface.length;
  const isNameTok = (i: number): boolean => view.pos[i] === 'PROPN' && /^[A-Z]/.test(view.surface[i] as string) && !covered[i] && !NOT_NAMES.test(view.surface[i] as string);
  for (let i = 0; i < n; i++) {
    if (!isNameTok(i)) continue;
    let end = i + 1;
    while (end < n && view.sentence[end] === view.sentence[i]) {
      if (isNameTok(end) || ((view.surface[end] === 'of' || view.surface[end] === '-') && end + 1 < n && isNameTok(end + 1))) end++;
      // "Yang Moo-jin": a hyphenated given name written without spaces.
      else if (view.surface[end] === '-' && end + 1 < n && view.end[end - 1] === view.start[end] && view.end[end] === view.start[end + 1] && /^[a-z]+$/.test(view.surface[end + 1] as string)) end += 2;
      else break;
    }
    const words = view.surface.slice(i, end);
    const text = view.text.slice(view.start[i], view.end[end - 1]);
    if (ORG_HEADS.test(words[words.length - 1] as string) || words.some((w) => ORG_HEADS.test(w))) {
      out.push(newCandidate(i, end, 'ORG', ['rule:org-head'], 0.6, 1));
    } else if (compromise) {
      const d = compromise(text);
      if (d.people().found) out.push(newCandidate(i, end, 'PERSON', ['library:compromise'], 0.55, 1));
      else if (d.organizations().found) out.push(newCandidate(i, end, 'ORG', ['library:compromise'], 0.55, 1));
      else if (d.places().found) out.push(newCandidate(i, end, 'GPE', ['library:compromise'], 0.5, 1));
      else if (end - i >= 2 && end - i <= 3 && !words.includes('of')) out.push(newCandidate(i, end, 'PERSON', ['rule:name-shape'], 0.4, 1));
    }
    i = end - 1;
  }
  return out;
}
