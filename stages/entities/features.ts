/**
 * Token features for the entity sequence model, as 32-bit hashes (no feature strings at run
 * time). Shared by training (scripts/train-entities.ts) and inference, so both see exactly the
 * same features. Feature families follow Ratinov & Roth (2009): words and shapes in a ±2 window,
 * prefixes and suffixes, POS, gazetteer membership (BILOU), the two previous predictions, and
 * non-local features: the labels earlier given to the same word in the document, and whether
 * the word occurs in lower case or title case elsewhere in the document.
 */
import { normToken, type GazetteerHit, type GazetteerWord } from './gazetteer.js';
import { firstCode, type TokenView } from './types.js';

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

/**
 * Mixes `x` into the hash `h`. The result is the hash's 32 bits as a signed integer: callers
 * store it in a Uint32Array (which reads it back unsigned) or mix it further, and a signed value
 * stays a small integer for V8, where an unsigned one above 2^31 is a heap allocation.
 */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  return h ^ (h >>> 13);
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

/**
 * What depends on the token string only, cached across documents. The values are pure, so the
 * cache never changes results; it saves recomputing them and, because every occurrence of a
 * word shares one string, later Map and Set lookups hash each string once.
 */
export interface WordInfo extends GazetteerWord {
  /** The token string. */
  readonly text: string;
  /** Lookup form for gazetteers (upper case, straight apostrophes). */
  readonly norm: string;
  readonly lower: string;
  /** `data[at]` … `data[at + 11]`: word, exact, shape, 8 affixes, static flags. */
  readonly data: Uint32Array;
  readonly at: number;
  /** WORD_HAS_LOWER | WORD_HAS_UPPER | WORD_QUOTE_OR_COLON */
  readonly bits: number;
  /** Shared by the case variants of a word ("Apple", "apple"): the per-document marks of {@link encodeDoc}. */
  readonly folded: FoldedWord;
}

/** Per-document marks, compared with the current document's number (so they never need clearing). */
interface FoldedWord {
  lowerIn: number;
  titleIn: number;
}

/** The string has a lower-case letter (it differs from its upper-case form). */
const WORD_HAS_LOWER = 1;
/** The string has an upper-case letter. */
const WORD_HAS_UPPER = 2;
const WORD_QUOTE_OR_COLON = 4;

const WORD_CACHE_LIMIT = 200_000;
/**
 * The hashes of words are stored 16 values (64 bytes) apart in shared chunks rather than in an
 * array per word: {@link encodeDoc} then reads a word's hashes from one cache line instead of
 * following a pointer to a separate array. Chunks are never moved or reused.
 */
const WORD_STRIDE = 16;
const CHUNK_WORDS = 4096;

/** Looks up the {@link WordInfo} of a token by its range in the text. */
export interface WordLookup {
  at(text: string, start: number, end: number): WordInfo;
}

/**
 * Interns token strings: finds a token's {@link WordInfo} from its range in the text without
 * slicing the text first (open addressing on an FNV-1a hash of the UTF-16 code units).
 */
