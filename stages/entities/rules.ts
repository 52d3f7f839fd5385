/**
 * Rules for what neither the model nor the gazetteers see well: acronyms in parentheses, named
 * resolutions and acts, hyphenated weapon names, offices that stand for their holder, nominals
 * such as "the North Korean leader", and determiners of place names. Every rule names itself in
 * `evidence` as `rule:<name>`.
 */
import type { EntityType } from '../../pipeline/document-types.js';
import { cloneCandidate, firstCode, lowerAt, newCandidate, surfaceAt, withEvidence, type Candidate, type TokenView } from './types.js';

// Regular expressions on per-token paths are constants: a literal is a new object each time it is evaluated.
const CAPITALISED = /^[A-Z]/;
const isCap = (s: string): boolean => CAPITALISED.test(s);
const DIGITS = /^\d+$/;
const ARTICLE = /^(The|A|An)$/;
const HYPHENATED_NUMBER_NAME = /^[A-Z][A-Za-z]+-\d+[A-Za-z]?$/;
const PLACE_PREPOSITION = /^(into|in|at|from|to|across|over|off|under|on|toward|towards)$/i;
const OF_OR_CAPITALISED = /^(of|[A-Z])/;
const ACRONYM = /^[A-Z][A-Z.&-]*[A-Z.]s?$/;
const PLURAL = /s$/;
const LOWER_INITIAL = /^[a-z]/;
const TITLE_WORD = /^[A-Z][a-z]+$/;
const INDEFINITE_OR_THE = /^(a|an|the)$/i;
const LATIN_WORD = /^[A-Za-z]+$/;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de']);

const WEAPON_NOUNS = /^(rockets?|missiles?|launchers?|satellites?|ICBMs?|drones?|tanks?|jets?|fighters?|bombers?|submarines?|warheads?|vehicles?|carriers?|destroyers?|howitzers?|systems?|interceptors?)$/i;
const LAW_HEADS = /^(Act|Treaty|Convention|Accord|Accords|Protocol|Charter|Agreement|Declaration|Constitution|Amendment)$/;
const OFFICES: ReadonlyArray<readonly string[]> = [
  ['Secretary', '-', 'General'],
  ['Secretary-General'],
  ['Secretary', 'General'],
  ['Director', '-', 'General'],
  ['Director-General'],
  ['Director', 'General'],
];
// Every office above starts with one of these letters.
const OFFICE_INITIAL_S = 83;
const OFFICE_INITIAL_D = 68;
const LEADER_NOUNS = new Set(['leader', 'president', 'dictator', 'ruler', 'premier', 'chancellor', 'prime minister']);

function matchSeq(view: TokenView, i: number, seq: readonly string[]): boolean {
  if (i + seq.length > view.surface.length) return false;
  for (let k = 0; k < seq.length; k++) if (view.surface[i + k] !== seq[k]) return false;
  return true;
}

/** "UN Security Council Resolution 1718", "Resolution 2270", "the Paris Treaty", "Defence Act". */
export function lawCandidates(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const n = view.surface.length;
  for (let i = 0; i < n; i++) {
    const s = view.surface[i] as string;
    // Both kinds start with a capital letter.
    const c0 = firstCode(s);
    if (c0 < 65 || c0 > 90) continue;
    if (s === 'Resolution' && i + 1 < n && DIGITS.test(view.surface[i + 1] as string)) {
      let first = i;
      // Walk back over the body that passed it: "UN Security Council", "United Nations".
      while (first > 0 && isCap(view.surface[first - 1] as string) && view.sentence[first - 1] === view.sentence[i] && !ARTICLE.test(view.surface[first - 1] as string)) first--;
      out.push(newCandidate(first, i + 2, 'LAW', ['rule:resolution-number'], 0.9, 5));
    } else if (LAW_HEADS.test(s) && i > 0 && isCap(view.surface[i - 1] as string) && view.pos[i] === 'PROPN') {
      let first = i - 1;
      while (first > 0 && (isCap(view.surface[first - 1] as string) || (view.surface[first - 1] === '-' && first > 1)) && view.sentence[first - 1] === view.sentence[i]) first--;
      if (ARTICLE.test(view.surface[first] as string)) first++;
      if (first < i) out.push(newCandidate(first, i + 1, 'LAW', ['rule:law-head'], 0.7, 4));
    }
  }
  return out;
}

