import type { NewsmarkDocument, PipelineInfo } from './document-types.js';
import { canonicalDocument, newDocument, textInput, type DocumentInput } from './document.js';
import { ErrorCode, NewsmarkError } from './errors.js';
import { sha256, stableStringify } from './hash.js';
import { packageInfo } from './paths.js';
import { readConfigFile, resolveOptions, type NewsmarkConfig } from './config.js';
import type { OptionValue, StageContext, StageDefinition, StageOptions, StageRun } from './stage.js';
import { SCHEMA_VERSION, validateDocument } from './validate.js';
import { builtinStageNames, defaultStageNames, loadBuiltinStage } from '../stages/index.js';

/** How to build a pipeline. Every field is optional: the default is the full built-in pipeline. */
export interface PipelineOptions {
  /**
   * Stages in order: built-in names (`tokenize`, …), module specifiers (a path or URL whose
   * default export is a stage definition) or stage definitions. Default: the config file's
   * `stages`, else every built-in stage.
   */
  stages?: ReadonlyArray<string | StageDefinition>;
  /** A configuration object, or the path of a JSON configuration file. */
  config?: NewsmarkConfig | string;
  /** Option overrides, `{ 'entities.minConfidence': 0.5 }`; they win over the config. */
  set?: Readonly<Record<string, OptionValue>>;
}

/** A serialisable description of a pipeline, enough to rebuild it in a worker thread. */
export interface PipelineSpec {
  stages: string[];
  options: Record<string, StageOptions>;
}

/** Time spent per stage, in milliseconds, for one document. */
export type StageTimings = Record<string, number>;

/** A built pipeline: checked, with its stages created. */
export interface Pipeline {
  /** What is recorded in every document's `pipeline` field. */
  readonly info: PipelineInfo;
  /** The effective options per stage (defaults ← config ← overrides). */
  readonly options: Readonly<Record<string, StageOptions>>;
  /** The serialisable spec, or null when a stage was given as an object (it cannot cross threads). */
  readonly spec: PipelineSpec | null;
  /** Annotates one text or document input; throws a {@link NewsmarkError} if a stage fails or the result is invalid. */
  annotate(input: string | DocumentInput): NewsmarkDocument;
  /** Like {@link Pipeline.annotate}, also returning per-stage timings. */
  annotateTimed(input: string | DocumentInput): { doc: NewsmarkDocument; timings: StageTimings };
}

function isSpecifier(name: string): boolean {
  return /^(\.{1,2}\/|\/|file:)/.test(name);
}

async function loadStage(ref: string | StageDefinition, problems: string[]): Promise<{ stage: StageDefinition; ref: string | null } | null> {
  if (typeof ref !== 'string') return { stage: ref, ref: null };
  if (builtinStageNames.includes(ref)) return { stage: await loadBuiltinStage(ref), ref };
  if (!isSpecifier(ref)) {
    problems.push(`unknown stage "${ref}" (built-in stages: ${builtinStageNames.join(', ')}; a custom stage is a module path such as ./my-stage.js)`);
    return null;
  }
  try {
    const url = ref.startsWith('file:') ? ref : new URL(ref, `file://${process.cwd()}/`).href;
    const mod = (await import(url)) as { default?: StageDefinition };
    if (!mod.default || typeof mod.default.create !== 'function') {
      problems.push(`stage module ${ref} has no default export made with defineStage`);
      return null;
    }
    return { stage: mod.default, ref: url };
  } catch (error) {
    problems.push(`cannot load stage module ${ref}: ${(error as Error).message}`);
    return null;
  }
}

/** Checks requirements and producers in order; returns one line per problem. */
function checkOrder(stages: readonly StageDefinition[]): string[] {
  const problems: string[] = [];
  const available = new Set<string>();
  const producers = new Map<string, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.push(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!available.has(need)) {
        const later = stages.find((s) => s.name === need || s.produces.includes(need as never));
        problems.push(
          later && later !== stage
            ? `stage "${stage.name}" requires "${need}", which stage "${later.name}" produces only after it: put "${later.name}" first`
            : `stage "${stage.name}" requires "${need}", which no earlier stage produces`,
        );
      }
    }
    for (const layer of stage.produces) {
      const other = producers.get(layer);
      if (other) problems.push(`layer "${layer}" is produced by both "${other}" and "${stage.name}"`);
      producers.set(layer, stage.name);
      available.add(layer);
    }
    available.add(stage.name);
  }
  return problems;
}

/** A checked pipeline whose stages are not yet created: enough to describe and hash it. */
export interface PipelinePlan {
  readonly info: PipelineInfo;
  readonly options: Readonly<Record<string, StageOptions>>;
  readonly spec: PipelineSpec | null;
  readonly stages: readonly StageDefinition[];
}

/**
 * Loads the stages, layers their options and checks the whole pipeline, reporting every problem
 * in one {@link NewsmarkError} — without creating the stages (no models are loaded).
 */
