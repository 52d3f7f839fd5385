// Candidates for eval/stance-strat-test.jsonl: a held-out set drawn the way the stance issue
// describes its development set (PolNeAR gold cues plus BBC politics cue matches, every label
// represented), from documents outside eval/stance-dev.jsonl and cues in no other eval set. Candidates are drawn per
// cue group (a regex on the cue text; the groups aim at each label, plus a group of neutral cues
// and one of any cue at all), with a fixed seed, and written as two batches to the folder given,
// for labelling outside the repository (the context is research-only text and is not committed).
// With --dev, draws the candidates of eval/stance-strat-dev.jsonl instead: the same design with
// other seeds, from documents outside both eval/stance-dev.jsonl and eval/stance-strat-test.jsonl
// (a set to develop on, so that the test set stays held out), written as strat-dev0/1.jsonl.
// With --dev2, draws eval/stance-strat-dev2.jsonl: again other seeds, from documents outside
// stance-dev, the strat test set and stance-strat-dev, written as strat-dev2-0/1.jsonl.
//   npx tsx scripts/stance-devset/strat-candidates.ts <outDir> [--dev | --dev2]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbcDocs as allBbcDocs, candidateId, shuffle } from './candidates.js';
import { polnearCues, readDoc, type Candidate as Base } from './common.js';
import { createPipeline } from '../../pipeline/pipeline.js';

/** Cue groups: name, regex on the cue text. Order matters: a cue goes to the first group it matches. */
const CUE_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['condemn', /\b(condemn|denounc|critici[sz]|attack|accus|blam|slam|blast|lambast|decr[iy]|assail|castigat|rebuk|chastis|scold|mock|ridicul|deplor)/i],
  ['vow', /\b(vow|pledg|promis|commit|swear|swore|sworn|guarante)/i],
  ['warn', /\b(warn|threat|caution)/i],
  ['appeal', /\b(urg|call|demand|appeal|ask|plead|press|request|implor)/i],
  ['deny', /\b(den[iy]|reject|dismiss|refut|disput|rebut|rebuff)/i],
  ['support', /\b(support|endors|prais|back|welcom|defend|applaud|hail|commend|laud|congratul)/i],
  ['analysis', /\b(predict|expect|believ|think|thought|estimat|forecast|suggest|anticipat|assess|fear|worr|concern|doubt|speculat|reckon|conclud)/i],
  ['neutral', /^(said|says|say|saying|told|tells|tell|added|adds|noted|notes|stated|states|explained|according to|wrote|writes|insisted|argued|:)$/i],
];
const PER_GROUP_POLNEAR = 36;
const PER_GROUP_BBC = 12;
/** The rarer acts get more BBC matches: PolNeAR has few warning and denial cues outside the dev set. */
const BBC_EXTRA: Readonly<Record<string, number>> = { warn: 24, deny: 20 };
const ANY_POLNEAR = 50;
const DEV2 = process.argv.includes('--dev2');
const DEV = DEV2 || process.argv.includes('--dev');
const SEED = DEV2 ? 20261126 : DEV ? 20261125 : 20261124;

interface Candidate extends Base {
  group: string;
  context: string;
}

/**
 * The documents of eval/stance-dev.jsonl (and with --dev of the strat test set) and the cues
 * (doc:start) of every eval/*.jsonl set.
 */
