// Joins candidate batches (from neutral-candidates.ts) with their annotators' label files into an
// evaluation set of { doc, cueStart, cueEnd, label } (with `certainty` and `negated` when the
// label files give them), dropping `skip`:
//   npx tsx scripts/stance-devset/join-labels.ts <out.jsonl> <candidates.jsonl>=<labels.jsonl> ...
// Every candidate must have exactly one label and every label a candidate, or nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';

interface Candidate {
  id: string;
  doc: string;
  cueStart: number;
  cueEnd: number;
}

interface Labelled {
  id: string;
  label: string;
  certainty?: string;
  negated?: boolean;
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
  const labels = new Map<string, Labelled>();
  for (const l of readJsonl<Labelled>(labelFile)) {
    if (labels.has(l.id)) throw new Error(`${labelFile}: id ${l.id} labelled twice`);
    if (!LABELS.has(l.label)) throw new Error(`${labelFile}: id ${l.id} has unknown label "${l.label}"`);
    labels.set(l.id, l);
  }
  if (labels.size !== candidates.length) throw new Error(`${labelFile}: ${labels.size} labels for ${candidates.length} candidates`);
  for (const c of candidates) {
    const l = labels.get(c.id);
    if (l === undefined) throw new Error(`${labelFile}: no label for candidate ${c.id}`);
    counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
    if (l.label === 'skip') continue;
    lines.push(JSON.stringify({ doc: c.doc, cueStart: c.cueStart, cueEnd: c.cueEnd, label: l.label, certainty: l.certainty, negated: l.negated }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${out}: ${lines.length} items;`, [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', '));
