import type { EntityType } from '../../pipeline/document-types.js';
import type { WordInfo } from './features.js';

/**
 * A candidate mention over tokens `[first, end)` before ids and clusters are assigned. Every field
 * is always present (made by {@link newCandidate} or {@link cloneCandidate}), so that all candidates
 * share one hidden class: code that V8 optimised for one deoptimises when it meets a second.
 */
export interface Candidate {
  first: number;
  end: number;
  type: EntityType;
  /** Names what decided, e.g. `model:perceptron`, `gazetteer:petrarch-countries`, `rule:acronym-paren`. */
  evidence: string[];
  confidence: number;
  /** Higher wins when two candidates cover the same tokens. */
  priority: number;
  /** A stable identity from a gazetteer (ISO code, organisation key) used to group mentions. */
  key: string | null;
  /** For a nominal or office mention: the candidate it stands for is decided in clustering. */
  nominal: boolean;
  /** A canonical name for the entity when the mention itself is not one (an office: "United Nations Secretary-General"). */
  canonical: string | null;
}

/** A candidate with every field set, in one order (see {@link Candidate}). */
export function newCandidate(first: number, end: number, type: EntityType, evidence: string[], confidence: number, priority: number, key: string | null = null, nominal = false): Candidate {
  return { first, end, type, evidence, confidence, priority, key, nominal, canonical: null };
}

/** `{ ...c }` written out: a spread copy can get a hidden class of its own. The evidence array is shared, as with a spread. */
export function cloneCandidate(c: Candidate): Candidate {
  return { first: c.first, end: c.end, type: c.type, evidence: c.evidence, confidence: c.confidence, priority: c.priority, key: c.key, nominal: c.nominal, canonical: c.canonical };
}

/** {@link cloneCandidate} with an evidence array of its own. */
export function copyCandidate(c: Candidate): Candidate {
  const copy = cloneCandidate(c);
  copy.evidence = c.evidence.slice();
  return copy;
}

/** A copy of `c` that names one more deciding rule: `evidence` is a new array ending in `rule`. */
export function withEvidence(c: Candidate, rule: string): Candidate {
  const copy = copyCandidate(c);
  copy.evidence.push(rule);
  return copy;
}

/** The token view shared by every module of the stage. */
export interface TokenView {
  text: string;
  /** Surface strings. */
  surface: string[];
  /** Normalised (upper case, straight apostrophes) for lexicon lookup. */
  norm: string[];
  /** Lower case. */
  lower: string[];
  /** What each token's string alone determines (shared across documents). */
  words: WordInfo[];
  pos: string[];
  start: number[];
  end: number[];
  /** Index of the sentence each token is in. */
  sentence: Int32Array;
}

/**
 * Surface token `i`, or '' outside the document. The index is checked before the read: reading
 * past either end of an array deoptimises the optimised code that does it.
 */
export function surfaceAt(view: TokenView, i: number): string {
  return i >= 0 && i < view.surface.length ? (view.surface[i] as string) : '';
}

/**
 * The first UTF-16 code of a token, 0 for an empty one. charCodeAt past the end returns NaN and
 * deoptimises the per-token loops that call it; 0 fails every character test they make, as NaN did.
 */
export function firstCode(s: string): number {
  return s.length > 0 ? s.charCodeAt(0) : 0;
}

/** Lower-case token `i`, or '' outside the document (read guarded, as {@link surfaceAt}). */
export function lowerAt(view: TokenView, i: number): string {
  return i >= 0 && i < view.lower.length ? (view.lower[i] as string) : '';
}
