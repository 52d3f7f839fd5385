/**
 * newsmark's public API.
 *
 * ```ts
 * import { annotateText, annotateCorpus, validateDocument } from 'newsmark';
 * const doc = await annotateText('Kim Jong Un vowed to launch again.');
 * ```
 */
export { annotateText, createPipeline, planPipeline } from './pipeline.js';
export type { Pipeline, PipelineOptions, PipelinePlan, PipelineSpec, StageTimings } from './pipeline.js';
export { annotateCorpus } from './run-corpus.js';
export type { CorpusRunOptions, DocumentRecord, RunProgress, RunReport } from './run-corpus.js';
export { validateDocument, SCHEMA_VERSION } from './validate.js';
export type { ValidationResult } from './validate.js';
export { defineStage } from './stage.js';
export type { LayerName, OptionValue, StageContext, StageDefinition, StageOptions, StageOutput, StageReport, StageRun } from './stage.js';
export { ErrorCode, NewsmarkError } from './errors.js';
export type { ErrorCodeValue } from './errors.js';
export type { NewsmarkConfig } from './config.js';
export type { DocumentInput } from './document.js';
export { builtinStageNames, defaultStageNames } from '../stages/index.js';
export type * from './document-types.js';
