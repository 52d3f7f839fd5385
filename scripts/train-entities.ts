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
import type { GazetteerData } from '../stages/entities/gazetteer.js';

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
  const { train } = await import('./train-entities-model.js');
  await train(process.argv.slice(2).find((a) => !a.startsWith('--') && a.includes('eng.')) ?? '../shared/data/conll2003/eng.train', gaz, {
    epochs: Number(arg('--epochs', '8')),
    out: join(DATA_DIR, 'perceptron.json'),
  });
}

await main();