/** "Chollima-1 rocket", "Hwasong-17 missile": a capitalised name with a hyphenated number before a weapon noun. */
export function hyphenatedWeaponCandidates(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const n = view.surface.length;
  for (let i = 0; i < n; i++) {
    const s = view.surface[i] as string;
    const c0 = firstCode(s);
    if (c0 < 65 || c0 > 90 || !HYPHENATED_NUMBER_NAME.test(s)) continue;
    if (WEAPON_NOUNS.test(surfaceAt(view, i + 1))) seen.add(s);
  }
  for (let i = 0; i < n && seen.size > 0; i++) {
    if (seen.has(view.surface[i] as string)) {
      out.push(newCandidate(i, i + 1, 'WEAPON', ['rule:hyphenated-weapon'], 0.85, 5, `W:${view.surface[i]}`));
    }
  }
  return out;
}

/** "the United Nations Secretary-General", "The Secretary-General": an office standing for its holder (ORG). */
export function officeCandidates(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const n = view.surface.length;
  for (let i = 0; i < n; i++) {
    const s = view.surface[i] as string;
    const c0 = firstCode(s);
    if (c0 !== OFFICE_INITIAL_S && c0 !== OFFICE_INITIAL_D) continue;
    for (const seq of OFFICES) {
      if (!matchSeq(view, i, seq)) continue;
      const end = i + seq.length;
      // A name right after the title makes it a title of a PERSON, not an office mention.
      if (isCap(surfaceAt(view, end)) && view.pos[end] === 'PROPN') break;
      out.push(newCandidate(i, end, 'ORG', ['rule:office'], 0.7, 5, 'OFFICE:' + seq.join('').replace(/[-\s]/g, '').toLowerCase(), true));
      // The organisation whose office it is: "United Nations" in "the United Nations Secretary-General".
      let first = i;
      while (first > 0 && isCap(view.surface[first - 1] as string) && view.sentence[first - 1] === view.sentence[i] && !ARTICLE.test(view.surface[first - 1] as string)) first--;
      if (first < i) out.push(newCandidate(first, i, 'ORG', ['rule:office-organisation'], 0.75, 5));
      break;
    }
  }
  return out;
}

/** "the sea", "the ocean" as a place (LOC) after a preposition of motion or place. */
export function commonPlaceCandidates(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < view.surface.length; i++) {
    const w = view.lower[i + 1] as string;
    if ((w === 'sea' || w === 'ocean') && view.lower[i] === 'the' && PLACE_PREPOSITION.test(view.surface[i - 1] as string)) {
      const nx = surfaceAt(view, i + 2);
      if (nx !== '' && view.sentence[i + 2] === view.sentence[i + 1] && OF_OR_CAPITALISED.test(nx)) continue;
      out.push(newCandidate(i, i + 2, 'LOC', ['rule:common-place'], 0.5, 2, `LOC:the ${w}`));
    }
  }
  return out;
}

/**
 * "Korean Central News Agency (KCNA)", "intercontinental ballistic missile (ICBM)": the
 * parenthesised acronym becomes a mention of the same type, linked to the name before it. When
 * no mention ends before the parenthesis, the capitalised words whose initials spell the acronym
 * become an ORG mention. Returns new candidates and alias links (pairs of candidates).
 */
