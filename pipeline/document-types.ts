/* Generated from schemas/*.schema.json by scripts/gen-types.ts (npm run gen:types). Do not edit. */

/**
 * Sentence spans in text order.
 */
export type Sentences = Span[];
/**
 * Tokens in text order; white space is not a token.
 */
export type Tokens = Token[];
export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'GPE'
  | 'LOC'
  | 'NORP'
  | 'WEAPON'
  | 'EVENT'
  | 'LAW'
  | 'DATE'
  | 'TIME'
  | 'MONEY'
  | 'PERCENT'
  | 'QUANTITY'
  | 'CARDINAL'
  | 'ORDINAL';
/**
 * Entity mentions in text order (ANNOTATION.md section 1).
 */
export type Entities = EntityMention[];
/**
 * Document-level entities: the mentions of one thing grouped, with a canonical name.
 */
export type EntityClusters = EntityCluster[];
/**
 * Attributions in text order (ANNOTATION.md section 2).
 */
export type Claims = Claim[];
/**
 * One speech-act label per claim (ANNOTATION.md section 3).
 */
export type Stances = Stance[];
/**
 * Diagnostics reported by stages while annotating the document.
 */
export type Messages = Message[];

/**
 * One annotated news article: the exact decoded text and standoff layers over it. Every span is a half-open range of UTF-16 code units into text.
 */
export interface NewsmarkDocument {
  id: string;
  source: DocumentSource;
  meta?: DocumentMeta;
  text: string;
  pipeline: PipelineInfo;
  sentences?: Sentences;
  tokens?: Tokens;
  entities?: Entities;
  entityClusters?: EntityClusters;
  claims?: Claims;
  stances?: Stances;
  messages: Messages;
}
/**
 * Where the document's text came from and how it was decoded.
 */
export interface DocumentSource {
  /**
   * Corpus-relative POSIX path of the input file; null for text given directly.
   */
  path: string | null;
  /**
   * 1-based line (JSONL) or index (JSON array) of the record inside the file; null for a whole-file document.
   */
  record: number | null;
  /**
   * sha256 of the input bytes (of the record's text in UTF-8 for JSON/JSONL records).
   */
  sha256: string;
  encoding: 'utf-8' | 'windows-1252';
  bytes: number;
}
/**
 * Metadata carried over from a JSON or JSONL record.
 */
export interface DocumentMeta {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}
/**
 * What produced the document: package, stage versions and the hash of the effective configuration.
 */
export interface PipelineInfo {
  name: string;
  version: string;
  /**
   * Version of the document schema the document follows.
   */
  schema: string;
  stages: {
    name: string;
    version: string;
  }[];
  configHash: string;
}
/**
 * A half-open range [start, end) of UTF-16 code units into the document's text.
 */
export interface Span {
  start: number;
  end: number;
}
export interface Token {
  start: number;
  end: number;
  /**
   * Universal Dependencies part-of-speech tag.
   */
  pos: string;
  lemma: string;
}
export interface EntityMention {
  id: string;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /**
   * Id of the document-level entity this mention belongs to.
   */
  entity: string;
  confidence: number;
  /**
   * @minItems 1
   */
  evidence: string[];
}
export interface EntityCluster {
  id: string;
  canonical: string;
  type: EntityType;
  aliases: string[];
  /**
   * @minItems 1
   */
  mentions: string[];
}
export interface Claim {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed' | 'according-to';
  /**
   * The word or phrase that signals the attribution; null only for a quoted continuation with no cue of its own.
   */
  cue: null | ClaimCue;
  source: ClaimSource;
  /**
   * @minItems 1
   */
  content: ClaimContent[];
  /**
   * Indices of the sentences the claim spans.
   */
  sentences: number[];
  confidence: number;
  /**
   * @minItems 1
   */
  evidence: string[];
}
export interface ClaimCue {
  start: number;
  end: number;
  text: string;
  lemma: string;
}
/**
 * Who holds the claim. For kind 'author' (no source in the text) start, end and text are null.
 */
export interface ClaimSource {
  start: number | null;
  end: number | null;
  text: string | null;
  kind: 'named' | 'nominal' | 'pronoun' | 'anonymous' | 'author';
  entity: string | null;
}
export interface ClaimContent {
  start: number;
  end: number;
  text: string;
}
export interface Stance {
  id: string;
  claim: string;
  label: 'condemnation' | 'vow' | 'analysis' | 'warning' | 'appeal' | 'denial' | 'support' | 'statement';
  actor: string | null;
  target: null | StanceTarget;
  certainty: 'asserted' | 'hedged';
  negated: boolean;
  confidence: number;
  /**
   * @minItems 1
   */
  evidence: string[];
}
export interface StanceTarget {
  start: number;
  end: number;
  text: string;
  entity: string | null;
}
export interface Message {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  stage: string | null;
  span: null | Span;
}
