/**
 * Builds the entities stage's data files:
 *   1. stages/entities/data/gazetteer.json from the PETRARCH2 / Phoenix actor dictionaries (MIT);
 *   2. stages/entities/data/perceptron.json: an averaged perceptron (BILOU tags) trained on CoNLL-2003 eng.train.
 *
 *   npm run train:entities -- ../shared/data/conll2003/eng.train [--lexicons ../shared/data/lexicons/petrarch2] [--epochs N] [--gazetteer-only]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countryRecords, organisationRecords, type GazetteerRecord } from '../stages/entities/petrarch.js';
import { Gazetteer, newsLexicon, type GazetteerData } from '../stages/entities/gazetteer.js';
import { readConll, type ConllDocument } from '../stages/entities/conll.js';
import { encodeDoc, ENTITY_CLASSES, LABEL_COUNT, type EncodedDoc } from '../stages/entities/features.js';
import { decode, pack, PerceptronModel, type ModelFile, type Scorer } from '../stages/entities/perceptron.js';
import { tokenView } from '../stages/entities/view.js';
import tokenizeStage from '../stages/tokenize/index.js';
import type { NewsmarkDocument } from '../pipeline/document-types.js';

const DATA_DIR = resolve(import.meta.dirname, '../stages/entities/data');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

export function buildGazetteer(lexiconDir: string): GazetteerData {
  const read = (f: string): string => readFileSync(join(lexiconDir, f), 'utf8');
  const records: GazetteerRecord[] = [
    ...countryRecords(read('Phoenix.Countries.actors.txt')),
    ...organisationRecords(read('Phoenix.International.actors.txt'), 'petrarch-international'),
    ...organisationRecords(read('Phoenix.MilNonState.actors.txt'), 'petrarch-armed-groups'),
  ];
  const seen = new Set<string>();
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const sources: string[] = [];
  const entries: GazetteerData['entries'] = [];
  for (const r of records) {
    if (seen.has(r.phrase)) continue;
    seen.add(r.phrase);
    let k = keyIndex.get(r.key);
    if (k === undefined) {
      k = keys.length;
      keys.push(r.key);
      keyIndex.set(r.key, k);
    }
    let s = sources.indexOf(r.source);
    if (s < 0) s = sources.push(r.source) - 1;
    entries.push([r.phrase, r.type, k, s]);
  }
  return { sources, keys, entries };
}

async function main(): Promise<void> {
  const lexicons = resolve(arg('--lexicons', '../shared/data/lexicons/petrarch2'));
  const gaz = buildGazetteer(lexicons);
  writeFileSync(join(DATA_DIR, 'gazetteer.json'), JSON.stringify(gaz) + '\n');
  console.log(`gazetteer: ${gaz.entries.length} phrases, ${gaz.keys.length} keys → stages/entities/data/gazetteer.json`);
  if (process.argv.includes('--gazetteer-only')) return;
  const trainFile = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--')) ?? '../shared/data/conll2003/eng.train';
  const lexicon = JSON.parse(readFileSync(join(DATA_DIR, 'news-lexicon.json'), 'utf8')) as Record<string, unknown>;
  const gazetteers = [new Gazetteer([gaz]), new Gazetteer([newsLexicon(lexicon)])];
  const model = await train(trainFile, gazetteers, { epochs: Number(arg('--epochs', '10')), bits: Number(arg('--bits', '20')), runs: Number(arg('--runs', '3')) });
  const out = join(DATA_DIR, 'perceptron.json');
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`model: ${model.rows} rows, ${(model.data.length / 1e6).toFixed(2)} MB base64 → stages/entities/data/perceptron.json`);
}

/** mulberry32: a small seeded generator, so the shuffles (and the weights) are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface TrainingDoc {
  enc: EncodedDoc;
  gold: Int32Array;
}

/** Tokenises a CoNLL document with the tokenize stage (as at run time) and projects gold spans onto BILOU token labels. */
export async function prepare(docs: readonly ConllDocument[], gazetteers: readonly Gazetteer[]): Promise<TrainingDoc[]> {
  const run = await tokenizeStage.create(tokenizeStage.defaults);
  const ctx = { stage: 'tokenize', report: () => undefined };
  const out: TrainingDoc[] = [];
  let crossing = 0;
  for (const d of docs) {
    const layers = run({ text: d.text } as NewsmarkDocument, ctx);
    const view = tokenView({ text: d.text, ...layers } as NewsmarkDocument);
    const enc = encodeDoc(view, gazetteers.map((g) => g.findAll(view.norm)));
    const gold = new Int32Array(enc.n);
    let t = 0;
    for (const span of d.spans) {
      while (t < enc.n && (view.start[t] as number) < span.start) t++;
      let end = t;
      while (end < enc.n && (view.end[end] as number) <= span.end) end++;
      if (end === t || view.start[t] !== span.start || view.end[end - 1] !== span.end) continue;
      if (view.sentence[t] !== view.sentence[end - 1]) {
        crossing++;
        continue;
      }
      const c = ENTITY_CLASSES.indexOf(span.type);
      if (end - t === 1) gold[t] = 4 + 4 * c;
      else {
        gold[t] = 1 + 4 * c;
        for (let k = t + 1; k < end - 1; k++) gold[k] = 2 + 4 * c;
        gold[end - 1] = 3 + 4 * c;
      }
    }
    out.push({ enc, gold });
  }
  if (crossing > 0) console.log(`  ${crossing} gold spans cross a sentence boundary of the tokenizer: left out`);
  return out;
}

