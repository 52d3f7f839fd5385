/**
 * Claim quality on PolNeAR (research-only data, read in place, never copied):
 *
 *   npm run eval:claims -- ../shared/data/polnear/dev [--dump claims.jsonl] [--stub-entities]
 *   npm run eval:claims -- --speed ../shared/data/bbc-news      (stage timings, not quality)
 *
 * For source, cue and content: exact-span P/R/F1 (spans compared after trimming white space,
 * quote marks and edge punctuation; a discontinuous span is compared by its outer extent) and
 * overlap P/R/F1 (one-to-one; a match covers at least half of the gold span), plus the share of
 * gold attributions whose cue was found (overlapped by a predicted cue). Predicted claims whose
 * source kind is `author` are left out. Gold: one annotator per article (smallest id); a gold
 * attribution without a Source counts for cue and content only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes } from '../pipeline/decode.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { Claim } from '../pipeline/document-types.js';
import { defineStage } from '../pipeline/stage.js';
import { readPolnear, type Range } from './mine-polnear.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dumpPath = option('--dump');
const limit = Number(option('--limit') ?? Infinity);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--dump', '--limit'].includes(args[i - 1] ?? ''));
const split = resolve(positional[0] ?? '../shared/data/polnear/dev');

// --speed DIR: time each stage over a folder of .txt files (e.g. ../shared/data/bbc-news), one
// process, after a warm-up pass; prints the claims stage's cost against the rest of the pipeline.
const speedDir = option('--speed');
if (speedDir) {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt') && entry.name !== 'README.TXT' && entry.name !== 'SOURCE.txt') files.push(full);
    }
  };
  walk(resolve(speedDir));
  const texts = files.map((f) => decodeBytes(readFileSync(f)).text).filter((t) => t.trim().length > 0);
  const speedPipeline = await createPipeline({ stages: ['tokenize', 'entities', 'claims'] });
  for (const text of texts.slice(0, 50)) speedPipeline.annotate(text); // warm-up
  const total: Record<string, number> = {};
  let tokens = 0;
  let claimCount = 0;
  for (const text of texts) {
    const { doc, timings } = speedPipeline.annotateTimed(text);
    for (const [stage, ms] of Object.entries(timings)) total[stage] = (total[stage] ?? 0) + ms;
    tokens += doc.tokens?.length ?? 0;
    claimCount += doc.claims?.length ?? 0;
  }
  const others = Object.entries(total).filter(([s]) => s !== 'claims').reduce((a, [, ms]) => a + ms, 0);
  console.log(`${texts.length} documents, ${tokens} tokens, ${claimCount} claims`);
  for (const [stage, ms] of Object.entries(total)) console.log(`${stage.padEnd(9)} ${ms.toFixed(0).padStart(7)} ms  ${((tokens / ms) * 1000).toFixed(0).padStart(9)} tokens/s`);
  console.log(`claims adds ${((100 * (total.claims ?? 0)) / others).toFixed(1)}% to tokenize+entities (${((100 * (total.claims ?? 0)) / (total.tokenize ?? 1)).toFixed(1)}% of tokenize alone)`);
  process.exit(0);
}

const EDGE = /[\s"“”‘’'«»„.,;:!?()[\]—–-]/u;
function norm(text: string, ranges: ReadonlyArray<Range>): Range | null {
  let s = Math.min(...ranges.map((r) => r[0]));
  let e = Math.max(...ranges.map((r) => r[1]));
  while (s < e && EDGE.test(text[s] as string)) s++;
  while (e > s && EDGE.test(text[e - 1] as string)) e--;
  return e > s ? [s, e] : null;
}
const key = (r: Range): string => `${r[0]}:${r[1]}`;

type Role = 'source' | 'cue' | 'content';
const roles: Role[] = ['source', 'cue', 'content'];
const totals = Object.fromEntries(roles.map((r) => [r, { gold: 0, pred: 0, exact: 0, overlap: 0 }])) as Record<Role, { gold: number; pred: number; exact: number; overlap: number }>;
let goldAttributions = 0;
let cueFound = 0;
const dump: string[] = [];

// --stub-entities: an empty entities layer (spans do not depend on it; only entity links do)
const stubEntities = defineStage({
  name: 'entities',
  version: '0.0.0',
  requires: ['tokenize'],
  produces: ['entities', 'entityClusters'],
  defaults: {},
  create: () => () => ({ entities: [], entityClusters: [] }),
});
// --cue-precision FILE (train only): per-lemma [right, wrong] counts of reported-speech claims,
// with the precision floor off, written as stages/claims/data/cue-precision.json
const precisionPath = option('--cue-precision');
if (precisionPath && /\bdev\b|\btest\b/.test(split)) throw new Error('--cue-precision mines train only');
const pipeline = await createPipeline({
  stages: ['tokenize', args.includes('--stub-entities') ? stubEntities : 'entities', 'claims'],
  set: precisionPath ? { 'claims.precisionFloor': 0, 'claims.minedMinRatio': 0.05, 'claims.minedMinCount': 2 } : {},
});
const lemmaCounts = new Map<string, [number, number]>();
const articles = readPolnear(split).slice(0, limit);
let claimMs = 0;
let totalMs = 0;
for (const article of articles) {
  const { doc, timings } = pipeline.annotateTimed(article.text);
  claimMs += timings.claims ?? 0;
  totalMs += Object.values(timings).reduce((a, b) => a + b, 0);
  const text = article.text;
  // PolNeAR keeps a speaker's turn in one attribution: a quoted continuation with no cue of its
  // own (“A,” he said. “B.”) is folded into the claim before it.
  const claims: Claim[] = [];
  for (const c of doc.claims ?? []) {
    if (c.source.kind === 'author') continue;
    const prev = claims[claims.length - 1];
    if (c.cue === null && prev && c.evidence.includes('direct:continuation')) {
      claims[claims.length - 1] = { ...prev, content: [...prev.content, ...c.content] };
      continue;
    }
    claims.push(c);
  }
  const predicted: Record<Role, Range[]> = {
    source: claims.filter((c) => c.source.start !== null && !c.evidence.includes('source:previous-speaker')).map((c) => [c.source.start as number, c.source.end as number]),
    cue: claims.filter((c) => c.cue).map((c) => [c.cue!.start, c.cue!.end]),
    content: claims.map((c) => [Math.min(...c.content.map((x) => x.start)), Math.max(...c.content.map((x) => x.end))]),
  };
  const gold: Record<Role, Range[]> = { source: [], cue: [], content: [] };
  for (const a of article.attributions) {
    if (a.source) gold.source.push(norm(text, a.source) ?? [0, 0]);
    if (a.cue) gold.cue.push(norm(text, a.cue) ?? [0, 0]);
    if (a.content) gold.content.push(norm(text, a.content) ?? [0, 0]);
  }
  for (const role of roles) {
    const g = new Map<string, Range>();
    for (const r of gold[role]) if (r[1] > r[0]) g.set(key(r), r);
    const p = new Map<string, Range>();
    for (const r of predicted[role]) {
      const n = norm(text, [r]);
      if (n) p.set(key(n), n);
    }
    const t = totals[role];
    t.gold += g.size;
    t.pred += p.size;
    for (const k of p.keys()) if (g.has(k)) t.exact++;
    // overlap: one-to-one, a predicted span covering at least half of the gold span
    const free = [...p.values()];
    for (const gr of g.values()) {
      const need = (gr[1] - gr[0]) / 2;
      const at = free.findIndex((pr) => Math.min(pr[1], gr[1]) - Math.max(pr[0], gr[0]) >= need);
      if (at >= 0) {
        t.overlap++;
        free.splice(at, 1);
      }
    }
  }
  if (precisionPath) {
    const goldCues = article.attributions.filter((a) => a.cue).map((a) => [a.cue![0]![0], a.cue![a.cue!.length - 1]![1]] as Range);
    for (const c of claims) {
      if (!c.cue || !c.evidence[0]?.startsWith('indirect')) continue;
      const lemmaEvidence = c.evidence.find((e) => e.startsWith('lexicon:'));
      if (!lemmaEvidence) continue;
      const lemma = lemmaEvidence.split(':').pop() as string;
      const right = goldCues.some(([s, e]) => s < c.cue!.end && e > c.cue!.start);
      const counts = lemmaCounts.get(lemma) ?? [0, 0];
      counts[right ? 0 : 1]++;
      lemmaCounts.set(lemma, counts);
    }
  }
  for (const a of article.attributions) {
    if (!a.cue) continue;
    goldAttributions++;
    const [s, e] = [a.cue[0]![0], a.cue[a.cue.length - 1]![1]];
    if (predicted.cue.some(([ps, pe]) => ps < e && pe > s)) cueFound++;
  }
  if (dumpPath) {
    const show = (r: Range[] | null): string => (r ? r.map(([s, e]) => text.slice(s, e)).join(' | ') : '');
    for (const a of article.attributions) dump.push(JSON.stringify({ doc: article.name, gold: true, cue: show(a.cue), source: show(a.source), content: show(a.content), at: a.cue?.[0]?.[0] ?? a.content?.[0]?.[0] }));
    for (const c of claims) dump.push(JSON.stringify({ doc: article.name, gold: false, cue: c.cue?.text ?? '', source: c.source.text, content: c.content.map((x) => x.text).join(' | '), at: c.cue?.start ?? c.content[0]?.start, evidence: c.evidence }));
  }
}

const f1 = (tp: number, pred: number, gold: number): string => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
};
console.log(`PolNeAR ${split}: ${articles.length} articles, ${goldAttributions} gold attributions with a cue`);
for (const role of roles) {
  const t = totals[role];
  console.log(`${role.padEnd(8)} exact    ${f1(t.exact, t.pred, t.gold)}   (gold ${t.gold}, predicted ${t.pred})`);
  console.log(`${''.padEnd(8)} overlap  ${f1(t.overlap, t.pred, t.gold)}`);
}
console.log(`cue found for ${((100 * cueFound) / Math.max(1, goldAttributions)).toFixed(1)}% of gold attributions`);
console.log(`time: claims ${claimMs.toFixed(0)} ms of ${totalMs.toFixed(0)} ms in stages`);
if (dumpPath) writeFileSync(dumpPath, dump.join('\n') + '\n');
if (precisionPath) {
  const lemmas = Object.fromEntries([...lemmaCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const out = {
    source: 'Per-lemma counts of reported-speech claims whose cue overlaps (right) or misses (wrong) a gold cue on PolNeAR v1.0.0 train, with the precision floor off; made by npm run eval:claims -- ../shared/data/polnear/train --stub-entities --cue-precision stages/claims/data/cue-precision.json. Counts only, no text.',
    lemmas,
  };
  writeFileSync(precisionPath, JSON.stringify(out, null, 1).replace(/\[\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2]') + '\n');
}
