/**
 * Speed benchmark: `npm run bench -- <corpusDir> [--stages a,b] [--runs N]`.
 *
 * Annotates the corpus with 1 worker and with one worker per core (each in a fresh child
 * process, so peak RSS is that configuration's own; with `--runs N`, N times each and the run of
 * median wall time is reported, with the range of all), then runs compromise alone over the same
 * texts for scale. Prints documents/s, tokens/s, each stage's share of time, the workers' busy time
 * (stages, validation, serialisation) and peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateCorpus, type RunReport } from '../pipeline/run-corpus.js';
import { listCorpusFiles, readCorpus } from '../pipeline/corpus.js';

interface Measurement {
  workers: number;
  documents: number;
  failed: number;
  tokens: number;
  seconds: number;
  stageMs: Record<string, number>;
  workerMs: number;
  peakRssMb: number;
}

/** Annotation time summed over the stages (and over workers). */
const stageSum = (m: Measurement): number => Object.values(m.stageMs).reduce((a, b) => a + b, 0);

const self = fileURLToPath(import.meta.url);

async function measureRun(corpus: string, workers: number, stages: string[] | undefined): Promise<Measurement> {
  const out = await mkdtemp(path.join(tmpdir(), 'newsmark-bench-'));
  try {
    const t0 = performance.now();
    const report: RunReport = await annotateCorpus(corpus, { out, workers, stages, force: true });
    const seconds = (performance.now() - t0) / 1000;
    return {
      workers,
      documents: report.counts.documents,
      failed: report.counts.failed,
      tokens: report.run.tokens,
      seconds,
      stageMs: report.run.stageMs,
      workerMs: report.run.workerMs,
      // maxRSS covers the whole process, worker threads included (kilobytes).
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function measureCompromise(corpus: string, tokens: number): Promise<{ seconds: number; tokensPerSecond: number }> {
  const nlp = (await import('compromise')).default;
  const { files } = await listCorpusFiles(corpus);
  const texts: string[] = [];
  for await (const entry of readCorpus(files, { maxBytes: 5 * 1024 * 1024 })) if (entry.input) texts.push(entry.input.text);
  const t0 = performance.now();
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (found === 0) throw new Error('compromise found nothing: the comparison would be meaningless');
  return { seconds, tokensPerSecond: tokens / seconds };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const corpus = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '../shared/data/bbc-news';
  const stages = arg('--stages')?.split(',');
  const childWorkers = arg('--child');
  if (childWorkers) {
    process.stdout.write(JSON.stringify(await measureRun(corpus, Number(childWorkers), stages)));
    return;
  }
  const repeats = Number(arg('--runs') ?? 1);
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error('--runs must be a positive integer');
  const runs: Measurement[] = [];
  const ranges: string[] = [];
  for (const workers of [...new Set([1, availableParallelism()])]) {
    const args = [self, corpus, '--child', String(workers), ...(stages ? ['--stages', stages.join(',')] : [])];
    const all: Measurement[] = [];
    for (let i = 1; i <= repeats; i++) {
      process.stderr.write(`bench: ${workers} worker(s), run ${i} of ${repeats}…\n`);
      all.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 })) as Measurement);
    }
    all.sort((a, b) => a.seconds - b.seconds);
    runs.push(all[(all.length - 1) >> 1] as Measurement);
    if (repeats > 1) {
      const range = (f: (m: Measurement) => number): string => {
        const values = all.map(f);
        return `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;
      };
      ranges.push(
        // Stage and busy times are summed over workers, so tokens per summed second is per worker.
        `${workers} worker${workers === 1 ? '' : 's'}, ${repeats} runs: ${range((m) => m.tokens / m.seconds / m.workers)} tokens/s per worker (wall), ` +
          `${range((m) => m.tokens / (stageSum(m) / 1000))} (sum of stage time), ${range((m) => m.tokens / (m.workerMs / 1000))} (worker busy time).`,
      );
    }
  }
  const base = runs[0] as Measurement;
  process.stderr.write('bench: compromise alone…\n');
  const compromise = await measureCompromise(corpus, base.tokens);

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines: string[] = [];
  lines.push(`Corpus: ${corpus} — ${fmt(base.documents)} documents, ${fmt(base.tokens)} tokens, ${base.failed} failed`);
  lines.push(`Machine: ${availableParallelism()} cores (${cpu}), ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`);
  lines.push('');
  lines.push('| workers | documents/s | tokens/s | tokens/s per worker | peak RSS (MB) | wall time (s) |');
  lines.push('|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    lines.push(`| ${r.workers} | ${fmt(r.documents / r.seconds, 1)} | ${fmt(r.tokens / r.seconds)} | ${fmt(r.tokens / r.seconds / r.workers)} | ${fmt(r.peakRssMb)} | ${fmt(r.seconds, 2)} |`);
  }
  if (ranges.length > 0) lines.push('', 'Rows above are the runs of median wall time. All runs:', '', ...ranges.map((r) => `- ${r}`));
  lines.push('');
  const total = stageSum(base);
  lines.push('Stage share of annotation time (1 worker):');
  lines.push('');
  lines.push('| stage | ms | share | tokens/s in the stage |');
  lines.push('|---|---:|---:|---:|');
  for (const [stage, ms] of Object.entries(base.stageMs)) {
    lines.push(`| ${stage} | ${fmt(ms)} | ${fmt((ms / total) * 100, 1)}% | ${fmt(base.tokens / (ms / 1000))} |`);
  }
  if (base.stageMs['claims'] !== undefined) {
    const others = total - base.stageMs['claims'];
    lines.push('');
    lines.push(`claims adds ${fmt((base.stageMs['claims'] / others) * 100, 1)}% to the time of the stages before it.`);
  }
  // Stage time excludes worker start-up (loading models), as the compromise timing does. The
  // worker's busy time adds what every document also costs: schema validation and serialisation.
  const perWorker = base.tokens / (total / 1000);
  const perWorkerBusy = base.tokens / (base.workerMs / 1000);
  lines.push('');
  lines.push(`Annotation speed per worker (sum of stage time, 1 worker): ${fmt(perWorker)} tokens/s.`);
  lines.push(`Worker speed (stages + schema validation + JSON serialisation, 1 worker): ${fmt(perWorkerBusy)} tokens/s (${fmt(base.workerMs)} ms busy).`);
  lines.push(`compromise alone (people/places/organizations, 1 thread): ${fmt(compromise.tokensPerSecond)} tokens/s.`);
  lines.push(`Ratio newsmark / compromise: ${fmt(perWorker / compromise.tokensPerSecond, 1)}× (stage time), ${fmt(perWorkerBusy / compromise.tokensPerSecond, 1)}× (worker busy time).`);
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