class Trainer implements Scorer {
  readonly mask: number;
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  clock = 1;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    const size = (1 << bits) * LABEL_COUNT;
    this.weights = new Float32Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Int32Array(size);
  }

  score(feats: Uint32Array, n: number, out: Float32Array): void {
    for (let k = 0; k < n; k++) {
      const base = ((feats[k] as number) & this.mask) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) out[l] = (out[l] as number) + (this.weights[base + l] as number);
    }
  }

  update(feats: Uint32Array, n: number, label: number, delta: number): void {
    for (let k = 0; k < n; k++) {
      const idx = ((feats[k] as number) & this.mask) * LABEL_COUNT + label;
      this.totals[idx] = (this.totals[idx] as number) + (this.clock - (this.stamps[idx] as number)) * (this.weights[idx] as number);
      this.stamps[idx] = this.clock;
      this.weights[idx] = (this.weights[idx] as number) + delta;
    }
  }

  /** Averaged weights. */
  average(): Float32Array {
    const avg = new Float32Array(this.weights.length);
    for (let i = 0; i < avg.length; i++) {
      const total = (this.totals[i] as number) + (this.clock - (this.stamps[i] as number)) * (this.weights[i] as number);
      avg[i] = total / this.clock;
    }
    return avg;
  }
}

export async function train(file: string, gazetteers: readonly Gazetteer[], opts: { epochs: number; bits: number; runs: number }): Promise<ModelFile> {
  const docs = readConll(readFileSync(file, 'utf8'));
  console.log(`training on ${file}: ${docs.length} documents, ${docs.reduce((a, d) => a + d.tokenCount, 0)} tokens`);
  const data = await prepare(docs, gazetteers);
  // Several perceptrons, each over its own fixed-seed shuffles, averaged: less variance than one.
  let avg: Float32Array | null = null;
  let trainer = new Trainer(opts.bits);
  for (let run = 0; run < opts.runs; run++) {
    trainer = new Trainer(opts.bits);
    trainOne(trainer, data, opts.epochs, 20090604 + run);
    const a = trainer.average();
    if (!avg) avg = a;
    else for (let i = 0; i < avg.length; i++) avg[i] = (avg[i] as number) + (a[i] as number);
  }
  if (!avg) throw new Error('no training run');
  for (let i = 0; i < avg.length; i++) avg[i] = (avg[i] as number) / opts.runs;
  return finish(avg, trainer, data, opts.bits);
}

function trainOne(trainer: Trainer, data: readonly TrainingDoc[], epochs: number, seed: number): void {
  const random = seeded(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let errors = 0;
    let tokens = 0;
    for (const di of order) {
      const { enc, gold } = data[di] as TrainingDoc;
      decode(enc, trainer, (i, feats, n, predicted) => {
        tokens++;
        const g = gold[i] as number;
        if (predicted !== g) {
          errors++;
          trainer.update(feats, n, g, 1);
          trainer.update(feats, n, predicted, -1);
        }
        trainer.clock++;
      }, false);
    }
    console.log(`  seed ${seed} epoch ${epoch}: token error rate ${((100 * errors) / tokens).toFixed(2)}%`);
  }
}

function finish(avg: Float32Array, trainer: Trainer, data: readonly TrainingDoc[], bits: number): ModelFile {
  const opts = { bits };
  const packed = pack(avg, opts.bits);
  // Check: the packed model agrees with the float averaged weights.
  const floatScorer: Scorer = { mask: trainer.mask, score: (feats, n, out) => {
    for (let k = 0; k < n; k++) {
      const base = ((feats[k] as number) & trainer.mask) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) out[l] = (out[l] as number) + (avg[base + l] as number);
    }
  } };
  const packedScorer = new PerceptronModel(packed);
  let agree = 0;
  let correctF = 0;
  let correctP = 0;
  let total = 0;
  for (const { enc, gold } of data.slice(0, 100)) {
    const a = decode(enc, floatScorer).labels;
    const b = decode(enc, packedScorer).labels;
    for (let i = 0; i < enc.n; i++) {
      total++;
      if (a[i] === b[i]) agree++;
      if (a[i] === gold[i]) correctF++;
      if (b[i] === gold[i]) correctP++;
    }
  }
  console.log(`  check on 100 training documents: float acc ${(correctF / total).toFixed(4)}, packed acc ${(correctP / total).toFixed(4)}, agreement ${(agree / total).toFixed(4)}`);
  return packed;
}

await main();
