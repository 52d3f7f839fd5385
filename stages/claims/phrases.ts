/** Noun-phrase and verb-group scanning over the token views (no parser: POS patterns). */
import type { Lexicon } from './lexicon.js';
import { isQuoteMark, type View } from './view.js';

/** An inclusive token range. */
export interface TokRange {
  first: number;
  last: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);
const NP_LINKS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM', 'X']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that', 'one', 'some', 'many', 'others', 'both', 'all', 'most', 'few', 'several', 'this', 'these', 'those', 'each', 'none', 'someone', 'somebody', 'anyone', 'everyone', 'nobody']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'today', 'tonight', 'yesterday', 'tuesday’s', 'fox', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'twitter', 'facebook']);
const COMMON_INITIAL = new Set(['but', 'and', 'so', 'then', 'still', 'also', 'later', 'now', 'yet', 'instead', 'meanwhile', 'however', 'asked', 'speaking', 'separately', 'earlier', 'finally', 'again', 'here', 'there', 'today', 'new', 'other', 'many', 'most', 'more', 'some', 'former', 'top', 'senior']);
const STUDY_HEADS = new Set(['study', 'report', 'analysis', 'survey', 'poll', 'memo', 'review', 'audit', 'investigation', 'paper', 'letter', 'statement']);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'none', 'each', 'both', 'several', 'few', 'half', 'majority', 'one', 'two', 'three', 'any']);
const APPROX = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'some', 'only', 'just']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'whom', 'his', 'their', 'its', 'my', 'our', 'your']);

function npToken(v: View, i: number): boolean {
  const p = v.pos[i] as string;
  const w = v.low[i] as string;
  if (p === 'PRON') return !OBJECT_PRONOUNS.has(w) || w === 'his' || w === 'their' || w === 'its' || w === 'her' || w === 'our' || w === 'my';
  if (NP_POS.has(p)) return true;
  if (p === 'PART' && POSSESSIVE.has(w)) return true;
  if (p === 'PUNCT' && (w === '-' || w === '.' || w === '&')) return true;
  if (p === 'X' || p === 'SYM') return !isQuoteMark(w);
  if (w === 'think' && (v.low[i + 1] === 'tank' || v.low[i + 1] === 'tanks')) return true;
  // a capitalised word that is not sentence-initial is a name whatever its tag ("Cook said")
  if (v.cap[i] && (p === 'VERB' || p === 'ADJ' || p === 'ADV') && i > 0 && v.sentOf[i - 1] === v.sentOf[i] && !v.lineBefore[i] && !isQuoteMark(v.low[i - 1] as string)) return true;
  // a capitalised word beside a proper noun is part of the name whatever its tag ("Ted Cruz")
  if (v.cap[i] && (v.pos[i + 1] === 'PROPN' || v.pos[i - 1] === 'PROPN') && (p === 'VERB' || p === 'ADV' || p === 'ADP' && w.length > 3)) return true;
  return false;
}

/**
 * The noun phrase that ends at token `last` (walking left), within [floor, last]. "of"/"for"…
 * and "and" are crossed only between noun-like tokens.
 */
