/**
 * Token features for the entity sequence model, as 32-bit hashes (no feature strings at run
 * time). Shared by training (scripts/train-entities.ts) and inference, so both see exactly the
 * same features. Feature families follow Ratinov & Roth (2009): words and shapes in a ±2 window,
 * prefixes and suffixes, POS, gazetteer membership (BILOU), the two previous predictions, and
 * non-local features: the labels earlier given to the same word in the document, and whether
 * the word occurs in lower case or title case elsewhere in the document.
 */
import { normToken, type GazetteerHit } from './gazetteer.js';
import type { TokenView } from './types.js';

export const ENTITY_CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];
/** BILOU labels: 0 = O; class c has B = 1+4c, I = 2+4c, L = 3+4c, U = 4+4c. */
export const LABEL_COUNT = 1 + 4 * ENTITY_CLASSES.length;
export const labelClass = (label: number): number => (label === 0 ? -1 : ((label - 1) >> 2));
export const labelPart = (label: number): number => (label === 0 ? -1 : (label - 1) & 3); // 0 B, 1 I, 2 L, 3 U

/** May `label` follow `prev` (-1 = sentence start)? `last`: the token ends its sentence. */
export function allowed(prev: number, label: number, last: boolean): boolean {
  const prevOpen = prev > 0 && (labelPart(prev) === 0 || labelPart(prev) === 1);
  if (prevOpen) {
    if (label === 0) return false;
    const part = labelPart(label);
    if (labelClass(label) !== labelClass(prev) || (part !== 1 && part !== 2)) return false;
    return !(last && part === 1);
  }
  if (label === 0) return true;
  const part = labelPart(label);
  if (part === 1 || part === 2) return false;
  return !(last && part === 0);
}

export function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}

/** "Chollima-1" → "Xx-d", "U.S." → "X.X.", "1996-08-30" → "d-d-d". */
export function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 12; i++) {
    const c = s.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127) k = s[i] === (s[i] as string).toLowerCase() ? (s[i] === (s[i] as string).toUpperCase() ? 'o' : 'x') : 'X';
    else k = s[i] as string;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Per-token precomputed hashes for a document. */
export interface EncodedDoc {
  n: number;
  word: Uint32Array; // lower case
  exact: Uint32Array;
  shape: Uint32Array;
  pos: Uint32Array;
  affix: Uint32Array; // 8 per token: prefixes 1-4, suffixes 1-4
  flags: Uint32Array; // bit field, see FLAG_*
  gaz: Uint32Array; // up to 2 gazetteer BILOU codes per token (0 = none)
  lower: string[]; // lower-case word, key for the prediction history
  sentence: Int32Array;
  lastInSentence: Uint8Array;
}

const FLAG_INITCAP = 1;
const FLAG_ALLCAPS = 2;
const FLAG_DIGIT = 4;
const FLAG_SENT_START = 8;
const FLAG_DOC_LOWER = 16; // the word also occurs in lower case in the document
const FLAG_DOC_TITLE = 32; // the word also occurs title-cased mid-sentence
const FLAG_CAPS_SENTENCE = 64; // the whole sentence is in capitals (headline)
const FLAG_AFTER_QUOTE_OR_COLON = 128;
const FLAG_NONASCII_UPPER = 256;

const QUOTE_OR_COLON = new Set(['"', '“', '”', "'", '‘', '’', ':', '(']);
const posHashes = new Map<string, number>();
function posHash(pos: string): number {
  let h = posHashes.get(pos);
  if (h === undefined) posHashes.set(pos, (h = fnv(pos, 13)));
  return h;
}

const GAZ_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'WEAPON', 'EVENT', 'LAW'];

/** Hashes that depend on the token string only, cached across documents (pure values: the cache never changes results). */
export interface WordInfo {
  /** Lookup form for gazetteers (upper case, straight apostrophes). */
  norm: string;
  lower: string;
  /** word, exact, shape, 8 affixes, static flags */
  h: Uint32Array;
}
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

