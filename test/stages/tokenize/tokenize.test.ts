import { describe, expect, it, beforeAll } from 'vitest';
import { createPipeline, type Pipeline } from '../../../pipeline/pipeline.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await createPipeline({ stages: ['tokenize'] });
});

const TRICKY = 'North Korea’s “Chollima-1” — launched 🚀 at dawn,\r\nKCNA said. ‘We’ll try again,’ Kim said.\r\n\r\nU.S. officials didn’t comment… «Non» said Paris.';

describe('tokenize', () => {
  it('gives offsets whose slices are the token strings, with emoji, CRLF, curly quotes and em dashes', () => {
    const doc = pipeline.annotate(TRICKY);
    const tokens = doc.tokens ?? [];
    const surface = tokens.map((t) => TRICKY.slice(t.start, t.end));
    expect(surface).toContain('🚀');
    expect(surface).toContain('—');
    expect(surface).toContain('“');
    expect(surface).toContain('Chollima-1');
    expect(surface).toContain('U.S.');
    // Tokens cover every non-space character exactly once, in order.
    expect(surface.join('')).toBe(TRICKY.replace(/\s+/g, ''));
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    // No token is white space, CR or LF.
    expect(surface.every((s) => s.trim() === s && s.length > 0)).toBe(true);
  });

  it('tags parts of speech and lemmas', () => {
    const doc = pipeline.annotate('The officials said the rockets crashed.');
    const byText = Object.fromEntries((doc.tokens ?? []).map((t) => [doc.text.slice(t.start, t.end), t]));
    expect(byText['said']).toMatchObject({ pos: 'VERB', lemma: 'say' });
    expect(byText['rockets']).toMatchObject({ pos: 'NOUN', lemma: 'rocket' });
    expect(byText['officials']?.lemma).toBe('official');
  });

  it('splits "I\'m" and "I’m" like the other contractions: "I" PRON + "\'m" AUX be', () => {
    const text = 'I’m sure. He said: "I\'m done," and left. I\'m';
    const doc = pipeline.annotate(text);
    const tokens = (doc.tokens ?? []).map((t) => [text.slice(t.start, t.end), t.pos, t.lemma]);
    expect(tokens.slice(0, 2)).toEqual([['I', 'PRON', 'i'], ['’m', 'AUX', 'be']]);
    expect(tokens).toContainEqual(["'m", 'AUX', 'be']);
    expect(tokens.some(([surface]) => /^I['’]m$/.test(surface as string))).toBe(false);
    // A sentence that ends in a split "I'm" still ends after its "'m".
    expect(doc.sentences?.at(-1)?.end).toBe(text.length);
  });

  it('gives every token a lemma, even where wink has none ("cannot")', () => {
    const doc = pipeline.annotate('"You cannot, in all honesty, say that," he said.');
    const cannot = (doc.tokens ?? []).find((t) => doc.text.slice(t.start, t.end) === 'cannot');
    expect(cannot?.lemma).toBe('cannot');
  });

  it('splits sentences, and never across a blank line', () => {
    const text = 'Rocket crashes into the sea\n\nSEOUL — The launch failed. Officials said so.';
    const doc = pipeline.annotate(text);
    expect((doc.sentences ?? []).map((s) => text.slice(s.start, s.end))).toEqual([
      'Rocket crashes into the sea',
      'SEOUL — The launch failed.',
      'Officials said so.',
    ]);
  });

  it('keeps sentences tight: no leading or trailing white space, inside the text', () => {
    const doc = pipeline.annotate(TRICKY);
    for (const s of doc.sentences ?? []) {
      const slice = TRICKY.slice(s.start, s.end);
      expect(slice.length).toBeGreaterThan(0);
      expect(slice.trim()).toBe(slice);
    }
  });

  it('tokenizes a text the same whatever was read before (wink learns tokens across documents)', async () => {
    const later = "Standard & Poor's (S&P) cut Moody's outlook.";
    const surface = (d: { text: string; tokens?: Array<{ start: number; end: number }> }): string[] => (d.tokens ?? []).map((t) => d.text.slice(t.start, t.end));
    // A new pipeline shares the thread's wink instance, so this one may already have read texts.
    const first = surface(pipeline.annotate(later));
    // A sentence that ends in "Poor's." makes plain wink learn "Poor's" as one token.
    pipeline.annotate("Shares fell at Standard & Poor's. Analysts blamed Moody's.");
    const again = surface(pipeline.annotate(later));
    expect(again).toEqual(first);
    expect(again).toEqual(expect.arrayContaining(['Poor', "'s"]));
    const fresh = await createPipeline({ stages: ['tokenize'] });
    expect(surface(fresh.annotate(later))).toEqual(first);
  });
});