export function npLeft(v: View, last: number, floor: number): TokRange | null {
  // "the self-described democratic socialist": a tagger's ADJ after a determiner can head the phrase
  // "her thinking": a gerund after a possessive heads the phrase
  const gerundHead = v.pos[last] === 'VERB' && (v.low[last] as string).endsWith('ing') && last - 1 >= floor && (v.low[last - 1] === 'her' || v.low[last - 1] === 'his' || v.low[last - 1] === 'their' || v.low[last - 1] === 'its');
  const capHead = gerundHead || v.cap[last] === 1 && (v.pos[last] === 'VERB' || v.pos[last] === 'ADJ') && !COMMON_INITIAL.has(v.low[last] as string);
  const adjHead = capHead || v.pos[last] === 'ADJ' && last - 1 >= floor && (v.pos[last - 1] === 'ADJ' || v.pos[last - 1] === 'DET' || v.pos[last - 1] === 'PART' && POSSESSIVE.has(v.low[last - 1] as string));
  if (last < floor || !HEAD_POS.has(v.pos[last] as string) && !adjHead && !(v.pos[last] === 'PUNCT' && v.low[last] === ')')) return null;
  if (v.pos[last] === 'PRON' && OBJECT_PRONOUNS.has(v.low[last] as string)) return null;
  let i = last;
  if (v.low[i] === ')') {
    // "(R-Fla.)": skip a short parenthesis
    let j = i - 1;
    while (j >= floor && v.low[j] !== '(' && i - j < 8) j--;
    if (j < floor || v.low[j] !== '(') return null;
    i = j - 1;
    if (i < floor || !HEAD_POS.has(v.pos[i] as string)) return null;
  }
  // a lone personal pronoun is its own phrase
  if (v.pos[i] === 'PRON' && SUBJECT_PRONOUNS.has(v.low[i] as string)) return { first: i, last };
  let first = i;
  for (let j = i - 1; j >= floor; j--) {
    const w = v.low[j] as string;
    if (v.lineBefore[j + 1]) break;
    if (npToken(v, j)) {
      if (v.pos[j] === 'PRON' && SUBJECT_PRONOUNS.has(w) && w !== 'some' && w !== 'many' && w !== 'all' && w !== 'both') break;
      first = j;
      continue;
    }
    // "self-described": a participle after a hyphen; "registered voters": a participle before a noun
    if (v.pos[j] === 'VERB' && (v.low[j - 1] === '-' || (v.low[j] as string).endsWith('ed') && (v.pos[j + 1] === 'NOUN' || v.pos[j + 1] === 'ADJ') && j + 1 <= last && (v.pos[j - 1] === 'ADJ' || v.pos[j - 1] === 'DET' || v.pos[j - 1] === 'NOUN' || v.pos[j - 1] === 'PROPN'))) {
      first = j;
      continue;
    }
    // "About 4 in 10", "nearly half"
    if (APPROX.has(w) && (v.pos[j + 1] === 'NUM' || v.low[j + 1] === 'half')) {
      first = j;
      continue;
    }
    if (w === ')' && j - 1 > floor) {
      let k = j - 1;
      while (k > floor && v.low[k] !== '(' && j - k < 8) k--;
      if (v.low[k] === '(' && k - 1 >= floor && HEAD_POS.has(v.pos[k - 1] as string)) {
        first = k;
        j = k;
        continue;
      }
      break;
    }
    if (NP_LINKS.has(w) && TIME_WORDS.has(v.low[j + 1] as string)) break;
    // "A person familiar with the planning", "sources close to the campaign"
    if ((w === 'with' || w === 'to') && v.pos[j - 1] === 'ADJ' && (v.low[j - 1] === 'familiar' || v.low[j - 1] === 'close') && (v.pos[j - 2] === 'NOUN' || v.pos[j - 2] === 'PROPN')) {
      first = j - 1;
      j--;
      continue;
    }
    // "Aides to Clinton"
    if (w === 'to' && v.pos[j - 1] === 'NOUN' && v.pos[j + 1] === 'PROPN') {
      first = j;
      continue;
    }
    // "a study by the Council …"
    if (w === 'by' && STUDY_HEADS.has(v.low[j - 1] as string)) {
      first = j;
      continue;
    }
    if ((NP_LINKS.has(w) || w === 'and' || w === '&') && j - 1 >= floor && (HEAD_POS.has(v.pos[j - 1] as string) || v.low[j - 1] === '%' || w === 'of' && QUANTIFIERS.has(v.low[j - 1] as string)) && (HEAD_POS.has(v.pos[j + 1] as string) || v.pos[j + 1] === 'DET' || v.pos[j + 1] === 'ADJ')) {
      first = j;
      continue;
    }
    break;
  }
  if (adjHead && !capHead && v.pos[first] !== 'DET' && !phraseHasPossessive(v, first, last)) return null;
  while (first <= last && !APPROX.has(v.low[first] as string) && (v.pos[first] === 'ADP' || v.pos[first] === 'CCONJ' || v.pos[first] === 'PART' || v.pos[first] === 'PUNCT' || v.pos[first] === 'SYM' || v.low[first] === '#')) first++;
  return first <= last ? { first, last } : null;
}

