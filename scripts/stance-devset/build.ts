// Turns hand decisions into eval/stance-dev.jsonl.
//   npx tsx scripts/stance-devset/build.ts [decisions=scripts/stance-devset/decisions.txt] [out=eval/stance-dev.jsonl]
// A decisions file has one line per labelled candidate: `<id> <label> [h] [n]` (h = hedged, n = negated),
// ids as printed by candidates.ts (no text). `#` starts a comment. BBC ids are resolved by re-running
// the cue regexes in bbc-cue-patterns.txt (one per line: the ones used to list the BBC candidates).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, type Item, type Label } from './common.js';
import { allPolnear, bbcMatches, type Candidate } from './candidates.js';

const here = dirname(fileURLToPath(import.meta.url));
const [decisionsPath = join(here, 'decisions.txt'), out = 'eval/stance-dev.jsonl'] = process.argv.slice(2);
const bbcRes = readFileSync(join(here, 'bbc-cue-patterns.txt'), 'utf8').split('\n').filter((l) => l.trim());
const byId = new Map<string, Candidate>();
for (const c of allPolnear('all')) byId.set(c.id, c);
for (const re of bbcRes) for (const c of bbcMatches(new RegExp(`\\b(?:${re})\\b`))) byId.set(c.id, c);

const items: Item[] = [];
const seen = new Set<string>();
for (const [n, raw] of readFileSync(decisionsPath, 'utf8').split('\n').entries()) {
  const line = raw.replace(/#.*/, '').trim();
  if (!line) continue;
  const [id = '', label = '', ...flags] = line.split(/\s+/);
  const c = byId.get(id);
  if (!c) throw new Error(`line ${n + 1}: unknown candidate ${id}`);
  if (!(LABELS as readonly string[]).includes(label)) throw new Error(`line ${n + 1}: bad label ${label}`);
  const key = `${c.doc}:${c.cueStart}`;
  if (seen.has(key)) throw new Error(`line ${n + 1}: duplicate ${id}`);
  seen.add(key);
  items.push({
    doc: c.doc,
    cueStart: c.cueStart,
    cueEnd: c.cueEnd,
    label: label as Label,
    certainty: flags.includes('h') ? 'hedged' : 'asserted',
    negated: flags.includes('n'),
  });
}
items.sort((a, b) => a.doc.localeCompare(b.doc) || a.cueStart - b.cueStart);
writeFileSync(out, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
console.log(`${items.length} items -> ${out}`);
