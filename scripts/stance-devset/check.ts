// Verifies every line of a stance labels file and prints counts.
//   npx tsx scripts/stance-devset/check.ts [eval/stance-dev.jsonl] [--show]
// Checks: JSON shape, file exists, offsets in range, cue slice non-empty, trimmed and cue-like,
// valid label/certainty/negated, no duplicate cue, PolNeAR cues equal a gold Cue span start.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_ROOT, LABELS, context, polnearCues, readDoc } from './common.js';

const args = process.argv.slice(2);
const show = args.includes('--show');
const path = args.find((a) => !a.startsWith('--')) ?? 'eval/stance-dev.jsonl';
const gold = new Set([...polnearCues('train'), ...polnearCues('dev')].map((c) => `${c.doc}:${c.cueStart}:${c.cueEnd}`));
// Cue-like: a word made of letters (reporting verbs, nouns, phrases such as "according to"), or a colon.
const CUE_LIKE = /^(?:[A-Za-z’'][A-Za-z’' -]*|:)$/;

const errors: string[] = [];
const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
const perLabel = new Map<string, number>();
const perSource = new Map<string, number>();
const perLabelSource = new Map<string, number>();
const flags = new Map<string, number>();
const seen = new Set<string>();
const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
for (const [i, line] of lines.entries()) {
  const where = `line ${i + 1}`;
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    errors.push(`${where}: not JSON`);
    continue;
  }
  const { doc, cueStart, cueEnd, label, certainty, negated } = o;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'certainty,cueEnd,cueStart,doc,label,negated') errors.push(`${where}: keys ${keys}`);
  if (typeof doc !== 'string' || !existsSync(join(DATA_ROOT, doc))) {
    errors.push(`${where}: no file ${String(doc)}`);
    continue;
  }
  if (!Number.isInteger(cueStart) || !Number.isInteger(cueEnd)) {
    errors.push(`${where}: offsets not integers`);
    continue;
  }
  const text = readDoc(doc);
  const [s, e] = [cueStart as number, cueEnd as number];
  if (s < 0 || e > text.length || s >= e) errors.push(`${where}: offsets ${s}-${e} out of range (${text.length})`);
  const cue = text.slice(s, e);
  if (!cue || cue !== cue.trim() || !CUE_LIKE.test(cue)) errors.push(`${where}: cue ${JSON.stringify(cue)} does not look like a cue`);
  if (!(LABELS as readonly string[]).includes(String(label))) errors.push(`${where}: label ${String(label)}`);
  if (certainty !== 'asserted' && certainty !== 'hedged') errors.push(`${where}: certainty ${String(certainty)}`);
  if (typeof negated !== 'boolean') errors.push(`${where}: negated ${String(negated)}`);
  const src = doc.startsWith('polnear/train/') ? 'polnear-train' : doc.startsWith('polnear/dev/') ? 'polnear-dev' : doc.split('/')[0] ?? '';
  if (src.startsWith('polnear') && !gold.has(`${doc}:${s}:${e}`)) errors.push(`${where}: not a gold PolNeAR Cue span`);
  const key = `${doc}:${s}`;
  if (seen.has(key)) errors.push(`${where}: duplicate cue ${key}`);
  seen.add(key);
  count(perLabel, String(label));
  count(perSource, src);
  count(perLabelSource, `${String(label)}/${src}`);
  if (certainty === 'hedged') count(flags, 'hedged');
  if (negated === true) count(flags, 'negated');
  if (/^(said|says|say|told|tells|tell|stated|states|added|argued|argues|noted|insisted|insists|:)$/i.test(cue)) count(flags, 'neutral cue');
  if (show) console.log(`${String(label)}\t${certainty === 'hedged' ? 'h' : ''}${negated === true ? 'n' : ''}\t${context(text, s, e).replace(/\s+/g, ' ')}`);
}
const sources = [...perSource.keys()].sort();
console.log(`${lines.length} items; data root ${DATA_ROOT}`);
console.log(`label         total  ${sources.map((x) => x.padStart(14)).join('')}`);
for (const l of LABELS) {
  const row = sources.map((x) => String(perLabelSource.get(`${l}/${x}`) ?? 0).padStart(14)).join('');
  console.log(`${l.padEnd(13)} ${String(perLabel.get(l) ?? 0).padStart(5)}  ${row}`);
}
console.log(`sources: ${sources.map((x) => `${x} ${perSource.get(x)}`).join(', ')}`);
console.log(`hedged ${flags.get('hedged') ?? 0}, negated ${flags.get('negated') ?? 0}, neutral cue (said/told/added/argued/noted/insisted/:) ${flags.get('neutral cue') ?? 0}`);
const thin = LABELS.filter((l) => (perLabel.get(l) ?? 0) < 20);
if (thin.length) console.log(`labels under 20 items: ${thin.join(', ')}`);
if (errors.length) {
  console.error(errors.slice(0, 50).join('\n'));
  console.error(`${errors.length} errors`);
  process.exit(1);
}
console.log('ok');
