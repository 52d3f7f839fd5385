/**
 * Reads PolNeAR brat standoff (research-only data, read from ../shared; nothing is copied into
 * the repository). One annotator per article: the smallest annotator id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
