// Joins candidate batches labelled by two annotators each into a doubly annotated file,
// eval/stance-<set>-annotators.jsonl: one line per candidate with both labels (`a`, `b`, `skip`
// kept) and, where given, both certainties and negations; offsets only, no text. Then
// `agreement.ts <set> --write` makes the evaluation set from the items both labelled alike.
//   npx tsx scripts/stance-devset/join-double.ts <set> <candidates.jsonl>=<labelsA.jsonl>,<labelsB.jsonl> ...
// Every candidate must have exactly one label per annotator, or nothing is written.
import { writeFileSync } from 'node:fs';
import { readJsonl, readLabels, type Candidate, type Labelled } from './common.js';

const [set, ...pairs] = process.argv.slice(2);
if (!set || pairs.length === 0 || pairs.some((p) => !/^[^=]+=[^,]+,[^,]+$/.test(p))) {
  console.error('usage: join-double.ts <set> <candidates.jsonl>=<labelsA.jsonl>,<labelsB.jsonl> ...');
  process.exit(2);
}
const lines: string[] = [];
for (const pair of pairs) {
  const [candidateFile, rest] = pair.split('=') as [string, string];
  const [fileA, fileB] = rest.split(',') as [string, string];
  const candidates = readJsonl<Candidate>(candidateFile);
  const [a, b] = [readLabels(fileA, candidates), readLabels(fileB, candidates)];
  for (const c of candidates) {
    const [la, lb] = [a.get(c.id) as Labelled, b.get(c.id) as Labelled];
    lines.push(
      JSON.stringify({
        doc: c.doc,
        cueStart: c.cueStart,
        cueEnd: c.cueEnd,
        a: la.label,
        b: lb.label,
        aCertainty: la.certainty,
        bCertainty: lb.certainty,
        aNegated: la.negated,
        bNegated: lb.negated,
      }),
    );
  }
}
const out = `eval/stance-${set}-annotators.jsonl`;
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${out}: ${lines.length} items`);