export function wordInfo(s: string): WordInfo {
  let info = wordCache.get(s);
  if (info) return info;
  const lw = s.toLowerCase();
  const h = new Uint32Array(12);
  h[0] = fnv(lw);
  h[1] = fnv(s, 7);
  h[2] = fnv(shapeOf(s), 11);
  for (let k = 1; k <= 4; k++) {
    h[2 + k] = lw.length >= k ? fnv(lw.slice(0, k), 17 + k) : 0;
    h[6 + k] = lw.length >= k ? fnv(lw.slice(-k), 23 + k) : 0;
  }
  let f = 0;
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) f |= FLAG_INITCAP;
  else if (c > 127 && s[0] !== (s[0] as string).toLowerCase()) f |= FLAG_NONASCII_UPPER;
  if (/^[A-Z][A-Z.&-]*$/.test(s) && s.length > 1) f |= FLAG_ALLCAPS;
  if (/\d/.test(s)) f |= FLAG_DIGIT;
  h[11] = f;
  info = { norm: normToken(s), lower: lw, h };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(s, info);
  return info;
}

/** `hits`: for each gazetteer, its matches over the document (`Gazetteer.findAll(view.norm)`). */
export function encodeDoc(view: TokenView, hits: ReadonlyArray<readonly GazetteerHit[]>): EncodedDoc {
  const n = view.surface.length;
  const enc: EncodedDoc = {
    n,
    word: new Uint32Array(n),
    exact: new Uint32Array(n),
    shape: new Uint32Array(n),
    pos: new Uint32Array(n),
    affix: new Uint32Array(n * 8),
    flags: new Uint32Array(n),
    gaz: new Uint32Array(n * 2),
    lower: new Array<string>(n),
    sentence: view.sentence,
    lastInSentence: new Uint8Array(n),
  };
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  const capsSentence = new Map<number, boolean>();
  const infos = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) {
    const s = view.surface[i] as string;
    const info = wordInfo(s);
    infos[i] = info;
    const lw = info.lower;
    enc.lower[i] = lw;
    const first = i === 0 || view.sentence[i - 1] !== view.sentence[i];
    const c = s.charCodeAt(0);
    const hasLower = s !== s.toUpperCase();
    if (c >= 97 && c <= 122) lowerSeen.add(lw);
    else if (!first && c >= 65 && c <= 90 && hasLower) titleSeen.add(lw);
    const sid = view.sentence[i] as number;
    if (hasLower) capsSentence.set(sid, false);
    else if (!capsSentence.has(sid) && s !== s.toLowerCase()) capsSentence.set(sid, true);
  }
  for (let i = 0; i < n; i++) {
    const h = (infos[i] as WordInfo).h;
    enc.word[i] = h[0] as number;
    enc.exact[i] = h[1] as number;
    enc.shape[i] = h[2] as number;
    enc.pos[i] = posHash(view.pos[i] as string);
    for (let k = 0; k < 8; k++) enc.affix[i * 8 + k] = h[3 + k] as number;
    let f = h[11] as number;
    const lw = enc.lower[i] as string;
    const first = i === 0 || view.sentence[i - 1] !== view.sentence[i];
    if (first) f |= FLAG_SENT_START;
    if (lowerSeen.has(lw)) f |= FLAG_DOC_LOWER;
    if (titleSeen.has(lw)) f |= FLAG_DOC_TITLE;
    if (capsSentence.get(view.sentence[i] as number)) f |= FLAG_CAPS_SENTENCE;
    if (i > 0 && QUOTE_OR_COLON.has(view.surface[i - 1] as string)) f |= FLAG_AFTER_QUOTE_OR_COLON;
    enc.flags[i] = f;
    enc.lastInSentence[i] = i === n - 1 || view.sentence[i + 1] !== view.sentence[i] ? 1 : 0;
  }
  hits.forEach((list, g) => {
    for (const hit of list) {
      const t = GAZ_TYPES.indexOf(hit.type);
      for (let k = hit.first; k < hit.end; k++) {
        const part = hit.end - hit.first === 1 ? 3 : k === hit.first ? 0 : k === hit.end - 1 ? 2 : 1;
        enc.gaz[k * 2 + g] = 1 + t * 4 + part + 64 * (hit.end - hit.first > 1 ? 1 : 0);
      }
    }
  });
  return enc;
}

/** Can an entity start at token `i`? Capitalised, with a digit, or in a gazetteer. */
export function mayStart(enc: EncodedDoc, i: number): boolean {
  return ((enc.flags[i] as number) & (FLAG_INITCAP | FLAG_ALLCAPS | FLAG_DIGIT | FLAG_NONASCII_UPPER)) !== 0 || enc.gaz[i * 2] !== 0 || enc.gaz[i * 2 + 1] !== 0;
}

