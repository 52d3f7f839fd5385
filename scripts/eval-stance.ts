/**
 * Stance quality on a labelled development set (research-only texts, read in place, never copied):
 *
 *   npm run eval:stance -- [eval/stance-dev.jsonl] [--data ../shared/data] [--errors] [--dump out.jsonl]
 *
 * The labels file is JSONL, one item per line: `{ doc, cueStart, cueEnd, label, certainty, negated }`
 * (`certainty` and `negated` may be left out: eval/stance-neutral.jsonl labels the act only)
 * where `doc` is a path relative to the data folder (e.g. `polnear/train/text/x.txt`,
 * `bbc-news/politics/001.txt`) and [cueStart, cueEnd) the UTF-16 offsets of the claim's cue in the
 * decoded text. Each document is annotated with the full default pipeline; an item is matched to
 * the claim whose cue overlaps its cue most. Prints the share of items found, accuracy on found
 * items, per-label precision, recall and F1, macro-F1 over the eight labels, the confusion matrix,
 * and certainty and negation accuracy. `--errors` lists the misclassified items.
 * `--dump` writes one JSON line per item (gold, prediction, evidence, the matched claim's cue,
 * source and content) for error analysis.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes } from '../pipeline/decode.js';
import { LABELS, type Item, type Label } from './stance-devset/common.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { defaultStageNames } from '../stages/index.js';
import type { NewsmarkDocument } from '../pipeline/document-types.js';


const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const positional = args.filter((a, n) => !a.startsWith('--') && !(n > 0 && (args[n - 1] === '--data' || args[n - 1] === '--dump')));
const labelsFile = positional[0] ?? 'eval/stance-dev.jsonl';
const dataDir = path.resolve(option('--data', '../shared/data'));
const showErrors = args.includes('--errors');
const dumpFile = option('--dump', '');

const items: Item[] = (await readFile(labelsFile, 'utf8'))
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '')
  .map((line, n) => {
    const item = JSON.parse(line) as Item;
    if (!LABELS.includes(item.label)) throw new Error(`${labelsFile}:${n + 1}: unknown label "${item.label}"`);
    return item;
  });

const stages = defaultStageNames.includes('stance') ? [...defaultStageNames] : [...defaultStageNames, 'stance'];
const pipeline = await createPipeline({ stages });

const byDoc = new Map<string, Item[]>();
for (const item of items) {
  const list = byDoc.get(item.doc) ?? [];
  list.push(item);
  byDoc.set(item.doc, list);
}

interface Outcome {
  item: Item;
  found: boolean;
  label?: Label;
  certainty?: string;
  negated?: boolean;
  evidence?: string[];
  cueText?: string;
  context?: string;
  claim?: { source: string | null; cue: string; content: string };
}
const outcomes: Outcome[] = [];
const started = Date.now();
for (const [doc, docItems] of byDoc) {
  const { text } = decodeBytes(await readFile(path.join(dataDir, doc)));
  let annotated: NewsmarkDocument;
  try {
    annotated = pipeline.annotate(text);
  } catch (error) {
    console.error(`${doc}: ${(error as Error).message}`);
    for (const item of docItems) outcomes.push({ item, found: false });
    continue;
  }
  const claims = annotated.claims ?? [];
  const stances = new Map((annotated.stances ?? []).map((s) => [s.claim, s]));
  for (const item of docItems) {
    let best: { id: string; overlap: number } | null = null;
    for (const claim of claims) {
      if (!claim.cue) continue;
      const overlap = Math.min(claim.cue.end, item.cueEnd) - Math.max(claim.cue.start, item.cueStart);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: claim.id, overlap };
    }
    const stance = best ? stances.get(best.id) : undefined;
    const claim = best ? claims.find((c) => c.id === best.id) : undefined;
    const context = text.slice(Math.max(0, item.cueStart - 120), Math.min(text.length, item.cueEnd + 160)).replace(/\s+/g, ' ');
    if (!stance) outcomes.push({ item, found: false, context, cueText: text.slice(item.cueStart, item.cueEnd) });
    else
      outcomes.push({
        item,
        found: true,
        label: stance.label,
        certainty: stance.certainty,
        negated: stance.negated,
        evidence: stance.evidence,
        cueText: text.slice(item.cueStart, item.cueEnd),
        context,
        ...(claim ? { claim: { source: claim.source.text, cue: claim.cue?.text ?? '', content: claim.content.map((c) => c.text).join(' … ') } } : {}),
      });
  }
}

const found = outcomes.filter((o) => o.found);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number): string => x.toFixed(3);
console.log(`stance evaluation: ${labelsFile} (${items.length} items, ${byDoc.size} documents, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`claims found (a claim's cue overlaps the item's cue): ${found.length}/${items.length} = ${pct(found.length / Math.max(1, items.length))}`);
const correct = found.filter((o) => o.label === o.item.label).length;
console.log(`label accuracy on found items: ${correct}/${found.length} = ${pct(correct / Math.max(1, found.length))}`);

console.log('\nlabel          gold  pred    P      R      F1');
let macro = 0;
const f1s: Record<string, number> = {};
for (const label of LABELS) {
  const tp = found.filter((o) => o.label === label && o.item.label === label).length;
  const pred = found.filter((o) => o.label === label).length;
  const gold = found.filter((o) => o.item.label === label).length;
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  f1s[label] = f1;
  macro += f1;
  console.log(`${label.padEnd(14)} ${String(gold).padStart(4)}  ${String(pred).padStart(4)}  ${f3(p)}  ${f3(r)}  ${f3(f1)}`);
}
console.log(`macro-F1 (eight labels): ${f3(macro / LABELS.length)}`);
console.log(`targets: condemnation ${f3(f1s.condemnation ?? 0)}, vow ${f3(f1s.vow ?? 0)}, analysis ${f3(f1s.analysis ?? 0)} (goal >= 0.85); macro (goal >= 0.80)`);

console.log('\nconfusion matrix (rows gold, columns predicted):');
const short = (l: string): string => l.slice(0, 6).padStart(7);
console.log(`${''.padEnd(13)}${LABELS.map(short).join('')}`);
for (const gold of LABELS) {
  const row = LABELS.map((pred) => String(found.filter((o) => o.item.label === gold && o.label === pred).length).padStart(7));
  console.log(`${gold.padEnd(13)}${row.join('')}`);
}

// Sets labelled for the label only (eval/stance-neutral.jsonl) carry no certainty or negation.
const withCertainty = found.filter((o) => o.item.certainty !== undefined);
const withNegation = found.filter((o) => o.item.negated !== undefined);
if (withCertainty.length > 0) {
  const ok = withCertainty.filter((o) => o.certainty === o.item.certainty).length;
  const gold = withCertainty.filter((o) => o.item.certainty === 'hedged').length;
  const pred = withCertainty.filter((o) => o.certainty === 'hedged').length;
  const both = withCertainty.filter((o) => o.certainty === 'hedged' && o.item.certainty === 'hedged').length;
  console.log(`\ncertainty accuracy: ${pct(ok / withCertainty.length)} (hedged: gold ${gold}, predicted ${pred}, both ${both})`);
}
if (withNegation.length > 0) {
  const ok = withNegation.filter((o) => o.negated === o.item.negated).length;
  const gold = withNegation.filter((o) => o.item.negated).length;
  const pred = withNegation.filter((o) => o.negated).length;
  const both = withNegation.filter((o) => o.negated && o.item.negated).length;
  console.log(`negation accuracy:  ${pct(ok / withNegation.length)} (negated: gold ${gold}, predicted ${pred}, both ${both})`);
}

if (showErrors) {
  console.log('\nmisclassified items:');
  for (const o of outcomes) {
    if (o.found && o.label === o.item.label) continue;
    console.log(`- ${o.item.doc}@${o.item.cueStart} "${o.cueText ?? ''}" gold=${o.item.label} pred=${o.found ? o.label : 'NOT FOUND'} ${o.evidence?.join(' ') ?? ''}\n    ${o.context ?? ''}`);
  }
}

if (dumpFile) {
  const lines = outcomes.map((o) =>
    JSON.stringify({ ...o.item, found: o.found, pred: o.label ?? null, evidence: o.evidence ?? [], cueText: o.cueText ?? '', ...(o.claim ? { claim: o.claim } : {}) }),
  );
  await writeFile(dumpFile, lines.join('\n') + '\n');
  console.log(`\nwrote ${outcomes.length} items to ${dumpFile}`);
}
