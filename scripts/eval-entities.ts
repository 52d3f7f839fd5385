/**
 * Entity quality on CoNLL-2003 (a benchmark, not a test):
 *
 *   npm run eval:entities -- ../shared/data/conll2003/eng.testa [--no-compromise] [--set entities.model=false]
 *
 * Each CoNLL document becomes text (tokens joined by spaces, sentences by newlines) and is
 * annotated by the tokenize and entities stages. Predicted types map to CoNLL (PERSON→PER,
 * ORG→ORG, GPE/LOC→LOC, NORP/EVENT/WEAPON/LAW→MISC; numbers and dates dropped); a leading
 * "the" of a predicted name is dropped, as CoNLL never includes determiners. Spans are compared
 * by exact character offsets. compromise alone, mapped the same way, is scored for comparison.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { createPipeline } from '../pipeline/pipeline.js';
import { readConll, type ConllSpan, type ConllType } from '../stages/entities/conll.js';
import type { OptionValue } from '../pipeline/stage.js';

const TO_CONLL: Record<string, ConllType | undefined> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC', WEAPON: 'MISC', LAW: 'MISC',
};
const TYPES: ConllType[] = ['PER', 'ORG', 'LOC', 'MISC'];

interface Counts { tp: number; fp: number; fn: number }
const evidenceOf = new Map<string, string>();

const errors: string[] = [];

function score(gold: readonly ConllSpan[], pred: readonly ConllSpan[], counts: Record<string, Counts>, text?: string): void {
  const key = (s: ConllSpan): string => `${s.start}:${s.end}:${s.type}`;
  const goldSet = new Set(gold.map(key));
  const predSet = new Set(pred.map(key));
  if (text) {
    for (const s of pred) if (!goldSet.has(key(s))) errors.push(`FP ${s.type} [${evidenceOf.get(`${s.start}:${s.end}`) ?? ''}] "${text.slice(s.start, s.end)}" | ${text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' / ')}`);
    for (const s of gold) if (!predSet.has(key(s))) errors.push(`FN ${s.type} "${text.slice(s.start, s.end)}" | ${text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' / ')}`);
  }
  for (const s of pred) (counts[s.type] as Counts)[goldSet.has(key(s)) ? 'tp' : 'fp']++;
  for (const s of gold) if (!predSet.has(key(s))) (counts[s.type] as Counts).fn++;
}

function report(title: string, counts: Record<string, Counts>): number {
  const f = (c: Counts): [number, number, number] => {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
  };
  console.log(`\n${title}`);
  console.log('type   precision  recall   F1      (gold, predicted)');
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) {
    const c = counts[t] as Counts;
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    const [p, r, f1] = f(c);
    console.log(`${t.padEnd(6)} ${p.toFixed(4).padStart(9)}  ${r.toFixed(4).padStart(6)}  ${f1.toFixed(4)}  (${c.tp + c.fn}, ${c.tp + c.fp})`);
  }
  const [p, r, f1] = f(all);
  console.log(`${'micro'.padEnd(6)} ${p.toFixed(4).padStart(9)}  ${r.toFixed(4).padStart(6)}  ${f1.toFixed(4)}  (${all.tp + all.fn}, ${all.tp + all.fp})`);
  return f1;
}

const emptyCounts = (): Record<string, Counts> => Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--set')) ?? '../shared/data/conll2003/eng.testa';
  const set: Record<string, OptionValue> = {};
  args.forEach((a, i) => {
    if (a === '--set') {
      const [k, v] = (args[i + 1] ?? '').split('=');
      if (k) set[k] = v === 'true' ? true : v === 'false' ? false : Number.isNaN(Number(v)) ? (v ?? '') : Number(v);
    }
  });
  const docs = readConll(readFileSync(file, 'utf8'));
  const tokens = docs.reduce((a, d) => a + d.tokenCount, 0);
  console.log(`${file}: ${docs.length} documents, ${tokens} tokens, ${docs.reduce((a, d) => a + d.spans.length, 0)} gold entities`);

  const pipeline = await createPipeline({ stages: ['tokenize', 'entities'], set });
  const counts = emptyCounts();
  const started = performance.now();
  for (const d of docs) {
    evidenceOf.clear();
    const doc = pipeline.annotate(d.text);
    const pred: ConllSpan[] = [];
    for (const m of doc.entities ?? []) {
      const type = TO_CONLL[m.type];
      if (!type) continue;
      let start = m.start;
      const the = /^the\s+/i.exec(m.text);
      if (the) start += the[0].length;
      pred.push({ start, end: m.end, type });
      evidenceOf.set(`${start}:${m.end}`, m.evidence.join(','));
    }
    score(d.spans, pred, counts, args.includes('--errors') ? d.text : undefined);
  }
  if (errors.length > 0) console.log(errors.join('\n'));
  const seconds = (performance.now() - started) / 1000;
  const f1 = report(`newsmark entities (tokenize + entities, ${(tokens / seconds / 1000).toFixed(0)}k tokens/s incl. tokenize and validation)`, counts);

  if (!args.includes('--no-compromise')) {
    const cc = emptyCounts();
    const t0 = performance.now();
    for (const d of docs) {
      const cdoc = nlp(d.text);
      const pred: ConllSpan[] = [];
      const add = (list: Array<{ offset: { start: number; length: number } }>, type: ConllType): void => {
        for (const m of list) {
          // compromise includes trailing punctuation in some offsets: trim to the name.
          let { start } = m.offset;
          let end = start + m.offset.length;
          while (end > start && /[\s.,;:!?'"()]/.test(d.text[end - 1] as string) && !/^[A-Z]\.$/.test(d.text.slice(end - 2, end))) end--;
          while (start < end && /\s/.test(d.text[start] as string)) start++;
          if (end > start) pred.push({ start, end, type });
        }
      };
      add(cdoc.people().json({ offset: true }) as never, 'PER');
      add(cdoc.places().json({ offset: true }) as never, 'LOC');
      add(cdoc.organizations().json({ offset: true }) as never, 'ORG');
      score(d.spans, pred, cc);
    }
    const cs = (performance.now() - t0) / 1000;
    const cf1 = report(`compromise alone, mapped the same way (${(tokens / cs / 1000).toFixed(0)}k tokens/s)`, cc);
    console.log(`\nmicro-F1: newsmark ${f1.toFixed(4)} vs compromise ${cf1.toFixed(4)}`);
  }
}

await main();
