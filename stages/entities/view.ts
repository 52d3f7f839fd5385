import type { NewsmarkDocument, Token } from '../../pipeline/document-types.js';
import { documentWords, type WordInfo } from './features.js';
import type { TokenView } from './types.js';

/** The token view of a document: surface strings, lookup forms, POS, offsets and sentence ids. */
export function tokenView(doc: Readonly<NewsmarkDocument>): TokenView {
  const text = doc.text;
  const tokens = (doc.tokens ?? []) as readonly Token[];
  const n = tokens.length;
  const lookup = documentWords();
  const words = new Array<WordInfo>(n);
  const surface = new Array<string>(n);
  const norm = new Array<string>(n);
  const lower = new Array<string>(n);
  const pos = new Array<string>(n);
  const start = new Array<number>(n);
  const end = new Array<number>(n);
  const sentence = new Int32Array(n);
  const sentences = doc.sentences ?? [];
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const info = lookup.at(text, t.start, t.end);
    words[i] = info;
    surface[i] = info.text;
    norm[i] = info.norm;
    lower[i] = info.lower;
    pos[i] = t.pos;
    start[i] = t.start;
    end[i] = t.end;
    while (s + 1 < sentences.length && (sentences[s] as { end: number }).end <= t.start) s++;
    sentence[i] = s;
  }
  return { text, surface, norm, lower, words, pos, start, end, sentence };
}
