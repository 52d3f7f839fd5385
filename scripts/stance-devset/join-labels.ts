// Joins candidate batches (from neutral-candidates.ts) with their annotators' label files into an
// evaluation set of { doc, cueStart, cueEnd, label }, dropping `skip`:
//   npx tsx scripts/stance-devset/join-labels.ts <out.jsonl> <candidates.jsonl>=<labels.jsonl> ...
// Every candidate must have exactly one label and every label a candidate, or nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';

interface Candidate {
  id: string;
  doc: string;
  cueStart: number;
  cueEnd: number;
}

const LABELS = new Set(['condemnation', 'vow', 'analysis', 'warning', 'appeal', 'denial', 'support', 'statement', 'skip']);
const [out, ...pairs] = process.argv.slice(2);
if (!out || pairs.length === 0 || pairs.some((p) => !p.includes('='))) {
  throw new Error('usage: join-labels.ts <out.jsonl> <candidates.jsonl>=<labels.jsonl> ...');
}
const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);
const lines: string[] = [];
const counts = new Map<string, number>();
for (const pair of pairs) {
  const [candidateFile, labelFile] = pair.split('=') as [string, string];
  const candidates = readJsonl<Candidate>(candidateFile);
  const labels = new Map<string, string>();
  for (const { id, label } of readJsonl<{ id: string; label: string }>(labelFile)) {
    if (labels.has(id)) throw new Error(`${labelFile}: id ${id} labelled twice`);
    if (!LABELS.has(label)) throw new Error(`${labelFile}: id ${id} has unknown label "${label}"`);
    labels.set(id, label);
  }
  if (labels.size !== candidates.length) throw new Error(`${labelFile}: ${labels.size} labels for ${candidates.length} candidates`);
  for (const c of candidates) {
    const label = labels.get(c.id);
    if (label === undefined) throw new Error(`${labelFile}: no label for candidate ${c.id}`);
    counts.set(label, (counts.get(label) ?? 0) + 1);
    if (label !== 'skip') lines.push(JSON.stringify({ doc: c.doc, cueStart: c.cueStart, cueEnd: c.cueEnd, label }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${out}: ${lines.length} items;`, [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', '));
