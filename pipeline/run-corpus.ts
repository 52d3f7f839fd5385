import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Piscina } from 'piscina';
import { estimateDocuments, listCorpusFiles, readCorpus, unsafeOutputReason, type CorpusEntry, type CorpusFile, type CorpusSkips } from './corpus.js';
import type { NewsmarkDocument, PipelineInfo } from './document-types.js';
import { ErrorCode, NewsmarkError } from './errors.js';
import { planPipeline, type PipelineOptions, type StageTimings } from './pipeline.js';
import { openAtomicLineWriter, removeStaleTempFiles, writeFileAtomic, type AtomicLineWriter } from './writers.js';
import type { WorkerResult, WorkerTask } from './worker.js';
import { packageInfo } from './paths.js';

/** Options of {@link annotateCorpus}. */
export interface CorpusRunOptions extends Omit<PipelineOptions, 'stages'> {
  /** Output folder (created if missing). */
  out: string;
  /** Stage names or module paths (objects cannot cross into worker threads). */
  stages?: readonly string[];
  /** Worker threads; default one per core. */
  workers?: number;
  /** Re-annotate documents even when their output is up to date. */
  force?: boolean;
  /** Per-document time limit in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Inputs over this many bytes fail (default 5 MB). */
  maxBytes?: number;
  /** Called after each document is written, in corpus order. */
  onProgress?: (progress: RunProgress) => void;
}

/** Progress of a run, reported after every document. */
export interface RunProgress {
  done: number;
  /** Estimated number of documents (JSONL lines are counted before the run). */
  total: number;
  ok: number;
  failed: number;
  reused: number;
  elapsedMs: number;
  /** The document just finished. */
  last: DocumentRecord;
}

/** The manifest's entry for one document. */
export interface DocumentRecord {
  id: string;
  path: string;
  record: number | null;
  sha256: string | null;
  status: 'ok' | 'failed';
  /** Output file relative to the output folder; null for a failed document. */
  output: string | null;
  /** True when the output of an earlier run was up to date and kept. */
  reused?: boolean;
  error?: { code: string; stage: string | null; message: string };
}

/** What {@link annotateCorpus} resolves to; also written as `manifest.json`. */
export interface RunReport {
  newsmark: { name: string; version: string };
  schema: string;
  pipeline: { stages: PipelineInfo['stages']; configHash: string; options: Record<string, unknown> };
  counts: { documents: number; ok: number; failed: number; reused: number; skippedFiles: CorpusSkips };
  documents: DocumentRecord[];
  /**
   * `stageMs`: time in each stage, summed over documents. `workerMs`: the workers' time on
   * documents (stages, schema validation, serialisation), without start-up and waits.
   */
  run: { workers: number; durationMs: number; documentsPerSecond: number; tokens: number; stageMs: StageTimings; workerMs: number };
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The worker module; from TypeScript sources (tests), through a bootstrap that loads tsx. */
function workerModule(): { filename: string; workerModule: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  return {
    filename: new URL(fromSource ? './worker-from-source.mjs' : './worker.js', import.meta.url).href,
    workerModule: new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href,
  };
}

/** Reads an earlier run's output for this entry if it is up to date (same input, pipeline and versions). */
async function upToDate(outDir: string, entry: CorpusEntry, info: PipelineInfo): Promise<string | null> {
  try {
    const json = (await readFile(path.join(outDir, entry.output), 'utf8')).trimEnd();
    const doc = JSON.parse(json) as NewsmarkDocument;
    if (doc.source?.sha256 === entry.sha256 && JSON.stringify(doc.pipeline) === JSON.stringify(info) && doc.id === entry.id) return json;
  } catch {
    // Missing or unreadable output: annotate again.
  }
  return null;
}

const TIMED_OUT = new Error('timed out');

/**
 * Documents each worker holds: one being annotated and the next ones, already in the worker when
 * it finishes (with one, the worker waited for a round trip through the main thread between
 * documents: ~12% of a 1-worker BBC run; with two, ~3%; with three, ~2%, most of it at the start).
 * Six ride out longer pauses of the main thread (its synchronous writes, or losing its core on a
 * loaded machine): wall minus worker-busy time of a 1-worker BBC run fell from ~1.4 s to ~1.1 s.
 */
const TASKS_PER_WORKER = 6;

/** How many times a document is sent again after its worker died before it started. */
const MAX_RESTARTS = 3;

/** A worker task that failed without having started: its worker died while it waited there. */
class NotStarted extends Error {
  constructor(cause: unknown) {
    super('not started', { cause });
  }
}

/** What a worker posts on its parent port when it begins a task (see {@link WorkerTask}). */
interface StartedMessage {
  newsmarkStarted: number;
  threadId: number;
}

function isStartedMessage(message: unknown): message is StartedMessage {
  return typeof message === 'object' && message !== null && typeof (message as StartedMessage).newsmarkStarted === 'number';
}

/**
 * Starts each task's time limit when its worker reports that it has begun the task: workers post
 * a {@link StartedMessage} on their parent port, which piscina re-emits as the pool's `message`
 * event. One listener serves every task (a MessageChannel per document, created and transferred
 * with the task, cost more on both threads). A report that arrives after its task has ended (the
 * result travels on another port, so it can overtake the report) is ignored.
 */
class StartWatch {
  private nextKey = 1;
  private readonly waiting = new Map<number, (threadId: number) => void>();

