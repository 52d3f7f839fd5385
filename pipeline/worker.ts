/**
 * The worker-thread side of a corpus run: builds the pipeline once per thread from the
 * serialisable spec, then annotates one document per task and returns it as JSON text, so the
 * main thread only writes bytes.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { DocumentInput } from './document.js';
import { ErrorCode, NewsmarkError } from './errors.js';
import { createPipeline, type Pipeline, type PipelineSpec, type StageTimings } from './pipeline.js';

/**
 * What a worker returns for one document; `busyMs` is the worker's time on it: the stages,
 * schema validation and serialisation.
 */
export type WorkerResult =
  | { ok: true; json: string; tokens: number; timings: StageTimings; busyMs: number }
  | { ok: false; code: string; stage: string | null; message: string };

/**
 * The thread's pipeline, built as soon as the thread starts, while the main thread is still
 * listing and reading the corpus. A failure is returned by every task, which all await it.
 */
const spec = (workerData as { spec: PipelineSpec }).spec;
const pipeline: Promise<Pipeline> = createPipeline({ stages: spec.stages, config: spec.options });
pipeline.catch(() => undefined);

/**
 * One task: the document, and the key under which the worker reports on its parent port (as
 * `{ newsmarkStarted: key, threadId }`) that annotation starts.
 */
export interface WorkerTask {
  input: DocumentInput;
  key: number;
}

/** Resolves after the event loop's check phase: lets piscina post results queued in microtasks. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Annotates one document; every failure is returned as data, never thrown. The started
 * report lets the main thread start the time limit after the pipeline is loaded, so model
 * loading in a fresh thread never counts against a document.
 *
 * A worker holds more than one task (the next document waits here while one is annotated), but
 * annotation is synchronous, so exactly one runs at a time and the report marks the one running.
 * Each task first yields a full event-loop turn: without it, tasks that arrived together run back
 * to back in one microtask chain and the first result is posted only after the last finishes.
 */
export default async function annotateInWorker({ input, key }: WorkerTask): Promise<WorkerResult> {
  try {
    const ready = await pipeline;
    await nextTurn();
    parentPort?.postMessage({ newsmarkStarted: key, threadId });
    const t0 = performance.now();
    const { doc, timings } = ready.annotateTimed(input);
    const json = JSON.stringify(doc);
    return { ok: true, json, tokens: doc.tokens?.length ?? 0, timings, busyMs: performance.now() - t0 };
  } catch (error) {
    if (error instanceof NewsmarkError) return { ok: false, code: error.code, stage: error.stage, message: error.message };
    return { ok: false, code: ErrorCode.STAGE_FAILED, stage: null, message: (error as Error)?.message ?? String(error) };
  }
}
