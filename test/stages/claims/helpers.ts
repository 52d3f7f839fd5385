import { createPipeline, type Pipeline } from '../../../pipeline/pipeline.js';
import type { Claim, NewsmarkDocument } from '../../../pipeline/document-types.js';

let pipeline: Promise<Pipeline> | null = null;

/** One pipeline (tokenize → entities → claims) shared by the claims tests. */
export function claimsPipeline(): Promise<Pipeline> {
  pipeline ??= createPipeline({ stages: ['tokenize', 'entities', 'claims'] });
  return pipeline;
}

export async function annotate(text: string): Promise<NewsmarkDocument> {
  return (await claimsPipeline()).annotate(text);
}

/** A claim reduced to its strings, for readable expectations. */
export interface ClaimView {
  kind: Claim['kind'];
  cue: string | null;
  source: string | null;
  sourceKind: Claim['source']['kind'];
  content: string[];
}

export function view(claim: Claim): ClaimView {
  return {
    kind: claim.kind,
    cue: claim.cue?.text ?? null,
    source: claim.source.text,
    sourceKind: claim.source.kind,
    content: claim.content.map((c) => c.text),
  };
}

export async function claimsOf(text: string): Promise<ClaimView[]> {
  return ((await annotate(text)).claims ?? []).map(view);
}