/**
 * The noun phrase that starts at token `first` (walking right) and stops before `limit`. With
 * `appositive`, a following ", a professor at …" up to the end of the clause joins it.
 */
export function npRight(v: View, first: number, limit: number, appositive: boolean): TokRange | null {
  if (first >= limit || !npToken(v, first) && v.low[first] !== 'the') return null;
  if (v.pos[first] === 'PRON' && SUBJECT_PRONOUNS.has(v.low[first] as string)) return { first, last: first };
  let last = -1;
  for (let j = first; j < limit; j++) {
    const w = v.low[j] as string;
    if (j > first && v.lineBefore[j]) break;
    if (npToken(v, j)) {
      if (v.pos[j] === 'PRON' && SUBJECT_PRONOUNS.has(w) && j > first) break;
      last = j;
      continue;
    }
    if ((NP_LINKS.has(w) || w === 'and') && last === j - 1 && j + 1 < limit && npToken(v, j + 1)) continue;
    // "exit polls conducted for the Associated Press": a participle phrase inside the noun phrase
    if (v.pos[j] === 'VERB' && last === j - 1 && v.pos[last] === 'NOUN' && /(ed|en|wn)$/.test(w) && (v.low[j + 1] === 'by' || v.low[j + 1] === 'for')) {
      last = j;
      continue;
    }
    if (w === '(') {
      let k = j + 1;
      while (k < limit && v.low[k] !== ')' && k - j < 8) k++;
      if (k < limit && v.low[k] === ')') {
        last = k;
        j = k;
        continue;
      }
    }
    break;
  }
  if (last < first) return null;
  const head = (i: number): boolean => HEAD_POS.has(v.pos[i] as string) || v.low[i] === ')' || v.cap[i] === 1 && i > first && (v.pos[i] === 'VERB' || v.pos[i] === 'ADJ');
  while (last > first && !head(last)) last--;
  if (!head(last) && !HEAD_POS.has(v.pos[last] as string)) return null;
  if (appositive && v.low[last + 1] === ',' && last + 2 < limit) {
    const a = last + 2;
    const p = v.pos[a] as string;
    if (p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || v.low[a] === 'who') {
      // an appositive runs to the next punctuation; a verb is allowed only after who/which/that
      let k = a;
      let relative = false;
      let ok = true;
      while (k < limit && !(v.pos[k] === 'PUNCT' && v.low[k] !== '-' && v.low[k] !== '.' || isQuoteMark(v.low[k] as string)) && !(v.low[k] === '.' && k + 1 >= limit)) {
        const w = v.low[k] as string;
        if (w === 'who' || w === 'which' || w === 'that') relative = true;
        if ((v.pos[k] === 'VERB' || v.pos[k] === 'AUX') && !relative && !(v.pos[k] === 'VERB' && (w.endsWith('ing') || w.endsWith('ed')) && k > a)) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok && k > a && (v.pos[k - 1] !== 'ADP' && v.pos[k - 1] !== 'DET')) return { first, last: k - 1 };
    }
  }
  return { first, last };
}

function phraseHasPossessive(v: View, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (v.pos[i] === 'PART' && POSSESSIVE.has(v.low[i] as string)) return true;
  return false;
}

/** Tokens that may stand between a subject and its verb, or start a verb group. */
const AUX_LEMMAS = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

export interface CueGroup extends TokRange {
  /** First token of the whole group, before words left out of the cue ("then"). */
  lead: number;
  /** The cue's head verb (or noun). */
  head: number;
  negated: boolean;
  passive: boolean;
  /** The refusal verb ("declined to …") when there is one. */
  refusal: number;
  /** The first word of a chain ("continued to", "were quick to", "began") when there is one. */
  chain: number;
}

/**
 * A chain before the verb group starting at `first` that hands its complement on to the cue:
 * "continued to question", "went on to slam", "were quick to condemn", "began dismissing",
 * "has yet to endorse" (negated). Returns where the chain starts, or null.
 */
