import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAssignments } from './config.js';
import { isUsageError } from './errors.js';
import { packageInfo } from './paths.js';
import { createProgressView } from './progress.js';
import { annotateCorpus } from './run-corpus.js';
import { validateDocument } from './validate.js';

/** Exit codes: every document annotated, some failed, usage or configuration error. */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2 } as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

interface AnnotateFlags {
  out: string;
  workers?: number;
  config?: string;
  set: string[];
  stages?: string;
  force?: boolean;
  timeout?: number;
  maxBytes?: number;
}

async function runAnnotate(corpus: string, flags: AnnotateFlags): Promise<number> {
  const view = createProgressView();
  try {
    const report = await annotateCorpus(corpus, {
      out: flags.out,
      workers: flags.workers,
      config: flags.config,
      set: parseAssignments(flags.set),
      stages: flags.stages?.split(',').map((s) => s.trim()).filter(Boolean),
      force: flags.force,
      timeoutMs: flags.timeout,
      maxBytes: flags.maxBytes,
      onProgress: (p) => view.update(p),
    });
    view.stop();
    const { counts, run } = report;
    process.stderr.write(
      `newsmark: ${counts.documents} documents (${counts.ok} ok, ${counts.failed} failed, ${counts.reused} up to date) in ${formatSeconds(run.durationMs)}, ${run.documentsPerSecond} docs/s → ${flags.out}\n`,
    );
    for (const doc of report.documents.filter((d) => d.status === 'failed').slice(0, 20)) {
      process.stderr.write(`  failed ${doc.id}: ${doc.error?.code} ${doc.error?.stage ? `[${doc.error.stage}] ` : ''}${doc.error?.message.split('\n')[0]}\n`);
    }
    if (counts.failed > 20) process.stderr.write(`  … and ${counts.failed - 20} more (see ${path.join(flags.out, 'manifest.json')})\n`);
    return counts.failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  } catch (error) {
    view.stop();
    process.stderr.write(`newsmark: ${(error as Error).message}\n`);
    return isUsageError(error) ? EXIT.USAGE : EXIT.SOME_FAILED;
  }
}

async function listJsonFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listJsonFiles(dir, r)));
    else if (entry.name.endsWith('.json') && r !== 'manifest.json') out.push(r);
  }
  return out;
}

async function runValidate(outDir: string): Promise<number> {
  let files: string[];
  try {
    files = await listJsonFiles(outDir);
  } catch (error) {
    process.stderr.write(`newsmark: cannot read ${outDir}: ${(error as Error).message}\n`);
    return EXIT.USAGE;
  }
  let invalid = 0;
  let checked = 0;
  const report = (where: string, errors: string[]): void => {
    invalid++;
    process.stdout.write(`${where}: ${errors.slice(0, 5).join('; ')}\n`);
  };
  for (const file of files) {
    checked++;
    try {
      const result = validateDocument(JSON.parse(await readFile(path.join(outDir, file), 'utf8')));
      if (!result.valid) report(file, result.errors);
    } catch (error) {
      report(file, [(error as Error).message]);
    }
  }
  try {
    const lines = (await readFile(path.join(outDir, 'annotations.jsonl'), 'utf8')).split('\n').filter((l) => l !== '');
    lines.forEach((line, i) => {
      checked++;
      try {
        const result = validateDocument(JSON.parse(line));
        if (!result.valid) report(`annotations.jsonl:${i + 1}`, result.errors);
      } catch (error) {
        report(`annotations.jsonl:${i + 1}`, [(error as Error).message]);
      }
    });
  } catch {
    process.stderr.write(`newsmark: no annotations.jsonl in ${outDir}\n`);
  }
  process.stderr.write(`newsmark: ${checked} documents checked, ${invalid} invalid\n`);
  return invalid > 0 || checked === 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.OK;
  const program = new Command()
    .name('newsmark')
    .description('Annotate English news articles: sentences, tokens, entities, claims and stance, as schema-validated JSON.')
    .version(packageInfo.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run newsmark --help for usage)');

  program
    .command('annotate')
    .description('annotate every .txt, .md, .json and .jsonl document under <corpusDir>')
    .argument('<corpusDir>', 'folder of articles (read recursively)')
    .requiredOption('-o, --out <outDir>', 'output folder')
    .option('-w, --workers <n>', 'worker threads (default: one per core)', positiveInt)
    .option('-c, --config <file>', 'JSON config: {"stages": [...], "<stage>": {options}}')
    .option('-s, --set <stage.option=value>', 'override one stage option (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--stages <list>', 'comma-separated stage list (default: all built-in stages)')
    .option('-f, --force', 're-annotate documents whose output is up to date')
    .option('--timeout <ms>', 'per-document time limit in milliseconds (default 30000)', positiveInt)
    .option('--max-bytes <n>', 'size limit per document in bytes (default 5242880)', positiveInt)
    .addHelpText(
      'after',
      '\nExit codes: 0 every document annotated, 1 some documents failed (the rest are written), 2 usage or config error.\n\nExample:\n  newsmark annotate corpus --out output --workers 2',
    )
    .action(async (corpus: string, flags: AnnotateFlags) => {
      exitCode = await runAnnotate(corpus, flags);
    });

  program
    .command('validate')
    .description('re-validate every document written in <outDir> against the schema')
    .argument('<outDir>', 'an output folder of newsmark annotate')
    .action(async (outDir: string) => {
      exitCode = await runValidate(outDir);
    });

  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.USAGE;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    throw error;
  }
}
