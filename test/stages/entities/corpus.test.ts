import { describe, expect, it } from 'vitest';
import { annotate, clusterOf, corpusText } from './helpers.js';

const LAUNCH = 'chollima-launch-fails.txt';
const VOW = 'chollima-vow-next-launch.md';

/** Every example entity of ANNOTATION.md §1 that occurs in the sample corpus, with its type. */
const EXAMPLES: Array<[file: string, text: string, type: string]> = [
  [LAUNCH, 'Kim Jong Un', 'PERSON'],
  [LAUNCH, 'Ri Pyong Chol', 'PERSON'],
  [LAUNCH, 'Korean Central News Agency', 'ORG'],
  [LAUNCH, 'KCNA', 'ORG'],
  [LAUNCH, 'Worker’s Party of Korea', 'ORG'],
  [VOW, 'Worker’s Party of Korea', 'ORG'],
  [LAUNCH, 'United Nations', 'ORG'],
  [LAUNCH, 'U.S. National Security Council', 'ORG'],
  [LAUNCH, 'White House', 'ORG'],
  [LAUNCH, 'North Korea', 'GPE'],
  [LAUNCH, 'South Korea', 'GPE'],
  [LAUNCH, 'the United States', 'GPE'],
  [VOW, 'the United States', 'GPE'],
  [LAUNCH, 'Japan', 'GPE'],
  [VOW, 'Russia', 'GPE'],
  [VOW, 'China', 'GPE'],
  [LAUNCH, 'the Korean Peninsula', 'LOC'],
  [VOW, 'the Korean Peninsula', 'LOC'],
  [LAUNCH, 'the sea', 'LOC'],
  [LAUNCH, 'North Korean', 'NORP'],
  [LAUNCH, 'South Korean', 'NORP'],
  [VOW, 'South Korean', 'NORP'],
  [LAUNCH, 'Chollima-1', 'WEAPON'],
  [VOW, 'Chollima-1', 'WEAPON'],
  [LAUNCH, 'intercontinental ballistic missile', 'WEAPON'],
  [LAUNCH, 'ICBM', 'WEAPON'],
  [VOW, 'ICBM', 'WEAPON'],
  [VOW, 'hypersonic missile', 'WEAPON'],
  [VOW, 'nuclear submarine', 'WEAPON'],
  [VOW, 'the Korean War', 'EVENT'],
  [LAUNCH, 'UN Security Council Resolution 1718', 'LAW'],
  [LAUNCH, 'earlier this year', 'DATE'],
  [VOW, '2022', 'DATE'],
  [VOW, 'soon', 'DATE'],
];

describe('entities on the sample corpus: ANNOTATION.md §1 examples', () => {
  it.each(EXAMPLES)('%s: "%s" is a %s mention at every occurrence', async (file, example, type) => {
    const doc = await annotate(corpusText(file));
    // Every occurrence of the example string that is a whole word is marked with exactly that span.
    const occurrences: number[] = [];
    for (let at = doc.text.indexOf(example); at >= 0; at = doc.text.indexOf(example, at + 1)) {
      const before = doc.text[at - 1] ?? ' ';
      const after = doc.text[at + example.length] ?? ' ';
      if (/[\p{L}\p{N}-]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      occurrences.push(at);
    }
    expect(occurrences.length).toBeGreaterThan(0);
    for (const at of occurrences) {
      const m = doc.entities!.find((e) => e.start === at && e.end === at + example.length);
      // An example that is part of a longer marked name ("North Korean" in "the North Korean leader") is not required.
      const inside = doc.entities!.some((e) => e.start <= at && e.end >= at + example.length && e.end - e.start > example.length);
      if (inside) continue;
      expect(m, `${example} at ${at}`).toBeDefined();
      expect(m!.type).toBe(type);
      expect(doc.text.slice(m!.start, m!.end)).toBe(example);
    }
  });

  it('marks the possessive name without its ending: "North Korea’s" → "North Korea"', async () => {
    const doc = await annotate(corpusText(LAUNCH));
    const at = doc.text.indexOf('North Korea’s');
    const m = doc.entities!.find((e) => e.start === at);
    expect(m?.text).toBe('North Korea');
    expect(m?.type).toBe('GPE');
  });
});

describe('entities on the sample corpus: document-level entities', () => {
  it('"Korean Central News Agency (KCNA)" and later "KCNA" are one ORG', async () => {
    const doc = await annotate(corpusText(LAUNCH));
    const c = clusterOf(doc, 'KCNA');
    expect(c?.canonical).toBe('Korean Central News Agency');
    expect(c?.type).toBe('ORG');
    expect(c?.texts).toEqual(['Korean Central News Agency', 'KCNA', 'KCNA']);
  });

  it('"Kim" joins "Kim Jong Un", not "Kim Yo Jong"', async () => {
    const doc = await annotate(corpusText(VOW));
    const kim = clusterOf(doc, 'Kim');
    expect(kim?.canonical).toBe('Kim Jong Un');
    expect(kim?.texts).toEqual(['Kim Jong Un', 'Kim']);
    expect(clusterOf(doc, 'Kim Yo Jong')?.texts).toEqual(['Kim Yo Jong']);
  });

  it('"U.S.", "US" and "United States" are one GPE', async () => {
    const doc = await annotate('The U.S. sent envoys. US officials said the United States would act. Washington agreed.');
    const c = clusterOf(doc, 'U.S.');
    expect(c?.type).toBe('GPE');
    expect(c?.canonical).toBe('United States');
    expect(c?.texts).toEqual(['U.S.', 'US', 'the United States']);
  });

  it('"the North Korean leader" joins the leader named earlier', async () => {
    const doc = await annotate('North Korean leader Kim Jong Un visited the site. Later, the North Korean leader praised the scientists. Kim smiled.');
    const c = clusterOf(doc, 'Kim Jong Un');
    expect(c?.texts).toEqual(['Kim Jong Un', 'the North Korean leader', 'Kim']);
    expect(c?.type).toBe('PERSON');
  });

  it('the two "Secretary-General" offices are one ORG entity named after the organisation', async () => {
    const doc = await annotate(corpusText(LAUNCH));
    const c = clusterOf(doc, 'Secretary-General');
    expect(c?.canonical).toBe('United Nations Secretary-General');
    expect(c?.texts).toEqual(['Secretary-General', 'Secretary-General']);
  });

  it('every mention belongs to exactly one cluster and ids are in text order', async () => {
    for (const file of [LAUNCH, VOW]) {
      const doc = await annotate(corpusText(file));
      const ents = doc.entities!;
      ents.forEach((m, i) => {
        expect(m.id).toBe(`m${i + 1}`);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(ents[i - 1]!.end);
      });
      const seen = new Map<string, string>();
      for (const c of doc.entityClusters!) for (const id of c.mentions) {
        expect(seen.has(id)).toBe(false);
        seen.set(id, c.id);
      }
      for (const m of ents) expect(seen.get(m.id)).toBe(m.entity);
      // Cluster ids follow first mentions.
      const firsts = doc.entityClusters!.map((c) => Number(c.mentions[0]!.slice(1)));
      expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    }
  });
});

describe('entities: determinism', () => {
  it('gives byte-identical output for the same input', async () => {
    const text = corpusText(LAUNCH);
    const a = await annotate(text);
    const b = await annotate(text);
    expect(JSON.stringify([a.entities, a.entityClusters])).toBe(JSON.stringify([b.entities, b.entityClusters]));
  });
});
