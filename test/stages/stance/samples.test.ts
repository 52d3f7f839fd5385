import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../../pipeline/pipeline.js';
import type { NewsmarkDocument, Stance } from '../../../pipeline/document-types.js';

/**
 * The two sample articles through the real pipeline (tokenize → entities → claims → stance):
 * every claim gets the label a careful reader would give (ANNOTATION.md §3).
 */
interface Expected {
  /** A phrase of the text; the claim's cue must overlap `cue` inside the first occurrence of it. */
  at: string;
  cue: string;
  label: Stance['label'];
  negated?: boolean;
  certainty?: Stance['certainty'];
  target?: string;
  /** The claims stage may not find this claim yet; if it does, the label must match. */
  optional?: boolean;
}

const articles: Record<string, Expected[]> = {
  'chollima-launch-fails.txt': [
    { at: 'into the sea, state media said', cue: 'said', label: 'statement' },
    { at: 'KCNA) reported that', cue: 'reported', label: 'statement' },
    { at: 'KCNA said the National Aerospace', cue: 'said', label: 'vow' },
    { at: 'Ri Pyong Chol, stated', cue: 'stated', label: 'statement' },
    { at: 'said a spokesperson', cue: 'said', label: 'condemnation', target: 'The launch' },
    { at: 'military said it had recovered', cue: 'said', label: 'statement', optional: true },
    { at: 'Secretary-General condemned the launch', cue: 'condemned', label: 'condemnation', target: 'the launch' },
    { at: 'called for a resumption', cue: 'called for', label: 'appeal', target: 'a resumption of denuclearization talks' },
    { at: 'urged Pyongyang', cue: 'urged', label: 'appeal', target: 'Pyongyang' },
    { at: 'Council said the launch used', cue: 'said', label: 'condemnation', target: 'the launch' },
    { at: 'they said in a statement', cue: 'said', label: 'vow' },
    { at: 'government warned that', cue: 'warned', label: 'warning', target: 'further launches' },
    // claims 'weak-cue gating' (c8a07ca) no longer finds this one; when it does, it must be analysis.
    { at: 'analysts believe the rocket', cue: 'believe', label: 'analysis', certainty: 'asserted', target: 'the rocket', optional: true },
    { at: 'Pyongyang denied that', cue: 'denied', label: 'denial', target: 'the launch' },
    { at: 'dismissed the criticism', cue: 'dismissed', label: 'denial', target: 'the criticism' },
  ],
  'chollima-vow-next-launch.md': [
    { at: 'North Korea vows another', cue: 'vows', label: 'vow', optional: true },
    { at: 'has vowed to conduct', cue: 'vowed', label: 'vow', target: 'another military spy satellite launch' },
    { at: 'Kim Jong Un, said the country', cue: 'said', label: 'vow' },
    { at: 'she said. “Nobody', cue: 'said', label: 'vow' },
    { at: 'Experts believe that', cue: 'believe', label: 'analysis', certainty: 'hedged', target: 'North Korea' },
    { at: 'said Yang Moo-jin', cue: 'said', label: 'analysis', certainty: 'hedged' },
    { at: 'According to South Korean officials', cue: 'According to', label: 'statement' },
    { at: 'also promised a nuclear', cue: 'promised', label: 'vow', target: 'a nuclear submarine and more powerful weapons' },
    { at: 'did not condemn the launch', cue: 'condemn', label: 'condemnation', negated: true, target: 'the launch' },
    { at: 'ministry blamed the United States', cue: 'blamed', label: 'condemnation', target: 'the United States' },
    { at: 'China called on all sides', cue: 'called', label: 'appeal', target: 'all sides' },
    { at: 'KCNA reported that officials', cue: 'reported', label: 'statement' },
    { at: 'Critics have called', cue: 'called', label: 'condemnation' },
  ],
};

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await createPipeline({ stages: ['tokenize', 'entities', 'claims', 'stance'] });
});

async function annotate(name: string): Promise<NewsmarkDocument> {
  const text = await readFile(fileURLToPath(new URL(`../../../corpus/${name}`, import.meta.url)), 'utf8');
  return pipeline.annotate(text);
}

describe('stance on the sample articles', () => {
  for (const [name, expected] of Object.entries(articles)) {
    describe(name, () => {
      let doc: NewsmarkDocument;
      beforeAll(async () => {
        doc = await annotate(name);
      });

      it('gives one stance per claim, in claim order, with evidence', () => {
        const claims = doc.claims ?? [];
        const stances = doc.stances ?? [];
        expect(stances.map((s) => s.claim)).toEqual(claims.map((c) => c.id));
        expect(stances.map((s) => s.id)).toEqual(claims.map((_, n) => `s${n + 1}`));
        for (const s of stances) expect(s.evidence.length).toBeGreaterThan(0);
      });

      for (const e of expected) {
        it(`${e.at} → ${e.label}${e.negated ? ' (negated)' : ''}`, () => {
          const at = doc.text.indexOf(e.at);
          expect(at, `"${e.at}" not in the text`).toBeGreaterThanOrEqual(0);
          const cueAt = doc.text.indexOf(e.cue, at);
          const cueEnd = cueAt + e.cue.length;
          const claim = (doc.claims ?? []).find((c) => c.cue && c.cue.start < cueEnd && c.cue.end > cueAt);
          if (!claim) {
            if (e.optional) return;
            throw new Error(`no claim with a cue at "${e.cue}" in "${e.at}": ${JSON.stringify((doc.claims ?? []).map((c) => c.cue?.text))}`);
          }
          const stance = (doc.stances ?? []).find((s) => s.claim === claim.id) as Stance;
          expect(`${stance.label} ${stance.evidence.join(' ')}`).toMatch(new RegExp(`^${e.label} `));
          expect(stance.negated).toBe(e.negated ?? false);
          if (e.certainty) expect(stance.certainty).toBe(e.certainty);
          if (e.target) expect(stance.target?.text).toBe(e.target);
          expect(stance.actor).toBe(claim.source.entity);
        });
      }
    });
  }
});
