/**
 * Numbers, dates and times by rules over tokens: MONEY, PERCENT, QUANTITY, DATE, TIME, ORDINAL,
 * CARDINAL. (wink-nlp's own recogniser would need a second pass of wink over the text, which
 * costs as much as the whole entities stage; these rules cover what news needs.)
 */
import type { EntityType } from '../../pipeline/document-types.js';
import { firstCode, lowerAt, newCandidate, surfaceAt, type Candidate, type TokenView } from './types.js';

const NUM = /^(\d[\d,]*(\.\d+)?|\.\d+)$/;
const NUM_SUFFIXED = /^\d+(\.\d+)?(m|bn|mn|k|tn)$/i;
const NUM_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'hundreds', 'thousands', 'millions', 'billions', 'dozens']);
const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|hundredth|last-ditch|\d+(st|nd|rd|th))$/i;
const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?$/;
const CURRENCY_SYMBOLS = new Set(['$', '£', '€', '¥', '₩', 'US$', 'A$', 'C$', 'HK$']);
const CURRENCY_WORDS = /^(dollars?|pounds?|euros?|yen|won|yuan|renminbi|rupees?|roubles?|rubles?|francs?|marks?|cents?|pence|p|sterling)$/i;
const UNITS = /^(km|kilometres?|kilometers?|miles?|metres?|meters?|m|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|lb|lbs|feet|foot|ft|inches|inch|degrees?|km\/h|mph|knots?|hectares?|acres?|litres?|liters?|gallons?|barrels?|megatons?|kilotons?|megawatts?|gigawatts?|mw|gw|kwh|gb|mb|tb)$/i;
const PERIODS = /^(years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|seconds?|quarters?|weekends?|nights?|mornings?|afternoons?|evenings?)$/i;
const PERIOD_UNITS = /^(year|month|week|day|decade|century|quarter|weekend|season|term)$/i;
const TIME_OF_DAY = /^(morning|afternoon|evening|night)$/i;
const RELATIVE = /^(this|last|next|coming|past|previous)$/i;
const SOLO_DATES = /^(today|yesterday|tomorrow|soon)$/i;
// Regular expressions below are constants, not literals in the code: a literal is a new object each time it is evaluated.
const MULTIPLIER = /^(m|bn|mn|tn|k)$/i;
const AGO = /^(ago|earlier|later|before)$/;
const CLOCK_PERIODS = /^(hours?|minutes?|seconds?)$/;
const YEAR = /^\d{4}$/;
const PLURAL = /s$/;
const DECADE = /^\d{4}s$/;
const SHORT_DECADE = /^(\d0)s$/;
const NOT_AFTER_ONE = /^(of|another|who|that|which)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
const HOUR_AM_PM = /^\d{1,2}(am|pm)$/i;
const TIME_SUFFIX = /^(am|pm|a\.m\.|p\.m\.|gmt|bst|est|utc|edt|pst|cet)$/;
const AM_PM_END = /(am|pm)$/i;
const MONTH_QUALIFIER = /^(early|late|mid|last|next|this)$/i;
const EARLIER_LATER = /^(earlier|later|early|late)$/;
const ORDINAL_POS = /^(ADJ|ADV|NOUN|NUM)$/;

/** Lower-case words that can start a number, date or time mention (besides digits and currency signs). */
const TRIGGERS = new Set<string>([
  ...NUM_WORDS, 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'twentieth', 'thirtieth', 'hundredth',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'this', 'last', 'next', 'coming', 'past', 'previous', 'today', 'yesterday', 'tomorrow', 'soon', 'tonight',
]);

/** `lower`: `s` in lower case. */
function isNumberTok(s: string, lower: string): boolean {
  return NUM.test(s) || NUM_SUFFIXED.test(s) || NUM_WORDS.has(lower);
}

// The helpers below are module functions rather than closures in numberCandidates: closures are
// allocated on every call, and a call to a closure that optimised code inlined deoptimises it
// ("wrong call target") when the next call brings a new closure.

