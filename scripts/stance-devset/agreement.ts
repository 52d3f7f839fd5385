// Agreement between the two annotators of a doubly labelled set (eval/stance-<set>-annotators.jsonl,
// <set> = neutral-test, any-test, strat-test or strat-dev2; neutral-test when not given), and the evaluation
// set made of the items both labelled alike (skips dropped):
//   npx tsx scripts/stance-devset/agreement.ts [neutral-test|any-test|strat-test|strat-dev2] [--write]
// prints the share of agreement and Cohen's kappa on items neither skipped, the disagreements by
// label pair, and with --write (re)writes eval/stance-<set>.jsonl. Where both annotators also gave
// certainty and negation (strat-test, strat-dev2), an item keeps each of them only when the two agree on it.
import { writeFileSync } from 'node:fs';
import { readJsonl } from './common.js';

interface Annotated {
  doc: string;
  cueStart: number;
  cueEnd: number;
  a: string;
  b: string;
  aCertainty?: string;
  bCertainty?: string;
  aNegated?: boolean;
  bNegated?: boolean;
}

const set = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'neutral-test';
if (!/^(neutral-test|any-test|strat-test|strat-dev2)$/.test(set)) throw new Error(`unknown set "${set}": neutral-test, any-test, strat-test or strat-dev2`);
const items = readJsonl<Annotated>(`eval/stance-${set}-annotators.jsonl`);
const both = items.filter((i) => i.a !== 'skip' && i.b !== 'skip');
const agreed = both.filter((i) => i.a === i.b);
/** How many of `list` each annotator gave each label. */
const countBy = (list: readonly Annotated[], key: 'a' | 'b'): Map<string, number> => {
  const m = new Map<string, number>();
  for (const i of list) m.set(i[key], (m.get(i[key]) ?? 0) + 1);
  return m;
};
const ca = countBy(both, 'a');
const cb = countBy(both, 'b');
const observed = agreed.length / both.length;
let expected = 0;
for (const [label, n] of ca) expected += (n * (cb.get(label) ?? 0)) / (both.length * both.length);
const kappa = (observed - expected) / (1 - expected);
console.log(`${items.length} items; skipped by a: ${items.filter((i) => i.a === 'skip').length}, by b: ${items.filter((i) => i.b === 'skip').length}`);
console.log(`neither skipped: ${both.length}; same label: ${agreed.length} (${(observed * 100).toFixed(1)}%); Cohen's kappa ${kappa.toFixed(3)}`);
const pairs = new Map<string, number>();
for (const i of both) if (i.a !== i.b) pairs.set(`${i.a}/${i.b}`, (pairs.get(`${i.a}/${i.b}`) ?? 0) + 1);
console.log('disagreements (a/b):', [...pairs].sort((x, y) => y[1] - x[1]).map(([p, n]) => `${p} ${n}`).join(', '));
const withCertainty = agreed.filter((i) => i.aCertainty !== undefined && i.bCertainty !== undefined);
if (withCertainty.length > 0) {
  const same = (x: Annotated): boolean => x.aCertainty === x.bCertainty;
  const sameNeg = (x: Annotated): boolean => x.aNegated === x.bNegated;
  console.log(`on the ${agreed.length} agreed items: same certainty ${withCertainty.filter(same).length}, same negation ${agreed.filter(sameNeg).length}`);
}
/** The eval item: the agreed label, and certainty / negation where both annotators gave the same. */
function item(i: Annotated): object {
  return {
    doc: i.doc,
    cueStart: i.cueStart,
    cueEnd: i.cueEnd,
    label: i.a,
    certainty: i.aCertainty !== undefined && i.aCertainty === i.bCertainty ? i.aCertainty : undefined,
    negated: i.aNegated !== undefined && i.aNegated === i.bNegated ? i.aNegated : undefined,
  };
}
if (process.argv.includes('--write')) {
  writeFileSync(`eval/stance-${set}.jsonl`, agreed.map((i) => JSON.stringify(item(i))).join('\n') + '\n');
  console.log([...countBy(agreed, 'a')].sort((x, y) => y[1] - x[1]).map(([l, n]) => `${l} ${n}`).join(', '));
  console.log(`wrote eval/stance-${set}.jsonl (${agreed.length} items)`);
}