class WordTable implements WordLookup {
  private slots: Array<WordInfo | undefined> = new Array<WordInfo | undefined>(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private folded = new Map<string, FoldedWord>();
  private count = 0;
  private chunk = new Uint32Array(WORD_STRIDE * CHUNK_WORDS);
  private chunkUsed = 0;

  at(text: string, start: number, end: number): WordInfo {
    let h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const len = end - start;
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (;;) {
      const info = this.slots[i];
      if (info === undefined) break;
      if (this.hashes[i] === h && info.text.length === len) {
        const s = info.text;
        let k = 0;
        while (k < len && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) return info;
      }
      i = (i + 1) & mask;
    }
    const info = this.create(text.slice(start, end));
    this.slots[i] = info;
    this.hashes[i] = h;
    if (++this.count * 2 > this.slots.length) this.grow();
    return info;
  }

  private create(s: string): WordInfo {
    const lw = s.toLowerCase();
    if (this.chunkUsed === CHUNK_WORDS) {
      this.chunk = new Uint32Array(WORD_STRIDE * CHUNK_WORDS);
      this.chunkUsed = 0;
    }
    const data = this.chunk;
    const at = this.chunkUsed++ * WORD_STRIDE;
    const h = data.subarray(at, at + 12);
    h[0] = fnv(lw);
    h[1] = fnv(s, 7);
    h[2] = fnv(shapeOf(s), 11);
    for (let k = 1; k <= 4; k++) {
      h[2 + k] = lw.length >= k ? fnv(lw.slice(0, k), 17 + k) : 0;
      h[6 + k] = lw.length >= k ? fnv(lw.slice(-k), 23 + k) : 0;
    }
    let f = 0;
    const c = firstCode(s);
    if (c >= 65 && c <= 90) f |= FLAG_INITCAP;
    else if (c > 127 && s[0] !== (s[0] as string).toLowerCase()) f |= FLAG_NONASCII_UPPER;
    if (/^[A-Z][A-Z.&-]*$/.test(s) && s.length > 1) f |= FLAG_ALLCAPS;
    if (/\d/.test(s)) f |= FLAG_DIGIT;
    h[11] = f;
    let bits = 0;
    if (s !== s.toUpperCase()) bits |= WORD_HAS_LOWER;
    if (s !== lw) bits |= WORD_HAS_UPPER;
    if (QUOTE_OR_COLON.has(s)) bits |= WORD_QUOTE_OR_COLON;
    let folded = this.folded.get(lw);
    if (!folded) this.folded.set(lw, (folded = { lowerIn: 0, titleIn: 0 }));
    return { text: s, norm: normToken(s), lower: lw, data, at, bits, folded, heads: [] };
  }

  private grow(): void {
    const { slots, hashes } = this;
    const size = slots.length * 2;
    this.slots = new Array<WordInfo | undefined>(size);
    this.hashes = new Int32Array(size);
    for (let j = 0; j < slots.length; j++) {
      const info = slots[j];
      if (info === undefined) continue;
      let i = (hashes[j] as number) & (size - 1);
      while (this.slots[i] !== undefined) i = (i + 1) & (size - 1);
      this.slots[i] = info;
      this.hashes[i] = hashes[j] as number;
    }
  }

  /** Empties a full cache. Called between documents only: within one, case variants must share their {@link FoldedWord}. */
  startDocument(): void {
    if (this.count >= WORD_CACHE_LIMIT) this.clear();
  }

  private clear(): void {
    this.slots = new Array<WordInfo | undefined>(1 << 12);
    this.hashes = new Int32Array(1 << 12);
    this.folded = new Map();
    this.count = 0;
  }
}

const words = new WordTable();

/** The word cache, to look up the tokens of one document (see {@link WordTable.startDocument}). */
export function documentWords(): WordLookup {
  words.startDocument();
  return words;
}

/** Numbers documents for the marks in {@link FoldedWord}. */
let documentMark = 0;

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
    lower: view.lower,
    sentence: view.sentence,
    lastInSentence: new Uint8Array(n),
  };
  const mark = ++documentMark;
  const infos = view.words;
  const sentence = view.sentence;
  // Per sentence: 0 not yet known, 1 all in capitals so far, 2 has a lower-case letter.
  const caps = new Uint8Array(n > 0 ? (sentence[n - 1] as number) + 1 : 0);
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    const sid = sentence[i] as number;
    const first = i === 0 || sentence[i - 1] !== sid;
    const c = firstCode(info.text);
    const hasLower = (info.bits & WORD_HAS_LOWER) !== 0;
    if (c >= 97 && c <= 122) info.folded.lowerIn = mark;
    else if (!first && c >= 65 && c <= 90 && hasLower) info.folded.titleIn = mark;
    if (hasLower) caps[sid] = 2;
    else if (caps[sid] === 0 && (info.bits & WORD_HAS_UPPER) !== 0) caps[sid] = 1;
  }
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    const { data, at } = info;
    enc.word[i] = data[at] as number;
    enc.exact[i] = data[at + 1] as number;
    enc.shape[i] = data[at + 2] as number;
    enc.pos[i] = posHash(view.pos[i] as string);
    for (let k = 0; k < 8; k++) enc.affix[i * 8 + k] = data[at + 3 + k] as number;
    let f = data[at + 11] as number;
    const sid = sentence[i] as number;
    if (i === 0 || sentence[i - 1] !== sid) f |= FLAG_SENT_START;
    if (info.folded.lowerIn === mark) f |= FLAG_DOC_LOWER;
    if (info.folded.titleIn === mark) f |= FLAG_DOC_TITLE;
    if (caps[sid] === 1) f |= FLAG_CAPS_SENTENCE;
    if (i > 0 && ((infos[i - 1] as WordInfo).bits & WORD_QUOTE_OR_COLON) !== 0) f |= FLAG_AFTER_QUOTE_OR_COLON;
    enc.flags[i] = f;
    enc.lastInSentence[i] = i === n - 1 || sentence[i + 1] !== sid ? 1 : 0;
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