/** Token `j` exists and is in the sentence of token `i`. */
function same(view: TokenView, i: number, j: number): boolean {
  return j < view.surface.length && view.sentence[i] === view.sentence[j];
}

function candidate(first: number, end: number, type: EntityType, rule: string, confidence = 0.8): Candidate {
  return newCandidate(first, end, type, [`rule:${rule}`], confidence, 1);
}

/** End of a number starting at i ("2.5", "two million", "5bn"), or i if none. */
function numberEnd(view: TokenView, i: number): number {
  const s = view.surface;
  const lower = view.lower;
  const n = s.length;
  let j = i;
  while (j < n && same(view, i, j) && isNumberTok(s[j] as string, lower[j] as string)) {
    j++;
    // "11bn" split by the tokenizer into "11" + "bn".
    if (j < n && MULTIPLIER.test(s[j] as string) && view.end[j - 1] === view.start[j]) j++;
    if (j < n && s[j] === '-' && j + 1 < n && NUM_WORDS.has(lowerAt(view, j + 1))) j++; // "twenty-five"
  }
  return j;
}

/** Finds number, date and time mentions over the token view. */
export function numberCandidates(view: TokenView): Candidate[] {
  const out: Candidate[] = [];
  const s = view.surface;
  const n = s.length;
  const lower = view.lower;
  for (let i = 0; i < n; i++) {
    const t = s[i] as string;
    const c0 = firstCode(t);
    const l = lower[i] as string;
    if (!(c0 >= 48 && c0 <= 57) && !CURRENCY_SYMBOLS.has(t) && !(c0 === 46 && t.length > 1) && !TRIGGERS.has(l)) continue;
    // MONEY: "$5 million", "£3bn", "5 million dollars".
    if (CURRENCY_SYMBOLS.has(t) && i + 1 < n) {
      const e = numberEnd(view, i + 1);
      if (e > i + 1) {
        out.push(candidate(i, e, 'MONEY', 'money'));
        i = e - 1;
        continue;
      }
    }
    const ne = numberEnd(view, i);
    if (ne > i) {
      const before = out.length;
      const next = lowerAt(view, ne);
      // A loop, not a closure over `i`: a captured loop variable costs an allocation on every
      // iteration of the loop over all tokens.
      let onlyWords = true;
      for (let k = i; k < ne && onlyWords; k++) onlyWords = NUM_WORDS.has(lower[k] as string);
      if (CURRENCY_WORDS.test(next) && same(view, i, ne) && !(onlyWords && next === 'p')) out.push(candidate(i, ne + 1, 'MONEY', 'money'));
      else if ((next === '%' || next === 'percent') && same(view, i, ne)) out.push(candidate(i, ne + 1, 'PERCENT', 'percent'));
      else if (next === 'per' && lowerAt(view, ne + 1) === 'cent') out.push(candidate(i, ne + 2, 'PERCENT', 'percent'));
      else if (UNITS.test(next) && same(view, i, ne) && !onlyWords) out.push(candidate(i, ne + 1, 'QUANTITY', 'quantity'));
      else if (PERIODS.test(next) && same(view, i, ne)) {
        // "three years", "two days ago": a duration or relative date.
        const ago = AGO.test(lowerAt(view, ne + 1)) ? 1 : 0;
        out.push(candidate(i, ne + 1 + ago, CLOCK_PERIODS.test(next) ? 'TIME' : 'DATE', 'date-period', 0.7));
      } else if (MONTHS.test(surfaceAt(view, ne)) && same(view, i, ne) && NUM.test(t)) {
        // "30 August 1996"
        const e = NUM.test(surfaceAt(view, ne + 1)) && YEAR.test(s[ne + 1] as string) ? ne + 2 : ne + 1;
        out.push(candidate(i, e, 'DATE', 'date'));
      } else if (YEAR.test(t) && ne === i + 1 && Number(t) >= 1900 && Number(t) <= 2099 && !(i + 1 < n && view.pos[i + 1] === 'NOUN' && PLURAL.test(next))) {
        out.push(candidate(i, ne, 'DATE', 'date-year'));
      } else if (DECADE.test(t) || (SHORT_DECADE.test(t) && lowerAt(view, i - 1) === 'the')) {
        out.push(candidate(i, i + 1, 'DATE', 'date-decade'));
      } else if (!(ne === i + 1 && l === 'one' && NOT_AFTER_ONE.test(next))) {
        out.push(candidate(i, ne, 'CARDINAL', 'cardinal', 0.7));
      }
      i = Math.max(i, (out.length > before ? (out[out.length - 1] as Candidate).end : ne) - 1);
      continue;
    }
    if (DECADE.test(t)) {
      out.push(candidate(i, i + 1, 'DATE', 'date-decade'));
      continue;
    }
    if (ISO_DATE.test(t) || SLASH_DATE.test(t)) {
      out.push(candidate(i, i + 1, 'DATE', 'date'));
      continue;
    }
    if (CLOCK.test(t) || HOUR_AM_PM.test(t)) {
      const e = TIME_SUFFIX.test(lowerAt(view, i + 1)) ? i + 2 : i + 1;
      if (t.includes(':') || e > i + 1 || AM_PM_END.test(t)) out.push(candidate(i, e, 'TIME', 'time'));
      i = e - 1;
      continue;
    }
    if (MONTHS.test(t) && (t.length > 4 || t.endsWith('.')) && !(t === 'May' && view.pos[i] !== 'PROPN') && !(t === 'March' && view.pos[i] === 'VERB')) {
      let e = i + 1;
      if (NUM.test(surfaceAt(view, e)) && (s[e] as string).length <= 2) e++;
      if (surfaceAt(view, e) === ',' && YEAR.test(surfaceAt(view, e + 1))) e += 2;
      else if (YEAR.test(surfaceAt(view, e))) e++;
      const first = MONTH_QUALIFIER.test(surfaceAt(view, i - 1)) ? i - 1 : i;
      out.push(candidate(first, e, 'DATE', 'date'));
      i = e - 1;
      continue;
    }
    if (WEEKDAYS.test(t)) {
      const first = RELATIVE.test(surfaceAt(view, i - 1)) ? i - 1 : i;
      const e = TIME_OF_DAY.test(lowerAt(view, i + 1)) ? i + 2 : i + 1;
      out.push(candidate(first, e, 'DATE', 'date'));
      i = e - 1;
      continue;
    }
    if (RELATIVE.test(t) && PERIOD_UNITS.test(lowerAt(view, i + 1)) && same(view, i, i + 1)) {
      // "earlier this year", "last week", "later this month".
      const first = EARLIER_LATER.test(lowerAt(view, i - 1)) ? i - 1 : i;
      out.push(candidate(first, i + 2, 'DATE', 'date-relative'));
      i++;
      continue;
    }
    if (RELATIVE.test(t) && TIME_OF_DAY.test(lowerAt(view, i + 1)) && l !== 'past') {
      out.push(candidate(i, i + 2, 'TIME', 'time-relative', 0.7));
      i++;
      continue;
    }
    if (SOLO_DATES.test(t) && view.pos[i] !== 'PROPN') {
      out.push(candidate(i, i + 1, 'DATE', 'date-relative', 0.7));
      continue;
    }
    if (l === 'tonight') {
      out.push(candidate(i, i + 1, 'TIME', 'time-relative', 0.7));
      continue;
    }
    if (ORDINALS.test(t) && l !== 'last-ditch' && ORDINAL_POS.test(view.pos[i] as string)) {
      out.push(candidate(i, i + 1, 'ORDINAL', 'ordinal', 0.75));
    }
  }
  return out;
}