export async function planPipeline(options: PipelineOptions = {}): Promise<PipelinePlan> {
  const config = typeof options.config === 'string' ? await readConfigFile(options.config) : (options.config ?? {});
  const problems: string[] = [];
  let refs: ReadonlyArray<string | StageDefinition> = options.stages ?? config.stages ?? defaultStageNames;
  if (config.stages !== undefined && (!Array.isArray(config.stages) || config.stages.some((s) => typeof s !== 'string'))) {
    problems.push('config: "stages" must be an array of stage names');
    refs = defaultStageNames;
  }
  if (refs.length === 0) problems.push('the pipeline has no stages');

  const loaded: Array<{ stage: StageDefinition; ref: string | null }> = [];
  for (const ref of refs) {
    const item = await loadStage(ref, problems);
    if (item) loaded.push(item);
  }
  const stages = loaded.map((l) => l.stage);
  const orderProblems = checkOrder(stages);
  const resolved = resolveOptions(stages, config, options.set ?? {});
  problems.push(...orderProblems, ...resolved.problems);
  if (problems.length > 0) {
    const code = orderProblems.length === 0 && problems.length === resolved.problems.length ? ErrorCode.CONFIG_INVALID : ErrorCode.PIPELINE_INVALID;
    throw new NewsmarkError(code, `cannot build the pipeline (${problems.length} problem${problems.length === 1 ? '' : 's'})`, { details: problems });
  }
  const stageList = stages.map((s) => ({ name: s.name, version: s.version }));
  const info: PipelineInfo = {
    name: packageInfo.name,
    version: packageInfo.version,
    schema: SCHEMA_VERSION,
    stages: stageList,
    configHash: sha256(stableStringify({ stages: stageList, options: resolved.options })),
  };
  const spec: PipelineSpec | null = loaded.every((l) => l.ref !== null)
    ? { stages: loaded.map((l) => l.ref as string), options: resolved.options }
    : null;
  return { info, options: resolved.options, spec, stages };
}

/**
 * Builds a pipeline: checks it with {@link planPipeline} (every problem in one error, before any
 * document is read), then calls each stage's `create` once.
 */
export async function createPipeline(options: PipelineOptions = {}): Promise<Pipeline> {
  const { info, options: stageOptions, spec, stages } = await planPipeline(options);
  const runs: StageRun[] = [];
  for (const stage of stages) runs.push(await stage.create(stageOptions[stage.name] as StageOptions));

  const annotateTimed = (input: string | DocumentInput): { doc: NewsmarkDocument; timings: StageTimings } => {
    const docInput = typeof input === 'string' ? textInput(input) : input;
    let doc = newDocument(docInput, info);
    const timings: StageTimings = {};
    stages.forEach((stage, i) => {
      const messages = doc.messages;
      const ctx: StageContext = {
        stage: stage.name,
        report: (r) => messages.push({ severity: r.severity, code: r.code, message: r.message, stage: stage.name, span: r.span ?? null }),
      };
      const t0 = performance.now();
      let output;
      try {
        output = (runs[i] as StageRun)(doc, ctx);
      } catch (error) {
        throw new NewsmarkError(ErrorCode.STAGE_FAILED, `stage "${stage.name}" failed: ${(error as Error)?.message ?? String(error)}`, { stage: stage.name, cause: error });
      }
      timings[stage.name] = performance.now() - t0;
      const produced = Object.keys(output ?? {});
      const missing = stage.produces.filter((l) => !produced.includes(l));
      const extra = produced.filter((l) => !stage.produces.includes(l as never));
      if (missing.length > 0 || extra.length > 0) {
        throw new NewsmarkError(
          ErrorCode.STAGE_FAILED,
          `stage "${stage.name}" returned the wrong layers (missing: ${missing.join(', ') || 'none'}; not declared: ${extra.join(', ') || 'none'})`,
          { stage: stage.name },
        );
      }
      doc = { ...doc, ...output, messages };
    });
    doc = canonicalDocument(doc);
    const result = validateDocument(doc);
    if (!result.valid) {
      throw new NewsmarkError(ErrorCode.INVALID_OUTPUT, 'the annotated document does not match the schema', { details: result.errors.slice(0, 20) });
    }
    return { doc, timings };
  };

  return {
    info,
    options: stageOptions,
    spec,
    annotate: (input) => annotateTimed(input).doc,
    annotateTimed,
  };
}

/**
 * Annotates one text with a fresh pipeline (built-in stages by default). For many texts, build
 * the pipeline once with {@link createPipeline} and call `annotate`.
 */
export async function annotateText(text: string, options: PipelineOptions & { id?: string } = {}): Promise<NewsmarkDocument> {
  const pipeline = await createPipeline(options);
  return pipeline.annotate(textInput(text, options.id));
}
