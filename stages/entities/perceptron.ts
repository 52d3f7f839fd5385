/**
 * The entity sequence model: a greedy left-to-right averaged perceptron over BILOU labels
 * (PER, ORG, LOC, MISC), trained by scripts/train-entities.ts on CoNLL-2003 eng.train.
 * Weights are stored as `data/perceptron.json`: hashed feature buckets with an int8 code per
 * label (w = sign(q)·q²·scale; zero codes pruned), base64-encoded, expanded at load time into a
 * dense table of int8 codes per bucket.
 */
import { allowed, labelClass, labelPart, LABEL_COUNT, MAX_FEATURES, mayStart, tokenFeatures, type EncodedDoc } from './features.js';

export interface ModelFile {
  version: 1;
  bits: number;
  labels: number;
  scale: number;
  rows: number;
  /** Per row: varint bucket delta, 3-byte label bitmask, then one int8 per set bit. */
  data: string;
}

export interface Scorer {
  readonly mask: number;
  /**
   * Adds the weights of features `feats[0..n)` into `out` (length LABEL_COUNT, zeroed by the
   * caller), at least for the labels in `only` (all labels when omitted).
   */
  score(feats: Uint32Array, n: number, out: Float32Array, only?: Uint8Array): void;
}

/** Allowed labels by (previous label + 1) × 2 + (token ends its sentence). */
const ALLOWED: Uint8Array[] = [];
for (let prev = -1; prev < LABEL_COUNT; prev++) {
  for (const last of [false, true]) {
    const list: number[] = [];
    for (let l = 0; l < LABEL_COUNT; l++) if (allowed(prev, l, last)) list.push(l);
    ALLOWED[(prev + 1) * 2 + (last ? 1 : 0)] = Uint8Array.from(list);
  }
}

export class PerceptronModel implements Scorer {
  readonly mask: number;
  /**
   * int8 codes, LABEL_COUNT per hash bucket, dense (2^bits rows, 17.8 MB at 20 bits): one memory
   * access per feature, which measured ~30% faster than a bucket → row table. Decoded through `values`.
   */
  private readonly rows: Int8Array;
  private readonly values: Float32Array;

