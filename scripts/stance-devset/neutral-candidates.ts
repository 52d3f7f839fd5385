// Candidates for eval/stance-neutral.jsonl: a random sample of the neutral-cue claims (said, told,
// according to, a colon…) that the pipeline finds in PolNeAR train and BBC politics documents with
// no item in eval/stance-dev.jsonl. Writes three batches of 300 (id, doc, offsets, source, content
// and the cue in its context) to the folder given, for labelling outside the repository (the
// context is research-only text and is not committed). With --test, writes instead the next 300
// of the same shuffle (test.jsonl), the candidates of eval/stance-neutral-test.jsonl: a set drawn
// after the rules of stance 1.3.0 were written, labelled by two annotators, used only to measure.
// With --any-cue, writes any-cue.jsonl: 300 claims with ANY cue (specific or neutral), drawn with
// another seed from the same documents, skipping claims already in the neutral sets: the
// candidates of eval/stance-any-test.jsonl, drawn after the rules of stance 1.4.0 were written.
// With --any-dev, writes the next 600 of that shuffle as three batches of 200 (any-dev0..2.jsonl):
// the candidates of eval/stance-any-dev.jsonl, a development set with the label mix of news text.
//   npx tsx scripts/stance-devset/neutral-candidates.ts <outDir> [--test | --any-cue | --any-dev]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DATA_ROOT } from './common.js';
import { createHash } from 'node:crypto';
import { createPipeline } from '../../pipeline/pipeline.js';
import { decodeBytes } from '../../pipeline/decode.js';
const root = DATA_ROOT;
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: neutral-candidates.ts <outDir>');
mkdirSync(outDir, { recursive: true });
const devDocs = new Set(readFileSync('eval/stance-dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).doc as string));
const dirs = ['polnear/train/text', 'bbc-news/politics'];
const anyDev = process.argv.includes('--any-dev');
const anyCue = anyDev || process.argv.includes('--any-cue');
const taken = new Set(
  ['eval/stance-neutral.jsonl', 'eval/stance-neutral-test.jsonl'].flatMap((f) =>
    readFileSync(f, 'utf8').trim().split('\n').map((l) => { const o = JSON.parse(l); return `${o.doc}:${o.cueStart}:${o.cueEnd}`; })),
);
const p = await createPipeline({});
const out: object[] = [];
for (const d of dirs) for (const f of readdirSync(`${root}/${d}`).sort()) {
  const doc = `${d}/${f}`;
  if (!f.endsWith('.txt') || devDocs.has(doc)) continue;
  const text = decodeBytes(readFileSync(`${root}/${doc}`)).text;
  let a; try { a = p.annotate(text); } catch { continue; }
  const claims = new Map((a.claims ?? []).map((c) => [c.id, c]));
  const sents = a.sentences ?? [];
  for (const s of a.stances ?? []) {
    const c = claims.get(s.claim)!;
    if (!c.cue || (!anyCue && !/\(neutral/.test(s.evidence[0] ?? ''))) continue;
    if (anyCue && taken.has(`${doc}:${c.cue.start}:${c.cue.end}`)) continue;
    const sIdx = sents.findIndex((x) => x.start <= c.cue!.start && c.cue!.start < x.end);
    const from = sents[Math.max(0, sIdx - 1)]?.start ?? 0;
    const to = sents[Math.min(sents.length - 1, sIdx + 1)]?.end ?? text.length;
    const ctx = (text.slice(from, c.cue.start) + '[[' + text.slice(c.cue.start, c.cue.end) + ']]' + text.slice(c.cue.end, to)).replace(/\s+/g, ' ');
    const id = createHash('sha1').update(`${doc}:${c.cue.start}:${c.cue.end}`).digest('hex').slice(0, 7);
    out.push({ id, doc, cueStart: c.cue.start, cueEnd: c.cue.end, source: c.source.text, content: c.content.map((x) => x.text).join(' … ').replace(/\s+/g, ' '), context: ctx });
  }
}
// Seeded shuffle (mulberry32) so the sample is reproducible.
let seed = anyCue ? 20261123 : 20261122;
const rnd = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
console.log(out.length, anyCue ? 'claims' : 'neutral-cue claims');
if (anyDev) for (let k = 0; k < 3; k++) writeFileSync(`${outDir}/any-dev${k}.jsonl`, out.slice(300 + k * 200, 300 + (k + 1) * 200).map((o) => JSON.stringify(o)).join('\n') + '\n');
else if (anyCue) writeFileSync(`${outDir}/any-cue.jsonl`, out.slice(0, 300).map((o) => JSON.stringify(o)).join('\n') + '\n');
else if (process.argv.includes('--test')) writeFileSync(`${outDir}/test.jsonl`, out.slice(900, 1200).map((o) => JSON.stringify(o)).join('\n') + '\n');
else for (let k = 0; k < 3; k++) writeFileSync(`${outDir}/batch${k}.jsonl`, out.slice(k * 300, (k + 1) * 300).map((o) => JSON.stringify(o)).join('\n') + '\n');
