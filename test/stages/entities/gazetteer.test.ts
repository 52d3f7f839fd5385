import { describe, expect, it } from 'vitest';
import { Gazetteer, phraseTokens, type GazetteerData } from '../../../stages/entities/gazetteer.js';

const data: GazetteerData = {
  sources: ['test'],
  keys: ['UN', 'UN-2', 'BOE', 'ICBM', 'NK', 'PARTY'],
  entries: [
    ['United Nations', 'ORG', 0, 0],
    // Same tokens as the first entry once "The" is dropped: the first listed keeps the phrase.
    ['The United Nations', 'ORG', 1, 0],
    ['United Nations Security Council', 'ORG', 1, 0],
    ['Bank of England', 'ORG', 2, 0],
    ['intercontinental ballistic missile', 'WEAPON', 3, 0],
    ["North Korea's", 'GPE', 4, 0],
    ['(Workers) Party', 'ORG', 5, 0],
  ],
};

const match = (gaz: Gazetteer, phrase: string): string | null => {
  const hit = gaz.matchAt(phraseTokens(phrase), 0);
  return hit && `${hit.key}:${hit.end}`;
};

describe('the phrase gazetteer', () => {
  it('builds each first word’s phrases when it is first reached, with the same matches in any order', () => {
    const phrases = ['United Nations Security Council', 'United Nations', 'Bank of England', 'intercontinental ballistic missile', "North Korea's", '(Workers) Party', 'United Kingdom'];
    const expected = [`UN-2:4`, 'UN:2', 'BOE:3', 'ICBM:3', 'NK:3', 'PARTY:4', null];
    const forward = new Gazetteer([data]);
    expect(phrases.map((p) => match(forward, p))).toEqual(expected);
    const backward = new Gazetteer([data]);
    expect(phrases.map((p) => match(backward, p)).reverse()).toEqual([...phrases].reverse().map((p) => match(new Gazetteer([data]), p)));
    expect(backward.size).toBe(6);
  });

  it('lets a lower-case phrase start a match only at its own first word', () => {
    const gaz = new Gazetteer([data]);
    const surface = ['an', 'intercontinental', 'ballistic', 'missile'];
    expect(gaz.findAll(surface.map((s) => s.toUpperCase()), surface, surface).map((h) => h.key)).toEqual(['ICBM']);
  });
});
