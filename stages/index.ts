/**
 * The built-in stages. Each is loaded lazily, so the main thread of a corpus run never loads
 * the NLP libraries: only the worker threads that run the stages do.
 */
import type { StageDefinition } from '../pipeline/stage.js';

const loaders: Record<string, () => Promise<StageDefinition>> = {
  tokenize: async () => (await import('./tokenize/index.js')).default as unknown as StageDefinition,
  entities: async () => (await import('./entities/index.js')).default as unknown as StageDefinition,
  claims: async () => (await import('./claims/index.js')).default as unknown as StageDefinition,
  stance: async () => (await import('./stance/index.js')).default as unknown as StageDefinition,
};

/** Names of every built-in stage. */
export const builtinStageNames: readonly string[] = Object.keys(loaders);

/** The default pipeline, in order. */
export const defaultStageNames: readonly string[] = ['tokenize', 'entities', 'claims', 'stance'];

/** Loads a built-in stage's definition by name. */
export async function loadBuiltinStage(name: string): Promise<StageDefinition> {
  const load = loaders[name];
  if (!load) throw new Error(`no built-in stage "${name}"`);
  return load();
}
