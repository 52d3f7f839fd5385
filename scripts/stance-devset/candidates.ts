// Lists candidate claims for hand labelling: id, cue and its sentence (printed to the terminal only).
//   npx tsx scripts/stance-devset/candidates.ts polnear <train|dev|all> <cueRegex> <n> [seed] [contentRegex]
//   npx tsx scripts/stance-devset/candidates.ts bbc <cueRegex> <n> [seed] [contextRegex]
// PolNeAR candidates are the gold Cue spans (first part when discontinuous); BBC candidates are
// regex matches of the cue word(s) in bbc-news/politics. Ids are stable hashes of doc:start:end.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_ROOT, context, polnearCues, readDoc, type Candidate } from './common.js';

export type { Candidate };

export function candidateId(doc: string, start: number, end: number): string {
  return createHash('sha1').update(`${doc}:${start}:${end}`).digest('hex').slice(0, 7);
}

export function allPolnear(split: 'train' | 'dev' | 'all'): (Candidate & { cue: string })[] {
  const splits = split === 'all' ? (['train', 'dev'] as const) : ([split] as const);
  return splits.flatMap((s) =>
    polnearCues(s).map((c) => ({ ...c, id: candidateId(c.doc, c.cueStart, c.cueEnd) })),
  );
}

export function bbcDocs(): string[] {
  return readdirSync(join(DATA_ROOT, 'bbc-news', 'politics'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `bbc-news/politics/${f}`);
}

export function bbcMatches(cueRe: RegExp): (Candidate & { cue: string })[] {
  const out: (Candidate & { cue: string })[] = [];
  for (const doc of bbcDocs()) {
    const text = readDoc(doc);
    for (const m of text.matchAll(new RegExp(cueRe.source, 'gi'))) {
      const start = m.index;
      const end = start + m[0].length;
      out.push({ id: candidateId(doc, start, end), doc, cueStart: start, cueEnd: end, cue: m[0] });
    }
  }
  return out;
}

/** Deterministic shuffle (mulberry32). */
export function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ys = [...xs];
  for (let i = ys.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [ys[i], ys[j]] = [ys[j] as T, ys[i] as T];
  }
  return ys;
}

function main(argv: string[]): void {
  const [mode, ...rest] = argv;
  let pool: (Candidate & { cue: string })[];
  let n: number;
  let seed: number;
  let ctxRe: RegExp | undefined;
  if (mode === 'polnear') {
    const [split = 'all', cue = '.', count = '20', s = '1', content] = rest;
    const re = new RegExp(`^(?:${cue})$`, 'i');
    pool = allPolnear(split as 'train' | 'dev' | 'all').filter((c) => re.test(c.cue));
    [n, seed, ctxRe] = [Number(count), Number(s), content ? new RegExp(content, 'i') : undefined];
  } else if (mode === 'bbc') {
    const [cue = 'said', count = '20', s = '1', ctx] = rest;
    pool = bbcMatches(new RegExp(`\\b(?:${cue})\\b`));
    [n, seed, ctxRe] = [Number(count), Number(s), ctx ? new RegExp(ctx, 'i') : undefined];
  } else {
    console.error('usage: candidates.ts polnear|bbc ...');
    process.exit(2);
  }
  let shown = 0;
  for (const c of shuffle(pool, seed)) {
    if (shown >= n) break;
    const ctx = context(readDoc(c.doc), c.cueStart, c.cueEnd, 1);
    if (ctxRe && !ctxRe.test(ctx)) continue;
    console.log(`${c.id} ${c.doc.split('/')[0]} | ${ctx.replace(/\s+/g, ' ')}`);
    shown++;
  }
  console.error(`pool ${pool.length}, shown ${shown}`);
}

if (/(^|[/\\])candidates\.ts$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
