import { describe, expect, it } from 'vitest';
import { readConll } from '../../../stages/entities/conll.js';
import { allowed, LABEL_COUNT, shapeOf } from '../../../stages/entities/features.js';
import { labelSpans, pack, PerceptronModel } from '../../../stages/entities/perceptron.js';

// Hand-made CoNLL-style lines (not CoNLL data): TOKEN POS CHUNK NER, IOB1.
const SAMPLE = [
  '-DOCSTART- -X- O O',
  '',
  'Kim NNP I-NP I-PER',
  'Jong NNP I-NP I-PER',
  'Un NNP I-NP I-PER',
  'visited VBD I-VP O',
  'Seoul NNP I-NP I-LOC',
  '. . O O',
  '',
  'Reuters NNP I-NP I-ORG',
  'Korean NNP I-NP I-MISC',
  'Japanese NNP I-NP B-MISC',
  '',
  '-DOCSTART- -X- O O',
  '',
  'Hello UH O O',
  '',
].join('\n');

describe('CoNLL reading (for the training and evaluation scripts)', () => {
  it('splits documents at -DOCSTART-, joins tokens by spaces and sentences by newlines', () => {
    const docs = readConll(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text).toBe('Kim Jong Un visited Seoul .\nReuters Korean Japanese');
    expect(docs[0]!.tokenCount).toBe(9);
    expect(docs[1]!.text).toBe('Hello');
  });

  it('turns IOB1 tags into character spans, B- starting a new entity', () => {
    const [doc] = readConll(SAMPLE);
    const spans = doc!.spans.map((s) => `${doc!.text.slice(s.start, s.end)}/${s.type}`);
    expect(spans).toEqual(['Kim Jong Un/PER', 'Seoul/LOC', 'Reuters/ORG', 'Korean/MISC', 'Japanese/MISC']);
  });
});

describe('BILOU constraints', () => {
  const B = (c: number): number => 1 + 4 * c;
  const I = (c: number): number => 2 + 4 * c;
  const L = (c: number): number => 3 + 4 * c;
  const U = (c: number): number => 4 + 4 * c;
  it.each([
    ['O after O', 0, 0, false, true],
    ['B at sentence start', -1, B(0), false, true],
    ['I at sentence start', -1, I(0), false, false],
    ['I after B of the same class', B(1), I(1), false, true],
    ['L after B of another class', B(1), L(2), false, false],
    ['O inside a name', I(0), 0, false, false],
    ['U after L', L(0), U(3), false, true],
    ['B at the sentence end', 0, B(2), true, false],
    ['I at the sentence end', B(2), I(2), true, false],
    ['L at the sentence end', B(2), L(2), true, true],
  ])('%s', (_name, prev, label, last, ok) => {
    expect(allowed(prev, label, last)).toBe(ok);
  });

  it('reads spans from a label sequence', () => {
    const labels = Int32Array.from([0, B(0), I(0), L(0), U(2), 0, U(1)]);
    const margin = Float32Array.from([9, 3, 1, 2, 4, 9, 5]);
    expect(labelSpans(labels, margin)).toEqual([
      { first: 1, end: 4, cls: 0, margin: 1 },
      { first: 4, end: 5, cls: 2, margin: 4 },
      { first: 6, end: 7, cls: 1, margin: 5 },
    ]);
  });
});

describe('model file', () => {
  it('packs weights to int8 codes and reads them back within the quantisation step', () => {
    const bits = 4;
    const avg = new Float32Array((1 << bits) * LABEL_COUNT);
    avg[3 * LABEL_COUNT + 0] = 2.5;
    avg[3 * LABEL_COUNT + 5] = -1.25;
    avg[9 * LABEL_COUNT + 16] = 0.04;
    avg[15 * LABEL_COUNT + 1] = 0.5;
    const file = pack(avg, bits);
    expect(file.rows).toBe(3);
    const model = new PerceptronModel(file);
    const out = new Float32Array(LABEL_COUNT);
    model.score(Uint32Array.from([3, 9 + 16 * 7]), 2, out);
    expect(out[0]).toBeCloseTo(2.5, 1);
    expect(out[5]).toBeCloseTo(-1.25, 1);
    expect(out[16]).toBeCloseTo(0.04, 2);
    expect(out[1]).toBe(0);
  });

  it('describes word shapes compactly', () => {
    expect(shapeOf('Chollima-1')).toBe('Xx-d');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996-08-30')).toBe('d-d-d');
    expect(shapeOf('KCNA')).toBe('X');
  });
});
