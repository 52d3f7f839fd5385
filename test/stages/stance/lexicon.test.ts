import { describe, expect, it } from 'vitest';
import verbs from '../../../stages/stance/data/verbs.json' with { type: 'json' };
import nouns from '../../../stages/stance/data/nouns.json' with { type: 'json' };
import content from '../../../stages/stance/data/content.json' with { type: 'json' };
import { lemmaVariants, lookup, WordClass, type LexiconEntry } from '../../../stages/stance/lexicon.js';
import { annotateWith } from './helpers.js';

const LABELS = ['condemnation', 'vow', 'analysis', 'warning', 'appeal', 'denial', 'support', 'statement', 'neutral'];

describe('stance data files', () => {
  for (const [name, file] of [['verbs.json', verbs], ['nouns.json', nouns]] as const) {
    it(`${name}: every entry has a known label and a named origin`, () => {
      const entries = Object.entries(file.entries as Record<string, LexiconEntry>);
      expect(entries.length).toBeGreaterThan(100);
      for (const [lemma, entry] of entries) {
        expect(LABELS, lemma).toContain(entry.label);
        expect(entry.origin.length, lemma).toBeGreaterThan(0);
        for (const o of entry.origin) expect(o, lemma).toMatch(/^(cameo:|cameo-pattern:|ggt$|journalismai$|project$)/);
      }
      expect(Object.keys(file.sources)).toEqual(['cameo', 'ggt', 'journalismai', 'project']);
    });
  }

  it('CAMEO classes land where ANNOTATION.md §3 puts them', () => {
    const table = verbs.entries as Record<string, LexiconEntry>;
    expect(table.condemn?.label).toBe('condemnation');
    expect(table.accuse?.origin).toContain('cameo:112:BLAME');
    expect(table.pledge?.label).toBe('vow');
    expect(table.warn?.label).toBe('warning');
    expect(table.deny?.label).toBe('denial');
    expect(table.urge?.label).toBe('appeal');
    expect(table.praise?.label).toBe('support');
    expect(table.believe?.label).toBe('analysis');
    expect(table.say?.label).toBe('neutral');
  });

  it('content word classes are lower-case and non-empty', () => {
    for (const [key, list] of Object.entries(content)) {
      if (!Array.isArray(list)) continue;
      expect(list.length, key).toBeGreaterThan(0);
      for (const w of list as string[]) expect(w, key).toBe(w.toLowerCase());
    }
  });
});

describe('lexicon helpers', () => {
  it('tries British spellings and inflections', () => {
    expect(lemmaVariants('criticised')).toContain('criticise');
    expect(lookup(verbs.entries as Record<string, LexiconEntry>, 'criticised')?.entry.label).toBe('condemnation');
    expect(lookup(verbs.entries as Record<string, LexiconEntry>, 'apologise')).toBeNull();
  });

  it('matches single words and phrases', () => {
    const cls = new WordClass(['likely', 'is believed to']);
    const words = ['he', 'is', 'believed', 'to', 'be', 'likely', 'there'];
    expect(cls.find(words, words).map((m) => m[2])).toEqual(['is believed to', 'likely']);
  });

  it('matches phrases with contractions as the tokenizer splits them, and as written', () => {
    const cls = new WordClass(["i don't think", "i'm confident"]);
    const split = ['i', 'do', "n't", 'think', 'so'];
    expect(cls.find(split, split)).toHaveLength(1);
    const whole = ["i'm", 'confident'];
    expect(cls.find(whole, whole)).toHaveLength(1);
  });
});

describe('stance stage behaviour', () => {
  it('is deterministic and gives one stance per claim in claim order', async () => {
    const text = 'China welcomed the talks. Japan warned of a response. Seoul said it would hold new talks.';
    const specs = [
      { cue: 'welcomed', source: 'China', content: 'the talks' },
      { cue: 'warned', source: 'Japan', content: 'of a response' },
      { cue: 'said', source: 'Seoul', content: 'it would hold new talks', sourceEntity: 'e3' },
    ];
    const places = [{ text: 'Seoul', type: 'GPE' as const, entity: 'e3' }];
    const a = await annotateWith(text, specs, places);
    const b = await annotateWith(text, specs, places);
    expect(a.stances).toEqual(b.stances);
    expect(a.stances?.map((s) => [s.id, s.claim, s.label])).toEqual([
      ['s1', 'c1', 'support'],
      ['s2', 'c2', 'warning'],
      ['s3', 'c3', 'vow'],
    ]);
  });

  it('labels a claim without a cue from its content', async () => {
    const doc = await annotateWith('“We will never give up.”', [{ cue: null, source: null, content: 'We will never give up.', kind: 'direct' }]);
    expect(doc.stances?.[0]?.evidence[0]).toBe('cue:none');
  });

  it('links the actor to the source entity', async () => {
    const doc = await annotateWith('Pyongyang denied the report.', [{ cue: 'denied', source: 'Pyongyang', content: 'the report', sourceEntity: 'e1' }], [
      { text: 'Pyongyang', type: 'GPE', entity: 'e1' },
    ]);
    expect(doc.stances?.[0]).toMatchObject({ label: 'denial', actor: 'e1', target: { text: 'the report', entity: null } });
  });
});