  constructor(file: ModelFile) {
    if (file.version !== 1 || file.labels !== LABEL_COUNT) throw new Error('entities: unsupported perceptron.json');
    this.mask = (1 << file.bits) - 1;
    this.rows = new Int8Array((1 << file.bits) * LABEL_COUNT);
    this.values = new Float32Array(256);
    for (let q = -128; q < 128; q++) this.values[q & 0xff] = Math.sign(q) * q * q * file.scale;
    const bytes = Buffer.from(file.data, 'base64');
    let p = 0;
    let bucket = 0;
    for (let r = 0; r < file.rows; r++) {
      let delta = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[p++] as number;
        delta |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        shift += 7;
      }
      bucket += delta;
      const base = bucket * LABEL_COUNT;
      const bits = (bytes[p] as number) | ((bytes[p + 1] as number) << 8) | ((bytes[p + 2] as number) << 16);
      p += 3;
      for (let l = 0; l < LABEL_COUNT; l++) {
        if (bits & (1 << l)) {
          const v = bytes[p++] as number;
          this.rows[base + l] = v > 127 ? v - 256 : v;
        }
      }
    }
  }

  score(feats: Uint32Array, n: number, out: Float32Array, only?: Uint8Array): void {
    const { rows, mask, values } = this;
    const labels = only ?? ALL_LABELS;
    const m = labels.length;
    // Outside a name 9 labels are allowed, inside one 2: nearly every scored token. Those sums
    // are kept in locals; Math.fround rounds each step to float32 exactly as storing into `out`
    // would, so the scores are bit for bit the same as the general loop's.
    if (m === 9) {
      this.score9(feats, n, out, labels);
      return;
    }
    if (m === 2) {
      const l0 = labels[0] as number;
      const l1 = labels[1] as number;
      let s0 = out[l0] as number;
      let s1 = out[l1] as number;
      for (let k = 0; k < n; k++) {
        const base = ((feats[k] as number) & mask) * LABEL_COUNT;
        s0 = Math.fround(s0 + (values[(rows[base + l0] as number) & 0xff] as number));
        s1 = Math.fround(s1 + (values[(rows[base + l1] as number) & 0xff] as number));
      }
      out[l0] = s0;
      out[l1] = s1;
      return;
    }
    for (let k = 0; k < n; k++) {
      const base = ((feats[k] as number) & mask) * LABEL_COUNT;
      for (let j = 0; j < m; j++) {
        const l = labels[j] as number;
        out[l] = (out[l] as number) + (values[(rows[base + l] as number) & 0xff] as number);
      }
    }
  }

  private score9(feats: Uint32Array, n: number, out: Float32Array, labels: Uint8Array): void {
    const { rows, mask, values } = this;
    const l0 = labels[0] as number;
    const l1 = labels[1] as number;
    const l2 = labels[2] as number;
    const l3 = labels[3] as number;
    const l4 = labels[4] as number;
    const l5 = labels[5] as number;
    const l6 = labels[6] as number;
    const l7 = labels[7] as number;
    const l8 = labels[8] as number;
    let s0 = out[l0] as number;
    let s1 = out[l1] as number;
    let s2 = out[l2] as number;
    let s3 = out[l3] as number;
    let s4 = out[l4] as number;
    let s5 = out[l5] as number;
    let s6 = out[l6] as number;
    let s7 = out[l7] as number;
    let s8 = out[l8] as number;
    for (let k = 0; k < n; k++) {
      const base = ((feats[k] as number) & mask) * LABEL_COUNT;
      s0 = Math.fround(s0 + (values[(rows[base + l0] as number) & 0xff] as number));
      s1 = Math.fround(s1 + (values[(rows[base + l1] as number) & 0xff] as number));
      s2 = Math.fround(s2 + (values[(rows[base + l2] as number) & 0xff] as number));
      s3 = Math.fround(s3 + (values[(rows[base + l3] as number) & 0xff] as number));
      s4 = Math.fround(s4 + (values[(rows[base + l4] as number) & 0xff] as number));
      s5 = Math.fround(s5 + (values[(rows[base + l5] as number) & 0xff] as number));
      s6 = Math.fround(s6 + (values[(rows[base + l6] as number) & 0xff] as number));
      s7 = Math.fround(s7 + (values[(rows[base + l7] as number) & 0xff] as number));
      s8 = Math.fround(s8 + (values[(rows[base + l8] as number) & 0xff] as number));
    }
    out[l0] = s0;
    out[l1] = s1;
    out[l2] = s2;
    out[l3] = s3;
    out[l4] = s4;
    out[l5] = s5;
    out[l6] = s6;
    out[l7] = s7;
    out[l8] = s8;
  }
}

/** Quantises averaged weights to int8 codes (pruning what rounds to zero) and packs them. */
export function pack(avg: Float32Array, bits: number): ModelFile {
  let max = 0;
  for (const v of avg) max = Math.max(max, Math.abs(v));
  // Square-root companding: int8 codes q stand for sign(q) * scale * q², fine steps near zero
  // where most weights are, coarse ones for the few large weights.
  const scale = max / (127 * 127);
  const bytes: number[] = [];
  let rows = 0;
  let lastBucket = 0;
  for (let b = 0; b < 1 << bits; b++) {
    let mask = 0;
    const q = new Int8Array(LABEL_COUNT);
    for (let l = 0; l < LABEL_COUNT; l++) {
      const w = avg[b * LABEL_COUNT + l] as number;
      const v = Math.sign(w) * Math.min(127, Math.round(Math.sqrt(Math.abs(w) / scale)));
      if (v !== 0) {
        mask |= 1 << l;
        q[l] = v;
      }
    }
    if (mask === 0) continue;
    let delta = b - lastBucket;
    lastBucket = b;
    do {
      const byte = delta & 0x7f;
      delta >>>= 7;
      bytes.push(delta > 0 ? byte | 0x80 : byte);
    } while (delta > 0);
    bytes.push(mask & 0xff, (mask >> 8) & 0xff, (mask >> 16) & 0xff);
    for (let l = 0; l < LABEL_COUNT; l++) if (mask & (1 << l)) bytes.push((q[l] as number) & 0xff);
    rows++;
  }
  return { version: 1, bits, labels: LABEL_COUNT, scale, rows, data: Buffer.from(bytes).toString('base64') };
}

