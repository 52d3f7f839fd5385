/**
 * Order-independence check: `npm run check:order -- <corpusDir> [--stages a,b]`.
 *
 * Annotates every document of the corpus in one process, first in corpus order and then in
 * reverse order (so the second pass runs after the stages have seen every document), and prints
 * how many documents came out differently. Output that depends on what a worker read before
 * would make runs with a worker pool non-deterministic.
 */
import { createPipeline } from '../pipeline/pipeline.js';
import { listCorpusFiles, readCorpus } from '../pipeline/corpus.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const corpus = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
  if (!corpus) throw new Error('usage: npm run check:order -- <corpusDir> [--stages tokenize,entities]');
  const stages = (arg('--stages') ?? 'tokenize').split(',');
  const { files } = await listCorpusFiles(corpus);
  const docs: Array<{ id: string; text: string }> = [];
  for await (const entry of readCorpus(files, { maxBytes: 5 * 1024 * 1024 })) if (entry.input) docs.push({ id: entry.input.id, text: entry.input.text });
  const pipeline = await createPipeline({ stages });
  const annotate = (text: string): string => {
    const doc = pipeline.annotate(text);
    return JSON.stringify({ ...doc, pipeline: undefined });
  };
  const forward = docs.map((d) => annotate(d.text));
  const differing: string[] = [];
  for (let i = docs.length - 1; i >= 0; i--) if (annotate((docs[i] as { text: string }).text) !== forward[i]) differing.push((docs[i] as { id: string }).id);
  process.stdout.write(`${corpus}: ${docs.length} documents, stages ${stages.join(',')}; ${differing.length} differ between forward and reverse order\n`);
  for (const id of differing.reverse().slice(0, 20)) process.stdout.write(`  ${id}\n`);
  if (differing.length > 0) process.exitCode = 1;
}

await main();
