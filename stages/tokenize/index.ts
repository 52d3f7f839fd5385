import { defineStage } from '../../pipeline/stage.js';
import type { Span, Token } from '../../pipeline/document-types.js';

/**
 * `tokenize`: sentences and tokens (with Universal POS tags and lemmas) from wink-nlp, converted
 * at the border to half-open UTF-16 offsets into the document text. White space is not a token.
 */
/** White space as wink-nlp treats it between tokens (including NBSP and the Unicode spaces). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * "I'm" / "I’m": wink keeps it whole and tags it PROPN, though it splits "don't", "we're" and
 * "I'll". The stage splits it the same way ("I" PRON + "'m" AUX, lemma "be"), as spaCy and
 * CoreNLP do, so later stages see a first-person subject and a copula.
 */
function isFirstPersonBe(value: string): boolean {
  return value.length === 3 && (value.charCodeAt(0) | 32) === 105 && (value.charCodeAt(1) === 39 || value.charCodeAt(1) === 0x2019) && (value.charCodeAt(2) | 32) === 109;
}

export default defineStage({
  name: 'tokenize',
  version: '1.2.0',
  requires: [],
  produces: ['sentences', 'tokens'],
  defaults: {},
  async create() {
    // Loaded here, not at the top, so planning a pipeline in the main thread loads no model.
    const { winkTokenReader } = await import('./stable-wink.js');
    const read = winkTokenReader();
    return (doc) => {
      const text = doc.text;
      const { values, pos: posTags, lemmas, sentences: sentenceSpans } = read(text);

      // wink gives token strings; locate each one in the text to get exact offsets.
      const tokens: Token[] = [];
      // A wink token's first and last token here (they differ for a split "I'm").
      const tokenIndex = new Int32Array(values.length).fill(-1);
      const lastIndex = new Int32Array(values.length).fill(-1);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i] as string;
        // Only white space may lie between tokens: step over it, then expect the token there.
        while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
        if (isSpace(value.charCodeAt(0))) continue;
        const at = text.startsWith(value, cursor) ? cursor : -1;
        if (at < 0) throw new Error(`token ${i} "${value}" not found at offset ${cursor}`);
        cursor = at + value.length;
        tokenIndex[i] = tokens.length;
        if (isFirstPersonBe(value)) {
          tokens.push({ start: at, end: at + 1, pos: 'PRON', lemma: 'i' }, { start: at + 1, end: cursor, pos: 'AUX', lemma: 'be' });
        } else {
          // wink has no lemma for a few words ("cannot"); the lower-cased form stands in.
          tokens.push({ start: at, end: cursor, pos: posTags[i] as string, lemma: lemmas[i] ?? value.toLowerCase() });
        }
        lastIndex[i] = tokens.length - 1;
      }
      // wink already ends a sentence at a blank line (headlines, datelines).
      const sentences: Span[] = [];
      // Indexed reads of a flat typed array: destructuring tuples here deoptimised the loop.
      for (let k = 0; k < sentenceSpans.length; k += 2) {
        const first = sentenceSpans[k] as number;
        const last = sentenceSpans[k + 1] as number;
        let open = -1;
        let close = -1;
        for (let i = first; i <= last; i++) {
          const t = tokenIndex[i] as number;
          if (t < 0) continue;
          if (open < 0) open = t;
          close = lastIndex[i] as number;
        }
        if (open >= 0) sentences.push({ start: (tokens[open] as Token).start, end: (tokens[close] as Token).end });
      }
      return { sentences, tokens };
    };
  },
});
