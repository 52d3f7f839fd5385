import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPipeline, type Pipeline } from '../../../pipeline/pipeline.js';
import type { NewsmarkDocument } from '../../../pipeline/document-types.js';

let pipeline: Promise<Pipeline> | null = null;

/** One tokenize+entities pipeline shared by the tests of a file. */
export function entitiesPipeline(): Promise<Pipeline> {
  pipeline ??= createPipeline({ stages: ['tokenize', 'entities'] });
  return pipeline;
}

export async function annotate(text: string): Promise<NewsmarkDocument> {
  return (await entitiesPipeline()).annotate(text);
}

export function corpusText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../corpus/${name}`, import.meta.url)), 'utf8');
}

/** Mentions as `text/TYPE` strings in text order. */
export function mentionList(doc: NewsmarkDocument): string[] {
  return (doc.entities ?? []).map((m) => `${m.text}/${m.type}`);
}

/** The cluster (canonical + all mention texts) that a mention with this text belongs to. */
export function clusterOf(doc: NewsmarkDocument, text: string): { canonical: string; texts: string[]; type: string } | null {
  const m = (doc.entities ?? []).find((e) => e.text === text);
  if (!m) return null;
  const c = (doc.entityClusters ?? []).find((e) => e.id === m.entity);
  if (!c) return null;
  const texts = c.mentions.map((id) => (doc.entities ?? []).find((e) => e.id === id)?.text ?? '?');
  return { canonical: c.canonical, texts, type: c.type };
}
