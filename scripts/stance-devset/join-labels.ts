// Joins candidate batches (from neutral-candidates.ts) with their annotators' label files into an
// evaluation set of { doc, cueStart, cueEnd, label } (with `certainty` and `negated` when the
// label files give them), dropping `skip`:
//   npx tsx scripts/stance-devset/join-labels.ts <out.jsonl> <candidates.jsonl>=<labels.jsonl> ...
// Every candidate must have exactly one label and every label a candidate, or nothing is written.
import { writeFileSync } from 'node:fs';
import { readJsonl, readLabels, type Candidate, type Labelled } from './common.js';

const [out, ...pairs] = process.argv.slice(2);
if (!out || pairs.length === 0 || pairs.some((p) => !p.includes('='))) {
  throw new Error('usage: join-labels.ts <out.jsonl> <candidates.jsonl>=<labels.jsonl> ...');
}
const lines: string[] = [];
const counts = new Map<string, number>();
for (const pair of pairs) {
  const [candidateFile, labelFile] = pair.split('=') as [string, string];
  const candidates = readJsonl<Candidate>(candidateFile);
  const labels = readLabels(labelFile, candidates);
  for (const c of candidates) {
    const l = labels.get(c.id) as Labelled;
    counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
    if (l.label === 'skip') continue;
    lines.push(JSON.stringify({ doc: c.doc, cueStart: c.cueStart, cueEnd: c.cueEnd, label: l.label, certainty: l.certainty, negated: l.negated }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${out}: ${lines.length} items;`, [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', '));
