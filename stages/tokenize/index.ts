import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defineStage } from '../../pipeline/stage.js';
import type { Span, Token } from '../../pipeline/document-types.js';

/**
 * `tokenize`: sentences and tokens (with Universal POS tags and lemmas) from wink-nlp, converted
 * at the border to half-open UTF-16 offsets into the document text. White space is not a token.
 */
export default defineStage({
  name: 'tokenize',
  version: '1.0.0',
  requires: [],
  produces: ['sentences', 'tokens'],
  defaults: {},
  create() {
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (doc) => {
      const text = doc.text;
      const wdoc = nlp.readDoc(text);
      const values = wdoc.tokens().out(its.value) as string[];
      const posTags = wdoc.tokens().out(its.pos) as string[];
      const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
      const sentenceSpans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;

      // wink gives token strings; locate each one in the text to get exact offsets.
      const tokens: Token[] = [];
      const tokenIndex = new Int32Array(values.length).fill(-1);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i] as string;
        const at = text.indexOf(value, cursor);
        if (at < 0 || text.slice(cursor, at).trim() !== '') {
          throw new Error(`token ${i} "${value}" not found at offset ${cursor}`);
        }
        cursor = at + value.length;
        if (value.trim() === '') continue;
        tokenIndex[i] = tokens.length;
        tokens.push({ start: at, end: cursor, pos: posTags[i] as string, lemma: lemmas[i] as string });
      }
      // wink already ends a sentence at a blank line (headlines, datelines).
      const sentences: Span[] = [];
      for (const [first, last] of sentenceSpans) {
        let open = -1;
        let close = -1;
        for (let i = first; i <= last; i++) {
          const t = tokenIndex[i] as number;
          if (t < 0) continue;
          if (open < 0) open = t;
          close = t;
        }
        if (open >= 0) sentences.push({ start: (tokens[open] as Token).start, end: (tokens[close] as Token).end });
      }
      return { sentences, tokens };
    };
  },
});
