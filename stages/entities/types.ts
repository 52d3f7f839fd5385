import type { EntityType } from '../../pipeline/document-types.js';
import type { WordInfo } from './features.js';

/** A candidate mention over tokens `[first, end)` before ids and clusters are assigned. */
export interface Candidate {
  first: number;
  end: number;
  type: EntityType;
  /** Names what decided, e.g. `model:perceptron`, `gazetteer:petrarch-countries`, `rule:acronym-paren`. */
  evidence: string[];
  confidence: number;
  /** A stable identity from a gazetteer (ISO code, organisation key) used to group mentions. */
  key?: string;
  /** Higher wins when two candidates cover the same tokens. */
  priority: number;
  /** For a nominal or office mention: the candidate it stands for is decided in clustering. */
  nominal?: boolean;
  /** A canonical name for the entity when the mention itself is not one (an office: "United Nations Secretary-General"). */
  canonical?: string;
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
