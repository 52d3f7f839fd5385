/**
 * CoNLL-2003 reading for the training and evaluation scripts (the data itself never enters the
 * repository). A document's text is its tokens joined by spaces and its sentences by newlines;
 * gold entities become character spans into that text.
 */
export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface ConllSpan {
  start: number;
  end: number;
  type: ConllType;
}

export interface ConllDocument {
  text: string;
  spans: ConllSpan[];
  tokenCount: number;
}

/** Splits a CoNLL file (`TOKEN POS CHUNK NER`, IOB1) into documents at `-DOCSTART-`. */
export function readConll(content: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: Array<Array<[string, string]>> = [];
  let sentence: Array<[string, string]> = [];
  const flushSentence = (): void => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = (): void => {
    flushSentence();
    if (sentences.length > 0) docs.push(buildDocument(sentences));
    sentences = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (line.trim() === '') {
      flushSentence();
      continue;
    }
    const parts = line.split(' ');
    sentence.push([parts[0] as string, parts[parts.length - 1] as string]);
  }
  flushDoc();
  return docs;
}

function buildDocument(sentences: Array<Array<[string, string]>>): ConllDocument {
  let text = '';
  const spans: ConllSpan[] = [];
  let tokenCount = 0;
  sentences.forEach((sentence, si) => {
    if (si > 0) text += '\n';
    let open: ConllSpan | null = null;
    sentence.forEach(([token, tag], ti) => {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += token;
      tokenCount++;
      const type = tag === 'O' ? null : (tag.slice(2) as ConllType);
      const begins = tag.startsWith('B-') || (open !== null && open.type !== type);
      if (!type || begins) {
        if (open) spans.push(open);
        open = null;
      }
      if (type) {
        if (open) open.end = text.length;
        else open = { start, end: text.length, type };
      }
    });
    if (open) spans.push(open);
  });
  return { text, spans, tokenCount };
}
