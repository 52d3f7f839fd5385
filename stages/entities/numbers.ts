/**
 * Numbers, dates and times from wink-nlp's built-in entity recogniser, mapped onto the tokenize
 * layer's tokens, plus a few rules for what it leaves out ("soon", "earlier this year").
 */
import type { EntityType } from '../../pipeline/document-types.js';
import type { Candidate, TokenView } from './types.js';

interface WinkLike {
  readDoc(text: string): {
    tokens(): { out(f: unknown): unknown };
    entities(): { out(f: unknown): unknown };
  };
  its: { value: unknown; span: unknown; type: unknown };
}

const WINK_TYPES: Record<string, EntityType | undefined> = {
  DATE: 'DATE',
  DURATION: 'DATE',
  TIME: 'TIME',
  MONEY: 'MONEY',
  PERCENT: 'PERCENT',
  CARDINAL: 'CARDINAL',
  ORDINAL: 'ORDINAL',
};

const LEADING_PREPOSITIONS = new Set(['since', 'for', 'over', 'during', 'in', 'until', 'till', 'from', 'by', 'within', 'after', 'before', 'of', 'on', 'at']);
const UNITS = /^(km|kilometres?|kilometers?|miles?|metres?|meters?|m|kg|kilograms?|tonnes?|tons?|pounds?|lb|feet|ft|inches|degrees?|km\/h|mph|hectares?|acres?|litres?|liters?|barrels?|megatons?|kilotons?)$/i;
const RELATIVE_PREFIX = new Set(['earlier', 'later', 'early', 'late']);
const SOLO_DATES = new Set(['soon', 'today', 'yesterday', 'tomorrow', 'tonight']);

/** Finds number, date and time mentions. `wink` is a wink-nlp instance; token offsets come from `view`. */
export function numberCandidates(wink: WinkLike, view: TokenView): Candidate[] {
  const { text } = view;
  const wdoc = wink.readDoc(text);
  const values = wdoc.tokens().out(wink.its.value) as string[];
  const spans = wdoc.entities().out(wink.its.span) as unknown as Array<[number, number]>;
  const types = wdoc.entities().out(wink.its.type) as unknown as string[];
  // wink token index → tokenize-layer token index, by walking both in text order.
  const map = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  let t = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string;
    const at = text.indexOf(v, cursor);
    if (at < 0) break;
    cursor = at + v.length;
    while (t < view.start.length && (view.start[t] as number) < at) t++;
    if (t < view.start.length && view.start[t] === at) map[i] = t;
  }
  const out: Candidate[] = [];
  for (let e = 0; e < spans.length; e++) {
    const type = WINK_TYPES[types[e] as string];
    const [a, b] = spans[e] as [number, number];
    if (!type) continue;
    let first = map[a] as number;
    const lastTok = map[b] as number;
    if (first < 0 || lastTok < 0) continue;
    let end = lastTok + 1;
    while (first < end && LEADING_PREPOSITIONS.has((view.surface[first] as string).toLowerCase())) first++;
    if (first >= end) continue;
    let finalType = type;
    if (type === 'CARDINAL' && end < view.surface.length && UNITS.test(view.surface[end] as string)) {
      finalType = 'QUANTITY';
      end++;
    }
    // "earlier this year": wink marks "this year".
    if (type === 'DATE' && first > 0 && RELATIVE_PREFIX.has((view.surface[first - 1] as string).toLowerCase())) first--;
    out.push({ first, end, type: finalType, evidence: ['library:wink-nlp'], confidence: 0.8, priority: 1 });
  }
  for (let i = 0; i < view.surface.length; i++) {
    if (SOLO_DATES.has((view.surface[i] as string).toLowerCase()) && view.pos[i] !== 'PROPN') {
      out.push({ first: i, end: i + 1, type: 'DATE', evidence: ['rule:relative-date'], confidence: 0.7, priority: 1 });
    }
  }
  return out;
}
