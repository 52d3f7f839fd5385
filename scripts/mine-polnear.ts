/**
 * Also exports the PolNeAR reader used by scripts/eval-claims.ts (one annotator per article:
 * the smallest id; research-only data read in place, nothing copied into the repository).
 *
 * Mines PolNeAR **train** (never dev) for cue lemmas: for every lemma, how often a token with it
 * heads a gold cue and how often it occurs at all, plus the words that gold cues attach after
 * their head ("call for", "point to"). Writes counts only (no text) to
 * stages/claims/data/polnear-cues.json.
 *
 *   npx tsx scripts/mine-polnear.ts ../shared/data/polnear/train
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import tokenizeStage from '../stages/tokenize/index.js';
import type { NewsmarkDocument, Token } from '../pipeline/document-types.js';

export type Range = [number, number];

export interface GoldAttribution {
  source: Range[] | null;
  cue: Range[] | null;
  content: Range[] | null;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Lists the articles of a split folder (`…/polnear/train` or `…/dev`). */
export function readPolnear(split: string): PolnearArticle[] {
  const annDir = join(split, 'attributions');
  const chosen = new Map<string, string>();
  for (const file of readdirSync(annDir).sort()) {
    if (!file.endsWith('.ann')) continue;
    const stem = file.slice(0, -4);
    const cut = stem.lastIndexOf('_');
    const article = stem.slice(0, cut);
    const annotator = stem.slice(cut + 1);
    const seen = chosen.get(article);
    if (seen === undefined || annotator < seen) chosen.set(article, annotator);
  }
  const articles: PolnearArticle[] = [];
  for (const [article, annotator] of [...chosen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const text = readFileSync(join(split, 'text', `${article}.txt`), 'utf8');
    const ann = readFileSync(join(annDir, `${article}_${annotator}.ann`), 'utf8');
    articles.push({ name: article, text, attributions: parseAnn(ann) });
  }
  return articles;
}

function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const relations: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    const id = parts[0] ?? '';
    if (parts.length < 2) continue;
    if (/^T\d+$/.test(id)) {
      const field = parts[1] ?? '';
      const space = field.indexOf(' ');
      const ranges = field
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number) as Range);
      spans.set(id, ranges);
    } else if (/^E\d+$/.test(id)) {
      const rel: Record<string, string> = {};
      for (const kv of (parts[1] ?? '').trim().split(/\s+/)) {
        const [k, v] = kv.split(':');
        if (k && v) rel[k] = v;
      }
      relations.push(rel);
    }
  }
  const get = (id: string | undefined): Range[] | null => (id ? (spans.get(id) ?? null) : null);
  return relations.map((rel) => {
    let content = get(rel.Content);
    const content2 = get(rel.Content2);
    if (content && content2) content = [...content, ...content2].sort((a, b) => a[0] - b[0]);
    return { source: get(rel.Source), cue: get(rel.Cue), content };
  });
}

async function main(): Promise<void> {
  const split = resolve(process.argv[2] ?? '../shared/data/polnear/train');
  if (/\bdev\b|\btest\b/.test(split)) throw new Error('mine train only');
  const run = await tokenizeStage.create(tokenizeStage.defaults);
  const ctx = { stage: 'tokenize', report: () => undefined };

  const AUX = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
  type Count = { cue: number; total: number };
  const heads = new Map<string, Count>(); // key "VERB:say"
  const tails = new Map<string, [number, number]>(); // "call for": [inside the cue, left after it]
  const articles = readPolnear(split);
  let cues = 0;
  for (const article of articles) {
    const doc = { text: article.text } as NewsmarkDocument;
    const tokens = (run(doc, ctx).tokens ?? []) as Token[];
    const keyOf = (t: Token): string | null => {
      if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'AUX') return null;
      return `${t.pos === 'NOUN' ? 'NOUN' : 'VERB'}:${t.lemma.toLowerCase()}`;
    };
    for (const t of tokens) {
      const key = keyOf(t);
      if (!key) continue;
      const c = heads.get(key) ?? { cue: 0, total: 0 };
      c.total++;
      heads.set(key, c);
    }
    const marked = new Set<number>();
    for (const a of article.attributions) {
      if (!a.cue) continue;
      const start = a.cue[0]![0];
      const end = a.cue[a.cue.length - 1]![1];
      const inside: number[] = [];
      tokens.forEach((t, i) => {
        if (t.start >= start && t.end <= end) inside.push(i);
      });
      // head: the last content verb (not an auxiliary), else the last noun
      let head = -1;
      for (const i of inside) if (tokens[i]!.pos === 'VERB' && !AUX.has(tokens[i]!.lemma)) head = i;
      if (head < 0) for (const i of inside) if (tokens[i]!.pos === 'NOUN') head = i;
      if (head < 0 || marked.has(head)) continue;
      marked.add(head);
      cues++;
      const key = keyOf(tokens[head]!);
      if (!key) continue;
      heads.get(key)!.cue++;
      const after = inside.filter((i) => i > head).map((i) => tokens[i]!);
      const lemma = tokens[head]!.lemma.toLowerCase();
      if (after.length === 1 && (after[0]!.pos === 'ADP' || after[0]!.pos === 'PART' || after[0]!.pos === 'ADV')) {
        const tail = `${lemma} ${after[0]!.lemma.toLowerCase()}`;
        const c = tails.get(tail) ?? [0, 0];
        c[0]++;
        tails.set(tail, c);
      } else if (after.length === 0 && tokens[head + 1]) {
        // the word after the cue that the annotators left out ("said | of")
        const tail = `${lemma} ${tokens[head + 1]!.lemma.toLowerCase()}`;
        const c = tails.get(tail) ?? [0, 0];
        c[1]++;
        tails.set(tail, c);
      }
    }
  }

  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const table = (pos: string): Record<string, [number, number, number]> => {
    const out: Record<string, [number, number, number]> = {};
    [...heads]
      .filter(([k, c]) => k.startsWith(`${pos}:`) && c.cue >= 2)
      .sort((a, b) => b[1].cue - a[1].cue || (a[0] < b[0] ? -1 : 1))
      .forEach(([k, c]) => (out[k.slice(pos.length + 1)] = [c.cue, c.total, round(c.cue / c.total)]));
    return out;
  };
  const tailOut: Record<string, [number, number]> = {};
  [...tails].filter(([, n]) => n[0] >= 2).sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1)).forEach(([k, n]) => (tailOut[k] = n));
  const result = {
    source: 'Mined from PolNeAR v1.0.0 train (840 articles, one annotator each: smallest id) by scripts/mine-polnear.ts. Counts only, no text. PolNeAR is research-only; these are derived statistics.',
    columns: 'verbs/nouns: [times heading a gold cue, occurrences with this POS, ratio]; tails: [word inside the cue after its head, same word left just after the cue]',
    articles: articles.length,
    cues,
    verbs: table('VERB'),
    nouns: table('NOUN'),
    tails: tailOut,
  };
  const json = JSON.stringify(result, null, 1).replace(/\[\s+([^[\]]*?)\s+\]/g, (_m, inner: string) => `[${inner.replace(/\s*\n\s*/g, ' ')}]`);
  writeFileSync(resolve('stages/claims/data/polnear-cues.json'), json + '\n');
  console.log(`${articles.length} articles, ${cues} cues, ${Object.keys(result.verbs).length} verb lemmas, ${Object.keys(result.nouns).length} noun lemmas`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