/** `mix(template, from + a)` for the small `a` the templates use, computed once (signed, like `mix`). */
function mixTable(template: number, from: number, count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, a) => mix(template, from + a));
}
const LABEL_SLOTS = LABEL_COUNT + 1; // prev + 1: -1 (sentence start) .. LABEL_COUNT - 1
const K_BIAS = mix(T.BIAS, 0);
const K_W = mixTable(T.W, 1, 5); // d + 3 for d = -2..2
const K_SHAPE = mixTable(T.SHAPE, 1, 5);
const K_POS = mixTable(T.POS, 2, 3); // d + 3 for d = -1..1
const K_GAZ1 = mixTable(T.GAZ, 2, 3);
const K_GAZ2 = mixTable(T.GAZ, 12, 3); // d + 13
const K_PRE = mixTable(T.PRE, 0, 4);
const K_SUF = mixTable(T.SUF, 0, 4);
const K_W_W = mixTable(T.W_W, 1, 2);
const K_SH_SH = mixTable(T.SH_SH, 1, 2);
const K_POS_POS = mix(T.POS_POS, 1);
const K_PREV = Int32Array.from({ length: LABEL_SLOTS }, (_, p) => mix(T.PREV, p + 1)); // prev + 2
const K_PREV2 = Int32Array.from({ length: LABEL_SLOTS * LABEL_SLOTS }, (_, x) => mix(T.PREV2, mix(Math.floor(x / LABEL_SLOTS) + 1, (x % LABEL_SLOTS) + 1)));
const K_PREV_W = mixTable(T.PREV_W, 1, LABEL_SLOTS);
const K_PREV_SH = mixTable(T.PREV_SH, 1, LABEL_SLOTS);
const K_PREV_POS = mixTable(T.PREV_POS, 1, LABEL_SLOTS);
const K_HIST = Int32Array.from({ length: 10 }, (_, x) => mix(mix(T.HIST, x >> 1), x & 1));
const K_HIST_MAJ = Int32Array.from({ length: 5 * LABEL_SLOTS }, (_, x) => mix(mix(T.HIST_MAJ, Math.floor(x / LABEL_SLOTS)), (x % LABEL_SLOTS) + 1));

/**
 * Writes the hashed features of token `i` into `out`; returns how many. `prev`/`prev2` are the
 * labels of the two previous tokens in the sentence (-1 at the start); `hist` the counts of
 * entity classes earlier predicted for this word (length 5: O, PER, ORG, LOC, MISC) or null.
 * The constant halves of the hashes come from the tables above; the values are those of
 * `mix(mix(T.W, d + 3), word)` and so on, in a fixed order.
 */
