import type { Span, Token } from '../../pipeline/document-types.js';
import type { Quote } from './quotes.js';

/** Read-only views over the tokens that every rule uses, computed once per document. */
export interface View {
  text: string;
  tokens: readonly Token[];
  /** Lower-cased surface form of each token. */
  low: string[];
  pos: string[];
  lemma: string[];
  /** Sentence index of each token. */
  sentOf: Int32Array;
  /** First and one-past-last token of each sentence. */
  sentFirst: Int32Array;
  sentEnd: Int32Array;
  /** 1 when token i starts with an upper-case letter. */
  cap: Uint8Array;
  /** 1 when a line break lies between token i-1 and token i. */
  lineBefore: Uint8Array;
  /** Quote index whose opening mark is token i, else -1. */
  quoteOpenAt: Int32Array;
  /** Quote index whose closing mark is token i, else -1. */
  quoteCloseAt: Int32Array;
  /** Index of the innermost quote that contains token i (inside its marks), else -1. */
  insideQuote: Int32Array;
  quotes: Quote[];
}

const QUOTE_CHARS = new Set(['“', '”', '"', '«', '»', '‘', '’', "'", '„']);
export const isQuoteMark = (s: string): boolean => QUOTE_CHARS.has(s);

/** True when token k is a closing quote mark right after a comma: ",” promising to…". */
export function closesAfterComma(v: View, k: number): boolean {
  return k >= 1 && (v.quoteCloseAt[k] as number) >= 0 && v.low[k - 1] === ',';
}

/** First token whose start is >= offset (tokens.length if none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildView(text: string, tokens: readonly Token[], sentences: readonly Span[], quotes: Quote[]): View {
  const n = tokens.length;
  const low = new Array<string>(n);
  const pos = new Array<string>(n);
  const lemma = new Array<string>(n);
  const lineBefore = new Uint8Array(n);
  const cap = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    low[i] = text.slice(t.start, t.end).toLowerCase();
    pos[i] = t.pos;
    lemma[i] = t.lemma.toLowerCase();
    const c0 = text[t.start] as string;
    if (c0 !== c0.toLowerCase()) cap[i] = 1;
    if (i > 0 && text.slice((tokens[i - 1] as Token).end, t.start).includes('\n')) lineBefore[i] = 1;
  }
  const sentOf = new Int32Array(n).fill(-1);
  const sentFirst = new Int32Array(sentences.length);
  const sentEnd = new Int32Array(sentences.length);
  let ti = 0;
  sentences.forEach((s, si) => {
    while (ti < n && (tokens[ti] as Token).start < s.start) {
      sentOf[ti] = Math.max(0, si - 1);
      ti++;
    }
    sentFirst[si] = ti;
    while (ti < n && (tokens[ti] as Token).end <= s.end) sentOf[ti++] = si;
    sentEnd[si] = ti;
  });
  while (ti < n) sentOf[ti++] = Math.max(0, sentences.length - 1);

  const quoteOpenAt = new Int32Array(n).fill(-1);
  const quoteCloseAt = new Int32Array(n).fill(-1);
  const insideQuote = new Int32Array(n).fill(-1);
  quotes.forEach((q, qi) => {
    const o = tokenAtOrAfter(tokens, q.open);
    if (o < n && (tokens[o] as Token).start === q.open) quoteOpenAt[o] = qi;
    if (q.close >= 0) {
      const c = tokenAtOrAfter(tokens, q.close);
      if (c < n && (tokens[c] as Token).start === q.close) quoteCloseAt[c] = qi;
    }
    const last = q.pieces[q.pieces.length - 1];
    if (!last) return;
    for (let i = tokenAtOrAfter(tokens, q.open + 1); i < n && (tokens[i] as Token).end <= last.end; i++) insideQuote[i] = qi;
  });
  return { text, tokens, low, pos, lemma, cap, sentOf, sentFirst, sentEnd, lineBefore, quoteOpenAt, quoteCloseAt, insideQuote, quotes };
}
