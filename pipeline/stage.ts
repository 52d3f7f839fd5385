import type { Message, NewsmarkDocument, Span } from './document-types.js';

/** The names of the layers a stage may produce. */
export type LayerName = 'sentences' | 'tokens' | 'entities' | 'entityClusters' | 'claims' | 'stances';

/** The layers a stage returns: only the ones it declared in `produces`. */
export type StageOutput = Partial<Pick<NewsmarkDocument, LayerName>>;

/** JSON-compatible option values, so options can cross into worker threads and be hashed. */
export type OptionValue = string | number | boolean | null | readonly OptionValue[] | { readonly [key: string]: OptionValue };

/** A stage's options: a flat or nested record of JSON values. */
export type StageOptions = Record<string, OptionValue>;

/** What a stage may report about a document: it ends up in the document's `messages`. */
export interface StageReport {
  severity: Message['severity'];
  /** Upper-case code, e.g. `ENTITIES_LONG_SPAN`. */
  code: string;
  message: string;
  span?: Span | null;
}

/** Passed to every `run` call. */
export interface StageContext {
  /** The name of the running stage. */
  readonly stage: string;
  /** Adds a diagnostic to the document's `messages`. */
  report(report: StageReport): void;
}

/** The function a stage's `create` returns: annotates one document and returns only its layers. */
export type StageRun = (doc: Readonly<NewsmarkDocument>, ctx: StageContext) => StageOutput;

/** A stage: a declaration plus a factory. */
export interface StageDefinition<O extends StageOptions = StageOptions> {
  /** Unique name, also the namespace of its options (`entities.minConfidence`). */
  readonly name: string;
  /** Semantic version of the stage's behaviour; recorded in every document. */
  readonly version: string;
  /** Names of the layers (or stages) that must be present before this stage runs. */
  readonly requires: readonly string[];
  /** The layers this stage adds. */
  readonly produces: readonly LayerName[];
  /** Every option the stage accepts, with its default value. */
  readonly defaults: O;
  /** Called once per worker: loads lexicons and models, returns the per-document function. */
  create(options: O): StageRun | Promise<StageRun>;
}

/**
 * Declares a stage. Checks the declaration's shape at once so a malformed stage fails when the
 * module is loaded, not halfway through a corpus.
 */
export function defineStage<O extends StageOptions>(definition: StageDefinition<O>): StageDefinition<O> {
  const problems: string[] = [];
  if (!/^[a-z][a-zA-Z0-9-]*$/.test(definition.name)) problems.push(`name "${definition.name}" must start with a lower-case letter and use letters, digits or dashes`);
  if (!/^\d+\.\d+\.\d+/.test(definition.version)) problems.push(`version "${definition.version}" is not a semantic version`);
  if (definition.produces.length === 0) problems.push('produces no layer');
  if (typeof definition.create !== 'function') problems.push('create is not a function');
  if (problems.length > 0) throw new TypeError(`Invalid stage definition "${definition.name}": ${problems.join('; ')}`);
  return Object.freeze({ ...definition });
}