/** Feature template ids. */
const T = {
  BIAS: 1, W: 2, SHAPE: 3, POS: 4, PRE: 5, SUF: 6, W_W: 7, SH_SH: 8, PREV: 9, PREV2: 10, PREV_W: 11, PREV_SH: 12,
  GAZ: 13, FLAGS: 14, EXACT: 15, HIST: 16, HIST_MAJ: 17, POS_POS: 18, FLAG_SH: 19, GAZ_W: 20, PREV_POS: 21, W_SH: 22, CAPS_W: 23,
} as const;

/**
 * Writes the hashed features of token `i` into `out`; returns how many. `prev`/`prev2` are the
 * labels of the two previous tokens in the sentence (-1 at the start); `hist` the counts of
 * entity classes earlier predicted for this word (length 5: O, PER, ORG, LOC, MISC) or null.
 */
export function tokenFeatures(enc: EncodedDoc, i: number, prev: number, prev2: number, hist: Int32Array | null, out: Uint32Array): number {
  let k = 0;
  const sent = enc.sentence[i];
  const at = (j: number): boolean => j >= 0 && j < enc.n && enc.sentence[j] === sent;
  out[k++] = mix(T.BIAS, 0);
  for (let d = -2; d <= 2; d++) {
    const j = i + d;
    const ok = at(j);
    out[k++] = mix(mix(T.W, d + 3), ok ? (enc.word[j] as number) : 1);
    out[k++] = mix(mix(T.SHAPE, d + 3), ok ? (enc.shape[j] as number) : 1);
    if (d >= -1 && d <= 1) {
      out[k++] = mix(mix(T.POS, d + 3), ok ? (enc.pos[j] as number) : 1);
      out[k++] = mix(mix(T.GAZ, d + 3), ok ? (enc.gaz[j * 2] as number) : 999);
      out[k++] = mix(mix(T.GAZ, d + 13), ok ? (enc.gaz[j * 2 + 1] as number) : 999);
    }
  }
  for (let a = 0; a < 4; a++) {
    const p = enc.affix[i * 8 + a] as number;
    const s = enc.affix[i * 8 + 4 + a] as number;
    if (p) out[k++] = mix(mix(T.PRE, a), p);
    if (s) out[k++] = mix(mix(T.SUF, a), s);
  }
  const w0 = enc.word[i] as number;
  const sh0 = enc.shape[i] as number;
  const wPrev = at(i - 1) ? (enc.word[i - 1] as number) : 1;
  const wNext = at(i + 1) ? (enc.word[i + 1] as number) : 1;
  out[k++] = mix(mix(T.W_W, 1), mix(wPrev, w0));
  out[k++] = mix(mix(T.W_W, 2), mix(w0, wNext));
  out[k++] = mix(mix(T.SH_SH, 1), mix(at(i - 1) ? (enc.shape[i - 1] as number) : 1, sh0));
  out[k++] = mix(mix(T.SH_SH, 2), mix(sh0, at(i + 1) ? (enc.shape[i + 1] as number) : 1));
  out[k++] = mix(mix(T.POS_POS, 1), mix(at(i - 1) ? (enc.pos[i - 1] as number) : 1, enc.pos[i] as number));
  out[k++] = mix(T.EXACT, enc.exact[i] as number);
  const flags = enc.flags[i] as number;
  out[k++] = mix(T.FLAGS, flags);
  out[k++] = mix(mix(T.FLAG_SH, flags & 0xff), sh0);
  out[k++] = mix(mix(T.W_SH, w0), flags & 0x49); // word × (initcap, sentence start, caps sentence)
  if (flags & 64) out[k++] = mix(T.CAPS_W, w0);
  out[k++] = mix(mix(T.GAZ_W, enc.gaz[i * 2] as number), flags & 0x1b);
  // Previous predictions.
  out[k++] = mix(T.PREV, prev + 2);
  out[k++] = mix(T.PREV2, mix(prev + 2, prev2 + 2));
  out[k++] = mix(mix(T.PREV_W, prev + 2), w0);
  out[k++] = mix(mix(T.PREV_SH, prev + 2), sh0);
  out[k++] = mix(mix(T.PREV_POS, prev + 2), enc.pos[i] as number);
  // Non-local: what this word was labelled earlier in the document.
  if (hist) {
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < 5; c++) {
      const v = hist[c] as number;
      if (v > 0) out[k++] = mix(mix(T.HIST, c), flags & 1);
      if (v > bestCount) [best, bestCount] = [c, v];
    }
    if (best >= 0) out[k++] = mix(mix(T.HIST_MAJ, best), prev + 2);
  }
  return k;
}

/** Upper bound on features per token. */
export const MAX_FEATURES = 64;