export function tokenFeatures(enc: EncodedDoc, i: number, prev: number, prev2: number, hist: Int32Array | null, out: Uint32Array): number {
  const { word, shape, pos, gaz, sentence } = enc;
  let k = 0;
  const sent = sentence[i];
  const hasPrev = i > 0 && sentence[i - 1] === sent;
  const hasNext = i + 1 < enc.n && sentence[i + 1] === sent;
  out[k++] = K_BIAS;
  for (let d = -2; d <= 2; d++) {
    const j = i + d;
    const ok = d === 0 || (d === -1 ? hasPrev : d === 1 ? hasNext : j >= 0 && j < enc.n && sentence[j] === sent);
    out[k++] = mix(K_W[d + 2] as number, ok ? (word[j] as number) : 1);
    out[k++] = mix(K_SHAPE[d + 2] as number, ok ? (shape[j] as number) : 1);
    if (d >= -1 && d <= 1) {
      out[k++] = mix(K_POS[d + 1] as number, ok ? (pos[j] as number) : 1);
      out[k++] = mix(K_GAZ1[d + 1] as number, ok ? (gaz[j * 2] as number) : 999);
      out[k++] = mix(K_GAZ2[d + 1] as number, ok ? (gaz[j * 2 + 1] as number) : 999);
    }
  }
  for (let a = 0; a < 4; a++) {
    const p = enc.affix[i * 8 + a] as number;
    const s = enc.affix[i * 8 + 4 + a] as number;
    if (p) out[k++] = mix(K_PRE[a] as number, p);
    if (s) out[k++] = mix(K_SUF[a] as number, s);
  }
  const w0 = word[i] as number;
  const sh0 = shape[i] as number;
  const p0 = pos[i] as number;
  const wPrev = hasPrev ? (word[i - 1] as number) : 1;
  const wNext = hasNext ? (word[i + 1] as number) : 1;
  out[k++] = mix(K_W_W[0] as number, mix(wPrev, w0));
  out[k++] = mix(K_W_W[1] as number, mix(w0, wNext));
  out[k++] = mix(K_SH_SH[0] as number, mix(hasPrev ? (shape[i - 1] as number) : 1, sh0));
  out[k++] = mix(K_SH_SH[1] as number, mix(sh0, hasNext ? (shape[i + 1] as number) : 1));
  out[k++] = mix(K_POS_POS, mix(hasPrev ? (pos[i - 1] as number) : 1, p0));
  out[k++] = mix(T.EXACT, enc.exact[i] as number);
  const flags = enc.flags[i] as number;
  out[k++] = mix(T.FLAGS, flags);
  out[k++] = mix(mix(T.FLAG_SH, flags & 0xff), sh0);
  out[k++] = mix(mix(T.W_SH, w0), flags & 0x49); // word × (initcap, sentence start, caps sentence)
  if (flags & 64) out[k++] = mix(T.CAPS_W, w0);
  out[k++] = mix(mix(T.GAZ_W, gaz[i * 2] as number), flags & 0x1b);
  // Previous predictions.
  const p1 = prev + 1;
  out[k++] = K_PREV[p1] as number;
  out[k++] = K_PREV2[p1 * LABEL_SLOTS + prev2 + 1] as number;
  out[k++] = mix(K_PREV_W[p1] as number, w0);
  out[k++] = mix(K_PREV_SH[p1] as number, sh0);
  out[k++] = mix(K_PREV_POS[p1] as number, p0);
  // Non-local: what this word was labelled earlier in the document.
  if (hist) {
    let best = -1;
    let bestCount = 0;
    for (let c = 0; c < 5; c++) {
      const v = hist[c] as number;
      if (v > 0) out[k++] = K_HIST[c * 2 + (flags & 1)] as number;
      if (v > bestCount) {
        best = c;
        bestCount = v;
      }
    }
    if (best >= 0) out[k++] = K_HIST_MAJ[best * LABEL_SLOTS + p1] as number;
  }
  return k;
}

/** Upper bound on features per token. */
export const MAX_FEATURES = 64;
