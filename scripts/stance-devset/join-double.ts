// Joins candidate batches labelled by two annotators each into a doubly annotated file,
// eval/stance-<set>-annotators.jsonl: one line per candidate with both labels (`a`, `b`, `skip`
// kept) and, where given, both certainties and negations; offsets only, no text. Then
// `agreement.ts <set> --write` makes the evaluation set from the items both labelled alike.
//   npx tsx scripts/stance-devset/join-double.ts <set> <candidates.jsonl>=<labelsA.jsonl>,<labelsB.jsonl> ...
// Every candidate must have exactly one label per annotator, or nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { LABELS } from './common.js';

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

const KNOWN = new Set<string>([...LABELS, 'skip']);
const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);

/** One annotator's labels by candidate id, checked against the candidates. */
function labelsOf(file: string, candidates: readonly Candidate[]): Map<string, Labelled> {
  const byId = new Map<string, Labelled>();
  for (const l of readJsonl<Labelled>(file)) {
    if (byId.has(l.id)) throw new Error(`${file}: id ${l.id} labelled twice`);
    if (!KNOWN.has(l.label)) throw new Error(`${file}: id ${l.id} has unknown label "${l.label}"`);
    if (l.certainty !== undefined && l.certainty !== 'asserted' && l.certainty !== 'hedged') {
      throw new Error(`${file}: id ${l.id} has unknown certainty "${l.certainty}"`);
    }
    byId.set(l.id, l);
  }
  const missing = candidates.filter((c) => !byId.has(c.id));
  if (missing.length > 0 || byId.size !== candidates.length) {
    throw new Error(`${file}: ${byId.size} labels for ${candidates.length} candidates (${missing.length} missing)`);
  }
  return byId;
}

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
  const [a, b] = [labelsOf(fileA, candidates), labelsOf(fileB, candidates)];
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