function chainBefore(v: View, first: number, floor: number, lex: Lexicon): { start: number; negated: boolean } | null {
  const w = v.low[first] as string;
  if (v.low[first - 1] !== 'to') {
    // a gerund: "began dismissing", "kept attacking"
    const k = first - 1;
    if (w.endsWith('ing') && k >= floor && v.pos[k] === 'VERB' && lex.chainVerbs.has(v.lemma[k] as string)) return { start: k, negated: false };
    return null;
  }
  const k = first - 2;
  if (k < floor) return null;
  const p = v.pos[k] as string;
  if (v.low[k] === 'yet' && k - 1 >= floor && (v.lemma[k - 1] === 'have' || v.lemma[k - 1] === 'be')) return { start: k, negated: true };
  if (v.low[k] === 'on' && k - 1 >= floor && v.lemma[k - 1] === 'go') return { start: k - 1, negated: false };
  if (p === 'VERB' && lex.chainVerbs.has(v.lemma[k] as string)) return { start: k, negated: false };
  // "were quick to condemn": only after a form of "be", so "a quick way to condemn" stays out
  if ((p === 'ADJ' || p === 'ADV') && lex.chainAdjectives.has(v.low[k] as string) && k - 1 >= floor && v.lemma[k - 1] === 'be') return { start: k, negated: false };
  return null;
}

/** Words that negate a verb group: "did not say", "never said". */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);

/** True when token i can be part of a verb group before the head: auxiliaries, not, adverbs. */
export function preHead(v: View, i: number, lex: Lexicon): boolean {
  const p = v.pos[i] as string;
  const w = v.low[i] as string;
  if (p === 'AUX' || AUX_LEMMAS.has(v.lemma[i] as string) && p !== 'NOUN') return true;
  if (NEGATORS.has(w)) return true;
  if ((p === 'ADV' || p === 'DET' || p === 'PRON') && lex.groupAdverbs.has(w)) return true;
  // manner adverbs inside the verb group: "has forcefully condemned", "dutifully recounts"
  if (p === 'ADV' && w.length > 4 && w.endsWith('ly') && w !== 'only' && w !== 'early') return true;
  return false;
}

/** Expands a verb cue at `head` into its group: "has also said", "did not condemn", "called for", "said Monday". */
export function verbGroup(v: View, head: number, floor: number, limit: number, lex: Lexicon): CueGroup {
  let first = head;
  let negated = false;
  let passive = false;
  let refusal = -1;
  for (let j = head - 1; j >= floor && preHead(v, j, lex); j--) {
    first = j;
    if (NEGATORS.has(v.low[j] as string)) negated = true;
    if (v.lemma[j] === 'be' || v.lemma[j] === 'get') passive = true;
  }
  // "declined to condemn": the refusal verb and "to" join the group
  if (first - 2 >= floor && v.low[first - 1] === 'to' && lex.refusals.has(v.lemma[first - 2] as string)) {
    refusal = first - 2;
    negated = true;
    first = first - 2;
    for (let j = first - 1; j >= floor && preHead(v, j, lex); j--) first = j;
  }
  const chain = refusal < 0 ? chainBefore(v, first, floor, lex) : null;
  if (chain) {
    first = chain.start;
    if (chain.negated) negated = true;
    for (let j = first - 1; j >= floor && preHead(v, j, lex); j--) {
      first = j;
      if (NEGATORS.has(v.low[j] as string)) negated = true;
    }
  }
  let last = head;
  const tail = `${v.lemma[head]} ${v.low[head + 1]}`;
  if (head + 1 < limit && lex.tails.has(tail)) last = head + 1;
  if (last + 1 < limit && lex.days.has(v.low[last + 1] as string)) last = last + 1;
  // "said in a statement", "said in an interview"
  if (last + 3 < limit && v.low[last + 1] === 'in' && (v.low[last + 2] === 'a' || v.low[last + 2] === 'an') && lex.mediums.has(v.low[last + 3] as string)) last = last + 3;
  if (passive && (v.low[head] as string).endsWith('ing')) passive = false;
  const lead = first;
  while (first < head && lex.outsideCue.has(v.low[first] as string)) first++;
  return { first, last, head, negated, passive, refusal, chain: chain ? chain.start : -1, lead };
}
