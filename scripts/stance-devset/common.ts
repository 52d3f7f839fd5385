// Shared helpers for building the stance development set (eval/stance-dev.jsonl).
// Texts stay in ../shared/data; nothing here copies them into the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { decodeBytes } from '../../pipeline/decode.js';
import { join, resolve } from 'node:path';

export const DATA_ROOT = resolve(process.env.NEWSMARK_DATA ?? '../shared/data');

export const LABELS = [
  'condemnation',
  'vow',
  'analysis',
  'warning',
  'appeal',
  'denial',
  'support',
  'statement',
] as const;
export type Label = (typeof LABELS)[number];

export interface Item {
  doc: string;
  cueStart: number;
  cueEnd: number;
  label: Label;
  /** Left out in sets labelled for the act only (eval/stance-neutral.jsonl). */
  certainty?: 'asserted' | 'hedged';
  negated?: boolean;
}

/** Reads a document as the pipeline does (the pipeline's own decoder), so offsets agree. */
export function readDoc(doc: string): string {
  return decodeBytes(readFileSync(join(DATA_ROOT, doc))).text;
}

/** The sentence-ish window around [start, end): from the previous blank/full stop to the next. */
export function context(text: string, start: number, end: number, extra = 0): string {
  let s = start;
  let seen = 0;
  while (s > 0) {
    const c = text[s - 1];
    if (c === '\n' || (c === '.' && /\s/.test(text[s] ?? ''))) {
      if (seen >= extra) break;
      seen++;
    }
    s--;
  }
  let e = end;
  while (e < text.length && text[e] !== '\n') {
    if (text[e] === '.' && /\s/.test(text[e + 1] ?? '') && e > end + 10) {
      e++;
      break;
    }
    e++;
  }
  return `${text.slice(s, start).trimStart()}[[${text.slice(start, end)}]]${text.slice(end, e)}`;
}

export interface PolnearCue {
  doc: string; // relative to DATA_ROOT
  cueStart: number;
  cueEnd: number;
  cue: string;
  content: string;
}

/** PolNeAR gold cues for a split, one annotator file per article (smallest annotator id). */
export function polnearCues(split: 'train' | 'dev'): PolnearCue[] {
  const dir = join(DATA_ROOT, 'polnear', split, 'attributions');
  const byArticle = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ann')).sort()) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    const [, article = '', annotator = ''] = m;
    const prev = byArticle.get(article);
    if (prev === undefined || annotator < (/_([^_]+)\.ann$/.exec(prev)?.[1] ?? '')) byArticle.set(article, f);
  }
  const out: PolnearCue[] = [];
  for (const [article, f] of byArticle) {
    const doc = `polnear/${split}/text/${article}.txt`;
    if (!existsSync(join(DATA_ROOT, doc))) continue;
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
    for (const line of lines) {
      const m = /^(T\d+)\t(\S+) (\d+) (\d+)[^\t]*\t(.*)$/.exec(line);
      if (m) spans.set(m[1] ?? '', { type: m[2] ?? '', start: Number(m[3]), end: Number(m[4]), text: m[5] ?? '' });
    }
    for (const line of lines) {
      if (!line.startsWith('E')) continue;
      const cueId = /Cue:(T\d+)/.exec(line)?.[1];
      const contentId = /Content:(T\d+)/.exec(line)?.[1];
      const cue = cueId ? spans.get(cueId) : undefined;
      if (!cue) continue;
      const content = contentId ? spans.get(contentId) : undefined;
      out.push({ doc, cueStart: cue.start, cueEnd: cue.end, cue: cue.text, content: content?.text ?? '' });
    }
  }
  return out;
}

/** A labelling candidate: its id and where its cue is (the batch files hold more fields). */
export interface Candidate {
  id: string;
  doc: string;
  cueStart: number;
  cueEnd: number;
}

/** One annotator's line for a candidate. */
export interface Labelled {
  id: string;
  label: string;
  certainty?: string;
  negated?: boolean;
}

/** Parses a JSONL file. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);
}

const KNOWN_LABELS = new Set<string>([...LABELS, 'skip']);

/**
 * One annotator's labels by candidate id, checked against the candidates: every candidate
 * labelled exactly once with a known label (or `skip`) and certainty, or it throws.
 */
export function readLabels(file: string, candidates: readonly Candidate[]): Map<string, Labelled> {
  const byId = new Map<string, Labelled>();
  for (const l of readJsonl<Labelled>(file)) {
    if (byId.has(l.id)) throw new Error(`${file}: id ${l.id} labelled twice`);
    if (!KNOWN_LABELS.has(l.label)) throw new Error(`${file}: id ${l.id} has unknown label "${l.label}"`);
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