export function acronymCandidates(view: TokenView, accepted: readonly Candidate[]): { added: Candidate[]; links: Array<[Candidate, Candidate]> } {
  const added: Candidate[] = [];
  const links: Array<[Candidate, Candidate]> = [];
  const n = view.surface.length;
  // Built at the first parenthesised acronym: most documents have none.
  let byEnd: Map<number, Candidate> | null = null;
  let covered: Uint8Array | null = null;
  for (let i = 1; i + 2 < n; i++) {
    if (view.surface[i] !== '(' || view.surface[i + 2] !== ')') continue;
    const acr = view.surface[i + 1] as string;
    if (!ACRONYM.test(acr) || acr.length < 2) continue;
    if (!byEnd || !covered) {
      byEnd = new Map();
      covered = new Uint8Array(n);
      for (const c of accepted) {
        byEnd.set(c.end, c);
        for (let k = c.first; k < c.end; k++) covered[k] = 1;
      }
    }
    const letters = acr.replace(/s$/, '').replace(/[^A-Z]/g, '');
    let name = byEnd.get(i);
    if (!name) {
      // Find capitalised words before the parenthesis whose initials spell the acronym.
      let first = i;
      let initials = '';
      while (first > 0 && initials.length < letters.length) {
        const w = view.surface[first - 1] as string;
        if (isCap(w)) initials = (w[0] as string) + initials;
        else if (!CONNECTORS.has(w)) break;
        first--;
      }
      if (initials !== letters) continue;
      name = newCandidate(first, i, 'ORG', ['rule:acronym-paren'], 0.75, 4);
      added.push(name);
    } else if (!initialsMatch(view, name, letters)) continue;
    if (covered[i + 1]) {
      // A loop, not `find` with a closure over `i`, which would cost an allocation per token.
      let existing: Candidate | undefined;
      for (const c of accepted) {
        if (c.first === i + 1) {
          existing = c;
          break;
        }
      }
      if (existing) links.push([name, existing]);
      continue;
    }
    const acronym = newCandidate(i + 1, i + 2, name.type, ['rule:acronym-paren'], Math.min(0.9, name.confidence + 0.05), 4, name.key || null);
    added.push(acronym);
    links.push([name, acronym]);
  }
  return { added, links };
}

function initialsMatch(view: TokenView, c: Candidate, letters: string): boolean {
  let initials = '';
  for (let k = c.first; k < c.end; k++) {
    const w = view.surface[k] as string;
    if (CONNECTORS.has(w.toLowerCase()) && k > c.first) continue;
    if (w === '-' || w === "'s" || w === '’s') continue;
    for (const part of w.split('-')) if (part) initials += (part[0] as string).toUpperCase();
  }
  return initials === letters || initials.replace(/^T/, '') === letters;
}

const EVENT_WITH_THE = /^(War|Wars|Olympics|Games|Cup|Championships?|Revolution|Holocaust|Crisis|Uprising|Spring)$/;

/** Entity types whose names can take "the" ("the United States", "the Korean War"). */
const DET_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['GPE', 'LOC', 'EVENT']);

/** Includes a leading "the" in place and event names ("the United States", "the Korean War"), as ANNOTATION.md marks them. */
export function withDeterminer(view: TokenView, c: Candidate): Candidate {
  if (!DET_TYPES.has(c.type) || c.first === 0) return c;
  const prev = view.surface[c.first - 1] as string;
  if (prev !== 'the' && prev !== 'The') return c;
  // Only names that take "the" by themselves: several words, or a plural such as "the Philippines".
  const first = view.surface[c.first] as string;
  if (c.type === 'EVENT' ? !EVENT_WITH_THE.test(view.surface[c.end - 1] as string) : c.end - c.first < 2 && !PLURAL.test(first)) return c;
  if (!isCap(first)) return c;
  // "the New York trial": the article belongs to the noun the name modifies.
  if (LOWER_INITIAL.test(surfaceAt(view, c.end)) && (view.pos[c.end] === 'NOUN' || view.pos[c.end] === 'ADJ')) return c;
  const withThe = cloneCandidate(c);
  withThe.first = c.first - 1;
  return withThe;
}

/**
 * "North Korean leader Kim Jong Un" followed later by "the North Korean leader": the nominal is
 * a PERSON mention of the named leader. Returns nominal candidates with `key` = `NOMINAL:<phrase>`
 * and the named candidate each one refers to.
 */
