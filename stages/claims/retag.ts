/**
 * Mends the tagger's part-of-speech errors that hide speech verbs from the claim rules:
 * a participle read as a noun or adjective (", warning that …", "is promising to …") and a
 * headline's present-tense verb read as a plural noun ("Clinton blasts Trump over …") or, in a
 * title-case headline, as part of a name ("Ben Carson Slams Hillary").
 * Only speech-class lemmas (or verbs that head a PolNeAR cue at least half the time) are mended,
 * and only in a verbal context; the tokens themselves are not changed, only the claims stage's
 * view of them.
 */
import type { Lexicon } from './lexicon.js';
import { closesAfterComma, type View } from './view.js';

/** Words before a participle that open a participial clause ("…, warning that", "and urging"). */
const PARTICIPLE_OPENERS = new Set([',', 'and', 'but', 'while', 'by', 'after', 'before', 'also', '—', '–', '-']);
/** Forms of "be" before a progressive ("is promising to"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', "'re", '’re']);
/** Tags that can start a verb's object or complement clause. */
const OBJECT_STARTS = new Set(['PROPN', 'PRON', 'DET']);

/** Re-tags mis-tagged speech verbs in `v.pos` / `v.lemma` (the view is the claims stage's own). */
export function retagSpeechVerbs(v: View, lex: Lexicon): void {
  const n = v.low.length;
  for (let i = 1; i + 1 < n; i++) {
    const p = v.pos[i];
    const w = v.low[i] as string;
    const next = v.low[i + 1] as string;
    const nextPos = v.pos[i + 1] as string;
    if (p === 'PROPN') {
      // A title-case headline: "Ben Carson Slams Hillary And The Media", "Hillary Clinton Calls ISIS …".
      // Only speech-class stems here: a name's -s ("Times", "Banks") must not become a cue.
      if (v.cap[i] === 1 && w.endsWith('s') && v.pos[i - 1] === 'PROPN' && v.cap[i - 1] === 1 && (OBJECT_STARTS.has(nextPos) || next === 'that' || next === 'for') && titleCase(v, i)) {
        const lemma = sStems(w).find((stem) => lex.speech.has(stem));
        if (lemma) {
          v.pos[i] = 'VERB';
          v.lemma[i] = lemma;
        }
      }
      continue;
    }
    if (p !== 'NOUN' && p !== 'ADJ') continue;
    if (w.endsWith('ing')) {
      // the context first, the stems (which allocate) only where it fits
      // ",” promising to…": a comma before the closing quote opens the participle too
      const prev = closesAfterComma(v, i - 1) ? ',' : (v.low[i - 1] as string);
      // ", warning followers that …": a bare plural object too
      const complement = next === 'that' || next === 'to' || OBJECT_STARTS.has(nextPos) || nextPos === 'NOUN' && next.endsWith('s');
      if (!complement || !(PARTICIPLE_OPENERS.has(prev) || BE_FORMS.has(prev))) continue;
      const lemma = speechLemma(lex, ingStems(w));
      if (!lemma) continue;
      v.pos[i] = 'VERB';
      v.lemma[i] = lemma;
    } else if (p === 'NOUN' && w.endsWith('s') && (v.pos[i - 1] === 'PROPN' && (nextPos === 'PROPN' || next === 'that') || singularAfterDeterminer(v, i - 1) && (OBJECT_STARTS.has(nextPos) || next === 'that'))) {
      // "Clinton blasts Trump over …", "The woman disputes the idea that …"
      const lemma = speechLemma(lex, sStems(w));
      if (!lemma) continue;
      v.pos[i] = 'VERB';
      v.lemma[i] = lemma;
    } else if (p === 'NOUN' && !w.endsWith('s') && (v.pos[i - 1] === 'NOUN' || v.pos[i - 1] === 'PROPN') && (v.low[i - 1] as string).endsWith('s') && (nextPos === 'PROPN' || nextPos === 'DET' || next === 'that')) {
      // "Rose Bowl skywriters blast Trump", "Critics slam the plan": a plural subject and a base form
      const lemma = speechLemma(lex, [w]) ?? (lex.acts.has(w) ? w : undefined);
      if (!lemma || v.lemma[i] !== w || w === 'state') continue;
      v.pos[i] = 'VERB';
      v.lemma[i] = lemma;
    }
  }
}

/** A speech-class lemma, or a verb that heads a PolNeAR cue at least half the time it occurs. */
function speechLemma(lex: Lexicon, stems: string[]): string | undefined {
  return stems.find((s) => lex.speech.has(s) || (lex.verbs.get(s)?.weight ?? 0) >= 0.5);
}

/** Candidate lemmas of an -ing form: warn(ing), promis(e)(ing), commit(t)(ing). */
function ingStems(w: string): string[] {
  const s = w.slice(0, -3);
  const out = [s, `${s}e`];
  if (s.length > 2 && s[s.length - 1] === s[s.length - 2]) out.push(s.slice(0, -1));
  return out;
}

/** Candidate lemmas of an -s form: blast(s), prais(e)s, push(es), den(ies). */
function sStems(w: string): string[] {
  const out = [w.slice(0, -1)];
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  return out;
}

/** "The woman" / "the company": a singular noun right after a determiner, so a verb may follow. */
function singularAfterDeterminer(v: View, i: number): boolean {
  const w = v.low[i] as string;
  return v.pos[i] === 'NOUN' && !w.endsWith('s') && (v.pos[i - 1] === 'DET' && v.low[i - 1] !== 'that');
}

/**
 * True when token i's sentence is set in title case: all its words of four letters or more
 * capitalised (so "the United States Embassy" in running text is no headline).
 */
function titleCase(v: View, i: number): boolean {
  const sentence = v.sentOf[i] as number;
  let long = 0;
  let capitalised = 0;
  for (let k = v.sentFirst[sentence] as number; k < (v.sentEnd[sentence] as number); k++) {
    if ((v.low[k] as string).length < 4 || !/^[a-z]/.test(v.low[k] as string)) continue;
    long++;
    capitalised += v.cap[k] as number;
  }
  return long >= 3 && capitalised === long;
}
