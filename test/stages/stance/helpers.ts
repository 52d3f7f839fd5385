import { defineStage, type StageDefinition } from '../../../pipeline/stage.js';
import { createPipeline, type Pipeline } from '../../../pipeline/pipeline.js';
import type { Claim, EntityMention, NewsmarkDocument } from '../../../pipeline/document-types.js';
import stance from '../../../stages/stance/index.js';

/** A hand-made claim: strings located in the text (the n-th occurrence after the previous field). */
export interface ClaimSpec {
  cue: string | null;
  lemma?: string;
  source: string | null;
  content: string | string[];
  kind?: Claim['kind'];
  sourceEntity?: string | null;
  /** Search from this string's first occurrence (to pick one sentence of several). */
  after?: string;
}

/** A hand-made entity mention: its text and its document-level entity id. */
export interface EntitySpec {
  text: string;
  type: EntityMention['type'];
  entity: string;
}

function locate(text: string, needle: string, from: number): { start: number; end: number; text: string } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not found in test text after ${from}`);
  return { start: at, end: at + needle.length, text: needle };
}

/** Builds claims from specs over one text (test-only stand-in for the claims stage). */
export function buildClaims(text: string, specs: readonly ClaimSpec[]): Claim[] {
  const claims = specs.map((spec, n) => {
    const from = spec.after ? text.indexOf(spec.after) : 0;
    if (from < 0) throw new Error(`"${spec.after}" not found`);
    const cue = spec.cue ? locate(text, spec.cue, from) : null;
    const source = spec.source ? locate(text, spec.source, from) : null;
    const contents = (Array.isArray(spec.content) ? spec.content : [spec.content]).map((c) => locate(text, c, from));
    const claim: Claim = {
      id: `c${n + 1}`,
      kind: spec.kind ?? 'indirect',
      cue: cue ? { ...cue, lemma: spec.lemma ?? cue.text.toLowerCase() } : null,
      source: source
        ? { ...source, kind: /^(he|she|it|they|we|i)$/i.test(source.text) ? 'pronoun' : /^[A-Z]/.test(source.text) ? 'named' : 'nominal', entity: spec.sourceEntity ?? null }
        : { start: null, end: null, text: null, kind: 'author', entity: null },
      content: contents,
      sentences: [0],
      confidence: 1,
      evidence: ['test'],
    };
    return claim;
  });
  return claims.sort((a, b) => (a.cue?.start ?? a.content[0]!.start) - (b.cue?.start ?? b.content[0]!.start)).map((c, n) => ({ ...c, id: `c${n + 1}` }));
}

let current: { claims: Claim[]; entities: EntityMention[] } = { claims: [], entities: [] };
let shared: Promise<Pipeline> | null = null;

/** One pipeline for the whole test file: tokenize → hand-made claims and entities → stance. */
function pipeline(): Promise<Pipeline> {
  const testLayers = defineStage({
    name: 'test-claims',
    version: '0.0.0',
    requires: ['tokens'],
    produces: ['entities', 'claims'],
    defaults: {},
    create: () => () => ({ entities: current.entities, claims: current.claims }),
  });
  shared ??= createPipeline({ stages: ['tokenize', testLayers as unknown as StageDefinition, stance as unknown as StageDefinition] });
  return shared;
}

/** Runs tokenize → hand-made claims (and entities) → stance over one text. */
export async function annotateWith(text: string, specs: readonly ClaimSpec[], entities: readonly EntitySpec[] = []): Promise<NewsmarkDocument> {
  const claims = buildClaims(text, specs);
  const mentions: EntityMention[] = [];
  for (const e of entities) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(e.text, from);
      if (at < 0) break;
      mentions.push({ id: 'm1', start: at, end: at + e.text.length, text: e.text, type: e.type, entity: e.entity, confidence: 1, evidence: ['test'] });
      from = at + e.text.length;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((m, n) => (m.id = `m${n + 1}`));
  const p = await pipeline();
  current = { claims, entities: mentions };
  return p.annotate(text);
}