const ALL_LABELS = Uint8Array.from({ length: LABEL_COUNT }, (_, i) => i);

/** Called by training for each token after prediction. */
export type LearnHook = (i: number, feats: Uint32Array, n: number, predicted: number) => void;

/**
 * Greedy decoding of a document, sentence by sentence, with BILOU constraints and the
 * document's prediction history. Returns one label per token and its score margin.
 */
export function decode(enc: EncodedDoc, scorer: Scorer, learn?: LearnHook, shortcut = true): { labels: Int32Array; margin: Float32Array } {
  const labels = new Int32Array(enc.n);
  const margin = new Float32Array(enc.n);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(LABEL_COUNT);
  const history = new Map<string, Int32Array>();
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < enc.n; i++) {
    if (i > 0 && enc.sentence[i] !== enc.sentence[i - 1]) {
      prev = -1;
      prev2 = -1;
    }
    const capital = ((enc.flags[i] as number) & 3) !== 0;
    // Outside a name, a token that is not capitalised, has no digit and is in no gazetteer is O:
    // no need to score it (most tokens of a text).
    if (shortcut && (prev <= 0 || labelPart(prev) >= 2) && !mayStart(enc, i)) {
      labels[i] = 0;
      margin[i] = 10;
      prev2 = prev;
      prev = 0;
      continue;
    }
    const hist = capital ? (history.get(enc.lower[i] as string) ?? null) : null;
    const n = tokenFeatures(enc, i, prev, prev2, hist, feats);
    const only = ALLOWED[(prev + 1) * 2 + (enc.lastInSentence[i] as number)] as Uint8Array;
    scores.fill(0);
    scorer.score(feats, n, scores, only);
    let best = -1;
    let bestScore = -Infinity;
    let second = -Infinity;
    for (let j = 0; j < only.length; j++) {
      const l = only[j] as number;
      const s = scores[l] as number;
      if (s > bestScore) {
        second = bestScore;
        bestScore = s;
        best = l;
      } else if (s > second) second = s;
    }
    labels[i] = best;
    margin[i] = second === -Infinity ? 10 : bestScore - second;
    if (learn) learn(i, feats, n, best);
    if (capital) {
      let h = history.get(enc.lower[i] as string);
      if (!h) history.set(enc.lower[i] as string, (h = new Int32Array(5)));
      const c = labelClass(best) + 1;
      h[c] = (h[c] as number) + 1;
    }
    prev2 = prev;
    prev = best;
  }
  return { labels, margin };
}

/** A span of the model: tokens `[first, end)`, class index and decision margin. */
export interface ModelSpan {
  first: number;
  end: number;
  cls: number;
  margin: number;
}

/** A model span. Every span is built here, so all share one hidden class (a spread copy gets a class of its own). */
export function modelSpan(first: number, end: number, cls: number, margin: number): ModelSpan {
  return { first, end, cls, margin };
}

/** Token spans `[first, end)` with their class index from a label sequence. */
export function labelSpans(labels: Int32Array, margin: Float32Array): ModelSpan[] {
  const out: ModelSpan[] = [];
  let open = -1;
  let m = Infinity;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as number;
    if (l === 0) {
      open = -1;
      continue;
    }
    const part = (l - 1) & 3;
    const cls = (l - 1) >> 2;
    if (part === 3) out.push(modelSpan(i, i + 1, cls, margin[i] as number));
    else if (part === 0) {
      open = i;
      m = margin[i] as number;
    } else if (open >= 0) {
      m = Math.min(m, margin[i] as number);
      if (part === 2) {
        out.push(modelSpan(open, i + 1, cls, m));
        open = -1;
      }
    }
  }
  return out;
}