export function leaderNominals(view: TokenView, accepted: readonly Candidate[]): Array<{ nominal: Candidate; referent: Candidate }> {
  const out: Array<{ nominal: Candidate; referent: Candidate }> = [];
  const byFirst = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const c of accepted) {
    byFirst.set(c.first, c);
    byEnd.set(c.end, c);
  }
  // Pass 1: appositive titles "<NORP|GPE> leader <PERSON>".
  const titled = new Map<string, Candidate>();
  for (const c of accepted) {
    if (c.type !== 'NORP' && c.type !== 'GPE') continue;
    const noun = lowerAt(view, c.end);
    if (!LEADER_NOUNS.has(noun)) continue;
    const person = byFirst.get(c.end + 1);
    if (person && person.type === 'PERSON') titled.set(`${view.surface.slice(c.first, c.end).join(' ')} ${noun}`.toLowerCase(), person);
  }
  if (titled.size === 0) return out;
  // Pass 2: "the <NORP|GPE> leader" with no name after it.
  for (const c of accepted) {
    if (c.first === 0 || view.lower[c.first - 1] !== 'the') continue;
    const noun = lowerAt(view, c.end);
    const phrase = `${view.surface.slice(c.first, c.end).join(' ')} ${noun}`.toLowerCase();
    const referent = titled.get(phrase);
    if (!referent || byFirst.get(c.end + 1)?.type === 'PERSON') continue;
    out.push({
      nominal: newCandidate(c.first - 1, c.end + 1, 'PERSON', ['rule:leader-nominal'], 0.6, 5, null, true),
      referent,
    });
  }
  return out;
}

const PERSON_NOUNS = /^(official|officials|spokesman|spokeswoman|spokesperson|minister|leader|president|professor|analyst|director|chief|envoy|ambassador|general|commander|sister|brother|wife|husband|son|daughter|mother|father|lawyer|researcher|expert|secretary|chairman|chairwoman|head|diplomat|correspondent|editor|economist|scientist|founder|coach|manager|captain|spokespeople|negotiator|adviser|advisor|aide|deputy|governor|mayor|senator|lawmaker|officer|colonel|lieutenant|sergeant|premier|king|queen|prince|princess)$/i;
const ORG_WORDS = /^(Ministry|Agency|Council|Party|Committee|Commission|Administration|University|Institute|Bank|Company|Corporation|Group|Association|Union|Organisation|Organization|Office|Department|Army|Navy|Force|Forces|Command|Court|Assembly|Congress|Parliament|Service|News|Times|Post)$/;

/**
 * Names in apposition with a person noun are people: "A top North Korean official, Ri Pyong
 * Chol, stated", "Yang Moo-jin, a professor at". Retypes ORG/NORP guesses of 2-4 title-case
 * words without an organisation word.
 */
export function appositivePerson(view: TokenView, c: Candidate): Candidate {
  if (c.type !== 'ORG' && c.type !== 'NORP' && c.type !== 'GPE') return c;
  const len = c.end - c.first;
  if (len < 2 || len > 4 || c.key) return c;
  for (let k = c.first; k < c.end; k++) {
    const w = view.surface[k] as string;
    if (!TITLE_WORD.test(w) || ORG_WORDS.test(w)) return c;
  }
  const before = surfaceAt(view, c.first - 1) === ',' && PERSON_NOUNS.test(surfaceAt(view, c.first - 2));
  const after = surfaceAt(view, c.end) === ',' && INDEFINITE_OR_THE.test(surfaceAt(view, c.end + 1)) && [2, 3, 4].some((d) => PERSON_NOUNS.test(surfaceAt(view, c.end + d)));
  if (!before && !after) return c;
  const person = withEvidence(c, 'rule:appositive-person');
  person.type = 'PERSON';
  return person;
}

/** "Yang Moo-jin": a person name goes on over a hyphen written without spaces. */
export function extendHyphenatedName(view: TokenView, c: Candidate): Candidate {
  if (c.type !== 'PERSON') return c;
  let end = c.end;
  while (surfaceAt(view, end) === '-' && end + 1 < view.surface.length && view.end[end - 1] === view.start[end] && view.end[end] === view.start[end + 1] && LATIN_WORD.test(view.surface[end + 1] as string)) end += 2;
  if (end === c.end) return c;
  const longer = withEvidence(c, 'rule:hyphenated-name');
  longer.end = end;
  return longer;
}
