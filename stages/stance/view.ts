import type { EntityMention, Span, Token } from '../../pipeline/document-types.js';

/** What the rules read from a document: its text, tokens, sentences and (optional) entity mentions. */
export interface DocView {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  entities: readonly EntityMention[];
}

/** Token-level access with lower-case words and lemmas precomputed (curly apostrophes folded). */
export class TokenView {
  readonly words: string[];
  readonly lemmas: string[];
  /** Sentence index of every token. */
  readonly sentenceOf: Int32Array;
  /** First and last token index of every sentence. */
  readonly sentenceTokens: Array<[number, number]>;

  constructor(readonly doc: DocView) {
    const { text, tokens, sentences } = doc;
    this.words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/[’‘]/g, "'"));
    this.lemmas = tokens.map((t) => t.lemma.toLowerCase().replace(/[’‘]/g, "'"));
    this.sentenceOf = new Int32Array(tokens.length).fill(-1);
    this.sentenceTokens = sentences.map(() => [-1, -1] as [number, number]);
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      while (s < sentences.length && (sentences[s] as Span).end <= tok.start) s++;
      if (s >= sentences.length) break;
      const sent = sentences[s] as Span;
      if (tok.start >= sent.start && tok.end <= sent.end) {
        this.sentenceOf[i] = s;
        const range = this.sentenceTokens[s] as [number, number];
        if (range[0] < 0) range[0] = i;
        range[1] = i;
      }
    }
  }

  get length(): number {
    return this.doc.tokens.length;
  }

  tok(i: number): Token {
    return this.doc.tokens[i] as Token;
  }

  pos(i: number): string {
    return this.doc.tokens[i]?.pos ?? '';
  }

  word(i: number): string {
    return this.words[i] ?? '';
  }

  lemma(i: number): string {
    return this.lemmas[i] ?? '';
  }

  /** Index of the first token whose end is after `offset` (binary search). */
  firstAfter(offset: number): number {
    let lo = 0;
    let hi = this.doc.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.doc.tokens[mid] as Token).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Indices of the tokens overlapping [start, end). */
  overlapping(start: number, end: number): number[] {
    const out: number[] = [];
    for (let i = this.firstAfter(start); i < this.doc.tokens.length; i++) {
      const t = this.doc.tokens[i] as Token;
      if (t.start >= end) break;
      if (t.end > start) out.push(i);
    }
    return out;
  }

  /** The last token index of the sentence holding token i (or the last token). */
  sentenceEnd(i: number): number {
    const s = this.sentenceOf[i] ?? -1;
    return s >= 0 ? ((this.sentenceTokens[s] as [number, number])[1]) : this.doc.tokens.length - 1;
  }

  /** The first token index of the sentence holding token i (or 0). */
  sentenceStart(i: number): number {
    const s = this.sentenceOf[i] ?? -1;
    return s >= 0 ? ((this.sentenceTokens[s] as [number, number])[0]) : 0;
  }

  /** The span of tokens first..last as text. */
  spanText(first: number, last: number): { start: number; end: number; text: string } {
    const start = this.tok(first).start;
    const end = this.tok(last).end;
    return { start, end, text: this.doc.text.slice(start, end) };
  }

  /** The document-level entity of the first mention inside [start, end), or null. */
  entityIn(start: number, end: number): string | null {
    let best: EntityMention | null = null;
    for (const m of this.doc.entities) {
      if (m.start >= start && m.end <= end) {
        if (!best || m.end - m.start > best.end - best.start) best = m;
      }
    }
    return best ? best.entity : null;
  }

  private readonly descriptions = new Map<string, string[]>();

  /**
   * The words that describe an entity where it is named: up to four words before each mention
   * ("political analyst Larry Sabato") and an apposition after it, up to the next comma or ten
   * words ("Larry Sabato, a professor at…"). Memoised per entity.
   */
  describedAs(entity: string): readonly string[] {
    const known = this.descriptions.get(entity);
    if (known) return known;
    const out: string[] = [];
    const { tokens } = this.doc;
    for (const m of this.doc.entities) {
      if (m.entity !== entity) continue;
      const first = this.firstAfter(m.start);
      let last = first;
      while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= m.end) last++;
      const sentence = this.sentenceOf[first] ?? -1;
      let from = first;
      while (from > 0 && first - from < 4 && this.sentenceOf[from - 1] === sentence && ['NOUN', 'ADJ', 'PROPN'].includes(this.pos(from - 1))) from--;
      for (let j = from; j < first; j++) out.push(this.words[j] as string);
      out.push(',');
      if (this.words[last + 1] === ',') {
        for (let j = last + 2, n = 0; j < tokens.length && n < 10 && this.sentenceOf[j] === sentence; j++, n++) {
          const pos = this.pos(j);
          if (pos === 'PUNCT' || pos === 'VERB' || pos === 'AUX') break;
          out.push(this.words[j] as string);
        }
        out.push(',');
      }
    }
    this.descriptions.set(entity, out);
    return out;
  }

  /** The type of the entity mention covering [start, end) best, or null. */
  entityTypeOf(entity: string | null): string | null {
    if (!entity) return null;
    return this.doc.entities.find((m) => m.entity === entity)?.type ?? null;
  }
}