function taken(): { docs: Set<string>; cues: Set<string> } {
  const docs = new Set<string>();
  const cues = new Set<string>();
  // Each draw leaves out the sets written after it (the test set: every stance-strat-* file; the
  // first development set: both stance-strat-dev* files; the second: its own), so that re-running
  // it gives the same candidates.
  const later = (n: string): boolean => (DEV2 ? n.startsWith('stance-strat-dev2') : DEV ? n.startsWith('stance-strat-dev') : n.startsWith('stance-strat-'));
  const sets = readdirSync('eval').filter((n) => n.endsWith('.jsonl') && !later(n));
  for (const f of sets) {
    for (const line of readFileSync(join('eval', f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { doc: string; cueStart: number };
      cues.add(`${item.doc}:${item.cueStart}`);
      if (f === 'stance-dev.jsonl' || (DEV && f === 'stance-strat-test-annotators.jsonl') || (DEV2 && f === 'stance-strat-dev.jsonl')) docs.add(item.doc);
    }
  }
  return { docs, cues };
}

function groupOf(cue: string): string | undefined {
  return CUE_GROUPS.find(([, re]) => re.test(cue.trim()))?.[0];
}

/** The previous sentence, the cue's sentence with the cue in [[ ]], and the next sentence. */
function contextOf(sents: readonly { start: number; end: number }[], text: string, start: number, end: number): string {
  const i = Math.max(0, sents.findIndex((s) => s.start <= start && start < s.end));
  const from = sents[Math.max(0, i - 1)]?.start ?? 0;
  const to = sents[Math.min(sents.length - 1, i + 1)]?.end ?? text.length;
  return `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ').trim();
}

async function main(outDir: string): Promise<void> {
  const tokenizer = await createPipeline({ stages: ['tokenize'] });
  const { docs: used, cues: usedCues } = taken();
  const polnear = (['train', 'dev'] as const)
    .flatMap((s) => polnearCues(s))
    .filter((c) => !used.has(c.doc) && c.cue.trim() !== '');
  const bbcDocs = allBbcDocs().filter((d) => !used.has(d));
  const picked = new Map<string, Candidate>();
  const sentencesOf = new Map<string, readonly { start: number; end: number }[]>();
  const take = (group: string, doc: string, cueStart: number, cueEnd: number): void => {
    const id = candidateId(doc, cueStart, cueEnd);
    if (picked.has(id) || usedCues.has(`${doc}:${cueStart}`)) return;
    const text = readDoc(doc);
    let sents = sentencesOf.get(doc);
    if (!sents) sentencesOf.set(doc, (sents = tokenizer.annotate(text).sentences ?? []));
    picked.set(id, { id, group, doc, cueStart, cueEnd, context: contextOf(sents, text, cueStart, cueEnd) });
  };
  for (const [name] of CUE_GROUPS) {
    const pool = polnear.filter((c) => groupOf(c.cue) === name);
    for (const c of shuffle(pool, SEED).slice(0, PER_GROUP_POLNEAR)) take(name, c.doc, c.cueStart, c.cueEnd);
    console.error(`${name}: PolNeAR pool ${pool.length}`);
  }
  for (const c of shuffle(polnear, SEED + 1).slice(0, ANY_POLNEAR)) take('any', c.doc, c.cueStart, c.cueEnd);
  // BBC has no gold cues: whole-word matches of a group's words in the unused politics stories.
  for (const [name, re] of CUE_GROUPS) {
    const words = new RegExp(`\\b(?:${re.source.replace(/^\^\(|\)\$$/g, '').replace(/^\\b\(|\)$/g, '')})[a-z]*\\b`, 'gi');
    const pool: [string, number, number][] = [];
    for (const doc of bbcDocs) {
      for (const m of readDoc(doc).matchAll(words)) {
        if (m[0] !== ':') pool.push([doc, m.index, m.index + m[0].length]);
      }
    }
    for (const [doc, s, e] of shuffle(pool, SEED + 2).slice(0, BBC_EXTRA[name] ?? PER_GROUP_BBC)) take(name, doc, s, e);
    console.error(`${name}: BBC pool ${pool.length}`);
  }
  const all = shuffle([...picked.values()], SEED + 3);
  mkdirSync(outDir, { recursive: true });
  const half = Math.ceil(all.length / 2);
  [all.slice(0, half), all.slice(half)].forEach((batch, k) => {
    writeFileSync(join(outDir, `strat${DEV2 ? '-dev2-' : DEV ? '-dev' : ''}${k}.jsonl`), batch.map((c) => JSON.stringify(c)).join('\n') + '\n');
  });
  console.error(`${all.length} candidates from ${new Set(all.map((c) => c.doc)).size} documents; ${used.size} development-set documents left out`);
}

const outDir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!outDir) {
  console.error('usage: strat-candidates.ts <outDir>');
  process.exit(2);
}
await main(outDir);