  constructor(pool: Piscina) {
    pool.on('message', (message: unknown) => {
      if (!isStartedMessage(message)) return;
      const onStart = this.waiting.get(message.newsmarkStarted);
      this.waiting.delete(message.newsmarkStarted);
      onStart?.(message.threadId);
    });
  }

  /** Registers a task; `onStart` runs once, when its worker begins it. */
  add(onStart: (threadId: number) => void): number {
    const key = this.nextKey++;
    this.waiting.set(key, onStart);
    return key;
  }

  /** Forgets a task that has ended. */
  remove(key: number): void {
    this.waiting.delete(key);
  }
}

/**
 * Runs one document in the pool. The time limit starts when the worker reports that it has
 * begun (its pipeline is loaded, and the document before it in that worker has finished), not
 * when the task is queued. At the limit the worker's thread is terminated (piscina starts a
 * fresh one), which also fails the tasks waiting in that thread.
 *
 * The limit does not use piscina's abort signal: piscina gives a worker running an abortable
 * task no other task, and the next document could then not wait in the worker.
 */
async function runWithTimeLimit(pool: Piscina, watch: StartWatch, entry: CorpusEntry, timeoutMs: number): Promise<WorkerResult> {
  let timer: NodeJS.Timeout | undefined;
  let started = false;
  let timedOut = false;
  const key = watch.add((threadId) => {
    started = true;
    timer = setTimeout(() => {
      timedOut = true;
      void pool.threads.find((thread) => thread.threadId === threadId)?.terminate();
    }, timeoutMs);
  });
  try {
    const task: WorkerTask = { input: entry.input as NonNullable<CorpusEntry['input']>, key };
    return (await pool.run(task)) as WorkerResult;
  } catch (error) {
    if (timedOut) throw TIMED_OUT;
    throw started ? error : new NotStarted(error);
  } finally {
    watch.remove(key);
    clearTimeout(timer);
  }
}

/**
 * {@link runWithTimeLimit}, sending the document again when its worker died before it started
 * (another document in the same worker hit the time limit or crashed it). A document that was
 * running when its worker died is not retried: it is the likely cause.
 */
async function runInPool(pool: Piscina, watch: StartWatch, entry: CorpusEntry, timeoutMs: number): Promise<WorkerResult> {
  for (let restarts = 0; ; restarts++) {
    try {
      return await runWithTimeLimit(pool, watch, entry, timeoutMs);
    } catch (error) {
      if (!(error instanceof NotStarted)) throw error;
      if (restarts === MAX_RESTARTS) throw error.cause;
    }
  }
}

type Outcome = { entry: CorpusEntry; json?: string; reused?: boolean; tokens?: number; timings?: StageTimings; busyMs?: number; error?: DocumentRecord['error'] };

/**
 * Annotates every document of a corpus folder into `out`: one `<path>.json` per document,
 * `annotations.jsonl` with every document in corpus order, and `manifest.json`. Documents run in
 * worker threads with a bounded number in flight; results are written in corpus order, each
 * file atomically. A document that fails is recorded in the manifest and the run goes on.
 * Throws a {@link NewsmarkError} only for problems found before any document is read.
 */
export async function annotateCorpus(corpusDir: string, options: CorpusRunOptions): Promise<RunReport> {
  const started = performance.now();
  const plan = await planPipeline(options);
  if (!plan.spec) throw new NewsmarkError(ErrorCode.PIPELINE_INVALID, 'stages given as objects cannot run in worker threads: pass built-in names or module paths');
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) throw new NewsmarkError(ErrorCode.CONFIG_INVALID, `workers must be a positive integer, got ${workers}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const outDir = path.resolve(options.out);

  // The workers start first: loading their models overlaps listing the corpus.
  const { filename, workerModule: target } = workerModule();
  const pool = new Piscina({ filename, workerData: { spec: plan.spec, workerModule: target }, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: TASKS_PER_WORKER, idleTimeout: 60_000 });
  const watch = new StartWatch(pool);
  let files: CorpusFile[];
  let skipped: CorpusSkips;
  let total = 0;
  let jsonl: AtomicLineWriter;
  try {
    ({ files, skipped } = await listCorpusFiles(corpusDir, { exclude: outDir }));
    for (const file of files) total += await estimateDocuments(file);
    await removeStaleTempFiles(outDir);
    jsonl = await openAtomicLineWriter(path.join(outDir, 'annotations.jsonl'));
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  const records: DocumentRecord[] = [];
  const stageMs: StageTimings = {};
  const counts = { ok: 0, failed: 0, reused: 0 };
  let tokens = 0;
  let workerMs = 0;
  const outputs = new Set<string>();

  const process1 = async (entry: CorpusEntry): Promise<Outcome> => {
    if (entry.error) return { entry, error: { code: entry.error.code, stage: null, message: entry.error.message } };
    const unsafe = unsafeOutputReason(entry.output);
    if (unsafe) return { entry, error: { code: ErrorCode.UNSAFE_PATH, stage: null, message: `output path ${entry.output} is unsafe: ${unsafe}` } };
    if (!options.force) {
      const json = await upToDate(outDir, entry, plan.info);
      if (json !== null) return { entry, json, reused: true };
    }
    try {
      const result = await runInPool(pool, watch, entry, timeoutMs);
      if (!result.ok) return { entry, error: { code: result.code, stage: result.stage, message: result.message } };
      return { entry, json: result.json, tokens: result.tokens, timings: result.timings, busyMs: result.busyMs };
    } catch (error) {
      if (error === TIMED_OUT) {
        return { entry, error: { code: ErrorCode.TIMEOUT, stage: null, message: `annotation took longer than ${timeoutMs} ms and was stopped` } };
      }
      return { entry, error: { code: ErrorCode.WORKER_FAILED, stage: null, message: `worker failed: ${(error as Error).message}` } };
    }
  };

  const finish = async (outcome: Outcome): Promise<void> => {
    const { entry } = outcome;
    const record: DocumentRecord = { id: entry.id, path: entry.path, record: entry.record, sha256: entry.sha256, status: 'ok', output: entry.output };
    let error = outcome.error;
    if (!error && outputs.has(entry.output)) error = { code: ErrorCode.DUPLICATE_ID, stage: null, message: `another document already wrote ${entry.output}` };
    if (!error && outcome.json !== undefined) {
      try {
        // Encoded once for both files.
        const bytes = Buffer.from(outcome.json + '\n');
        if (!outcome.reused) await writeFileAtomic(path.join(outDir, entry.output), bytes);
        await jsonl.writeBytes(bytes);
        outputs.add(entry.output);
      } catch (e) {
        error = { code: ErrorCode.WRITE_FAILED, stage: null, message: `cannot write output: ${(e as Error).message}` };
      }
    }
    if (error) {
      record.status = 'failed';
      record.output = null;
      record.error = error;
      counts.failed++;
    } else {
      counts.ok++;
      if (outcome.reused) {
        record.reused = true;
        counts.reused++;
      }
      tokens += outcome.tokens ?? 0;
      workerMs += outcome.busyMs ?? 0;
      for (const [stage, ms] of Object.entries(outcome.timings ?? {})) stageMs[stage] = (stageMs[stage] ?? 0) + ms;
    }
    records.push(record);
    options.onProgress?.({ done: records.length, total: Math.max(total, records.length), ...counts, elapsedMs: performance.now() - started, last: record });
  };

  // A sliding window of documents read and pending, finished strictly in corpus order. Finishing
  // one waits for its file writes, and the next document is read only then: the window must
  // hold enough to keep every worker busy meanwhile (with 4 per worker, a worker sat idle for
  // ~15% of a BBC run). It is bounded by count and, for large inputs, by their total length.
  const maxInFlight = workers * 16;
  const maxPendingChars = 32 * 1024 * 1024;
  let pendingChars = 0;
  const window: Array<{ outcome: Promise<Outcome>; chars: number }> = [];
  const finishOldest = async (): Promise<void> => {
    const oldest = window.shift() as { outcome: Promise<Outcome>; chars: number };
    pendingChars -= oldest.chars;
    await finish(await oldest.outcome);
  };
  try {
    for await (const entry of readCorpus(files, { maxBytes })) {
      const chars = entry.input?.text.length ?? 0;
      window.push({ outcome: process1(entry), chars });
      pendingChars += chars;
      while (window.length >= maxInFlight || (pendingChars > maxPendingChars && window.length > workers)) await finishOldest();
    }
    while (window.length > 0) await finishOldest();
    await jsonl.commit();
  } catch (error) {
    await jsonl.abort();
    throw error;
  } finally {
    await pool.destroy();
  }

  const durationMs = performance.now() - started;
  const report: RunReport = {
    newsmark: { name: packageInfo.name, version: packageInfo.version },
    schema: plan.info.schema,
    pipeline: { stages: plan.info.stages, configHash: plan.info.configHash, options: plan.options },
    counts: { documents: records.length, ...counts, skippedFiles: skipped },
    documents: records,
    run: {
      workers,
      durationMs: Math.round(durationMs),
      documentsPerSecond: Math.round((records.length / durationMs) * 1000 * 10) / 10,
      tokens,
      stageMs: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, Math.round(v)])),
      workerMs: Math.round(workerMs),
    },
  };
  await writeFileAtomic(path.join(outDir, 'manifest.json'), JSON.stringify(report, null, 2) + '\n');
  return report;
}
