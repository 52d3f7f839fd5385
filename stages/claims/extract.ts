/**
 * The attribution rules. Order: direct quotes (cue after, cue before, split, continuation), then
 * verb cues not used by a quote (indirect and mixed, passive, coordinated, belief/intention), then
 * "according to", then noun cues. Each rule leaves its name in `evidence`.
 */
import type { Lexicon } from './lexicon.js';
import { NEGATORS, npLeft, npRight, preHead, verbGroup, type CueGroup, type TokRange } from './phrases.js';
import { closesAfterComma, isQuoteMark, tokenAtOrAfter, type View } from './view.js';
import type { Quote } from './quotes.js';

export interface Range {
  start: number;
  end: number;
}

/** A claim before ids, source kinds and entity links are assigned. */
export interface RawClaim {
  kind: 'direct' | 'indirect' | 'mixed' | 'according-to';
  cue: (Range & { lemma: string }) | null;
  /** Token range of the source, or null for an author claim. */
  source: TokRange | null;
  /** Inherited source of a continuation (already resolved). */
  sourceFrom?: RawClaim;
  content: Range[];
  confidence: number;
  evidence: string[];
  /** Token index used to order claims. */
  anchor: number;
}

const COLON_OR_COMMA = new Set([':', ',']);
const SPEECH_END = new Set([',', '?', '!', '—', '–', '-', '…', '...']);
const CLAUSE_BOUNDARY = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'that', 'because', 'as', 'when', 'while', 'if', 'although', 'though', 'since', 'after', 'before', 'so', 'where', 'whereas', 'yet', 'or', 'why', 'how', 'whether', 'unless', 'until', 'once']);
const PARTICIPLE_LEADS = new Set(['by', 'before', 'after', 'while', 'when', 'in', 'without', 'also']);
const EVIDENTIAL = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'say', 'claim', 'estimate', 'predict']);
const LONE_SUBJECTS = new Set(['another', 'others', 'some', 'many', 'most', 'both', 'all', 'several', 'few', 'one', 'those', 'these', 'everyone', 'nobody', 'none']);
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling']);
/** Passive verbs whose "X is expected to …" reports an expectation without naming who holds it. */
const PASSIVE_EXPECTATIONS = new Set(['expect', 'predict', 'project', 'forecast']);
/** Passive verbs of criticism and praise whose "X was criticized for …" names no critic… */
const PASSIVE_JUDGEMENTS = new Set(['criticize', 'criticise', 'condemn', 'denounce', 'accuse', 'blame', 'fault', 'praise', 'hail', 'laud', 'applaud', 'commend', 'attack', 'slam', 'blast', 'lambaste', 'castigate', 'chastise', 'rebuke', 'ridicule', 'mock', 'deride', 'pan']);
/** …followed by the grounds: "for", "as", "of" ("is accused of"), "over" ("criticised over the costs"). */
const JUDGEMENT_GROUNDS = new Set(['for', 'as', 'of', 'over']);
/** "over" that starts a time, not grounds: "was attacked over the weekend". */
const OVER_TIME = /^(the (weekend|past|last|next|years?|months?|weeks?|days?|summer|winter|holidays?)|weekend|night|time|years|decades)\b/;
/** Prepositions that bring what a warning or a telling is about. */
const ABOUT_PREPS = new Set(['against', 'of', 'about', 'over']);
/** Tell-like verbs whose object is always an addressee ("urged an increase" is not). */
const ADDRESSEE_ONLY = new Set(['tell', 'inform', 'assure', 'remind']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Pronouns that are never an object: a "verb" after them is a noun ("his promises"). */
const ONLY_POSSESSIVE = new Set(['his', 'their', 'its', 'my', 'our', 'your']);
/** Prepositions that open what a made act is about: "attacks against Rubio", "threw his support behind Clinton". */
const MADE_COMPLEMENTS = new Set(['against', 'at', 'on', 'of', 'about', 'over', 'behind', 'for', 'toward', 'towards']);
/** The particles of `retorts` ("fire back", "lash out"), checked before a pair is built. */
const RETORT_PARTICLES = new Set(['back', 'out']);
const WH_WORDS = new Set(['how', 'why', 'whether', 'what', 'if']);
/** Participles that open an adverbial phrase like a preposition: "given the divide, …", "considering the cost, …". */
const OPENER_PARTICIPLES = new Set(['given', 'considering']);
/** Words that open a relative clause after a comma: "…, who leads in the polls". */
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'where']);
/** Verbs that link a subject to a belief adjective: "are worried", "remain confident", "seemed hopeful". */
const COPULAS = new Set(['be', 'remain', 'seem', 'appear', 'feel', 'grow', 'become', 'sound', 'look']);
/** Modals before a copula: "you can be sure that" advises, it reports no belief. */
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'will', 'would', 'shall', "'ll", '’ll', "'d", '’d']);
const TELL_LIKE = new Set(['tell', 'ask', 'inform', 'assure', 'remind', 'warn', 'urge', 'promise', 'advise', 'persuade', 'convince']);

export function extractClaims(v: View, lex: Lexicon): RawClaim[] {
  const n = v.tokens.length;
  const claims: RawClaim[] = [];
  const usedCue = new Uint8Array(n);
  const usedQuote = new Uint8Array(v.quotes.length);
  /** Claims whose source is known, by sentence of their last token, for continuations and coordination. */
  const tok = (i: number) => v.tokens[i] as { start: number; end: number };
  const range = (first: number, last: number): Range => ({ start: tok(first).start, end: tok(last).end });
  /** First token of i's sentence; a sentence the tagger broke after an abbreviation ("Sen. Bernie Sanders (I-Vt.) | said") is joined to the one before. */
  const sentenceFloor = (i: number): number => {
    let si = v.sentOf[i] as number;
    let f = v.sentFirst[si] as number;
    while (si > 0 && f > 0 && !v.lineBefore[f] && i - f < 6) {
      const last = v.low[f - 1] as string;
      const prev = v.low[f - 2] as string;
      if (last === '.' || last === '?' || last === '!' || last === '…' || isQuoteMark(last) && (prev === '.' || prev === '?' || prev === '!' || prev === ',')) break;
      si--;
      f = v.sentFirst[si] as number;
    }
    return f;
  };
  const sentenceLimit = (i: number): number => v.sentEnd[v.sentOf[i] as number] as number;

  /** A verb and its particle that are a cue together: "fired back", "lashed out". */
  const retortAt = (i: number): boolean => RETORT_PARTICLES.has(v.low[i + 1] as string) && lex.retorts.has(`${v.lemma[i]} ${v.low[i + 1]}`);
  const isCueVerb = (i: number): boolean => {
    if (SAY_FORMS.has(v.low[i] as string) && v.pos[i - 1] !== 'DET' && v.pos[i - 1] !== 'ADJ' && v.pos[i - 1] !== 'PART') return true;
    if (v.pos[i] === 'NOUN' && nounAsVerb(i)) return true;
    if (v.pos[i] !== 'VERB' && !(v.pos[i] === 'AUX' && v.lemma[i] === 'say')) return false;
    if (retortAt(i)) return true;
    if (ONLY_POSSESSIVE.has(v.low[i - 1] as string)) return false;
    if (v.low[i] === 'according' && v.low[i + 1] === 'to') return false;
    if (v.low[i] === 'think' && (v.low[i + 1] === 'tank' || v.low[i + 1] === 'tanks')) return false;
    // "A British terror suspect held in …": a noun the tagger read as a verb, before a participle
    if (v.pos[i + 1] === 'VERB' && v.low[i + 1] !== v.lemma[i + 1] && !/(s|ing)$/.test(v.low[i + 1] as string) && (v.pos[i - 1] === 'NOUN' || v.pos[i - 1] === 'ADJ' || v.pos[i - 1] === 'PROPN') && !SAY_FORMS.has(v.low[i] as string)) return false;
    // "has plans for …": a third-person form after an auxiliary is a noun
    if (v.pos[i - 1] === 'AUX' && /[^s]s$/.test(v.low[i] as string) && !SAY_FORMS.has(v.low[i] as string)) return false;
    // "voted for", "focused on": a verb whose attached word makes it a cue in PolNeAR
    return lex.verbs.has(v.lemma[i] as string) || lex.forms.has(v.low[i] as string) || lex.tails.has(`${v.lemma[i]} ${v.low[i + 1]}`);
  };
  /** A tagger's noun that is a verb here: "Pyongyang plans to launch", "Residents fear that". */
  const nounAsVerb = (i: number): boolean => {
    const l = v.lemma[i] as string;
    const classed = lex.belief.has(l) || lex.intention.has(l) || lex.speech.has(l);
    if (!classed && !lex.verbs.has(l)) return false;
    const prev = v.pos[i - 1];
    if (prev !== 'PROPN' && prev !== 'NOUN' && prev !== 'PRON') return false;
    // "Illinois state Rep. Carol Ammons": a title, not a verb
    if (l === 'state' && v.pos[i + 1] === 'PROPN') return false;
    if (prev === 'PRON' && v.low[i - 1] !== 'they' && v.low[i - 1] !== 'we' && v.low[i - 1] !== 'i' && v.low[i - 1] !== 'you') return false;
    if (v.low[i + 1] === 'that') return true;
    if (classed && v.low[i + 1] === 'to' && v.pos[i + 2] === 'VERB') return true;
    // "…, the reports show.", "…,” Viguerie notes.": a verb at the end of a clause after its subject
    if ((v.low[i + 1] === '.' || v.low[i + 1] === ',') && lex.speech.has(l) || v.low[i + 1] === '.' && lex.verbs.has(l)) {
      const np = npLeft(v, i - 1, Math.max(0, i - 8));
      if (np && np.first > 0 && (v.low[np.first - 1] === ',' || isQuoteMark(v.low[np.first - 1] as string))) return true;
    }
    // "Polls show Trump leading": a plural subject and then a clause
    const plural = prev === 'PRON' || (v.low[i - 1] as string).endsWith('s');
    // "Polls show Trump leading", "records show the aircraft …": evidential verbs take a small clause
    if (plural && EVIDENTIAL.has(l) && !(v.low[i] as string).endsWith('s')) {
      const next = v.pos[i + 1];
      if (next === 'PROPN' || next === 'DET' || next === 'NUM' || next === 'PRON' && v.low[i + 1] !== 'it') return true;
    }
    return plural && !(v.low[i] as string).endsWith('s') && i + 1 < v.tokens.length && clauseAt(i + 1, v.sentEnd[v.sentOf[i] as number] as number);
  };
  const isSpeechVerb = (i: number): boolean =>
    SAY_FORMS.has(v.low[i] as string) && v.pos[i - 1] !== 'DET' ||
    v.pos[i] === 'NOUN' && lex.speech.has(v.lemma[i] as string) && (v.pos[i - 1] === 'PRON' || v.pos[i - 1] === 'PROPN') && (v.low[i + 1] === ',' || v.low[i + 1] === ':' || v.low[i + 1] === '.') ||
    (v.pos[i] === 'VERB' || v.pos[i] === 'AUX') && (lex.speech.has(v.lemma[i] as string) || lex.forms.has(v.low[i] as string));
  const cueEvidence = (i: number): string => {
    const l = v.lemma[i] as string;
    const f = lex.verbs.get(l);
    if (retortAt(i)) return `lexicon:retort:${l} ${v.low[i + 1]}`;
    if (lex.speech.has(l)) return `lexicon:speech:${l}`;
    if (lex.belief.has(l)) return `lexicon:belief:${l}`;
    if (lex.intention.has(l)) return `lexicon:intention:${l}`;
    if (f) return `lexicon:${f.from}:${l}`;
    return `lexicon:${lex.forms.get(v.low[i] as string) ?? 'verb'}:${v.low[i]}`;
  };
  const cueOf = (g: CueGroup): Range & { lemma: string } => ({ ...range(g.first, g.last), lemma: v.lemma[g.head] as string });
  const groupEvidence = (g: CueGroup): string[] => {
    const e: string[] = [];
    if (g.negated) e.push('negated');
    if (g.refusal >= 0) e.push(`refusal:${v.lemma[g.refusal]}`);
    if (g.chain >= 0) e.push(`chain:${v.lemma[g.chain]}`);
    return e;
  };

  /** Verb group whose first token is at `at` (auxiliaries first), with a cue head. */
  const groupStartingAt = (at: number, limit: number, speechOnly: boolean): CueGroup | null => {
    let h = at;
    while (h < limit && preHead(v, h, lex) && !isCueVerb(h)) h++;
    if (h >= limit || !(speechOnly ? isSpeechVerb(h) : isCueVerb(h))) return null;
    return verbGroup(v, h, at, limit, lex);
  };
  /** Verb group ending at `at` (its head at `at` or a tail/day word after it). */
  const groupEndingAt = (at: number, floor: number, limit: number, speechOnly: boolean): CueGroup | null => {
    for (let h = at; h >= Math.max(floor, at - 2); h--) {
      if (speechOnly ? isSpeechVerb(h) : isCueVerb(h)) {
        const g = verbGroup(v, h, floor, limit, lex);
        if (g.last === at || h === at) return g;
      }
    }
    return null;
  };

  /** The subject to the left of a verb group starting at `first`, with appositives and relative clauses. */
  const subjectLeft = (first: number, floor: number): TokRange | null => {
    const j = first - 1;
    if (j < floor) return null;
    const found = subjectEndingAt(j, floor);
    if (found || !lex.days.has(v.low[j] as string)) return found;
    // "Trump on Tuesday said", "Trump yesterday said": a time adverbial before the verb
    const k = v.low[j - 1] === 'on' ? j - 2 : j - 1;
    return k >= floor ? subjectEndingAt(k, floor) : null;
  };
  /**
   * The holder of a belief reported without "that": "a spokesman said the Prime Minister expected
   * the conference to…", the noun phrase between a speech verb and the belief verb at i.
   */
  const reportedBeliever = (lead: number, i: number, floor: number): TokRange | null => {
    if (!lex.belief.has(v.lemma[i] as string)) return null;
    const np = npLeft(v, lead - 1, floor);
    if (!np || np.last !== lead - 1 || v.pos[np.first - 1] !== 'VERB') return null;
    const verb = v.lemma[np.first - 1] as string;
    return lex.speech.has(verb) && !TELL_LIKE.has(verb) ? np : null;
  };
  /**
   * Where a "that" clause starts after a place or medium adjunct ("wrote in The Atlantic that …",
   * "argued in a column that …", "wrote on Twitter that …"), else s. Prepositions that name the
   * topic ("warned of the risk that …") are part of the content.
   */
  const afterAdjunct = (s: number, limit: number): number => {
    const p = v.low[s] as string;
    if (!(p === 'in' || p === 'at' || p === 'during' || p === 'via' || p === 'through' || p === 'on' && v.pos[s + 1] === 'PROPN')) return s;
    for (let k = s + 2; k < limit && k - s <= 8; k++) {
      if (v.low[k] === 'that') return k;
      const t = v.pos[k - 1] as string;
      if (!(t === 'DET' || t === 'ADJ' || t === 'NOUN' || t === 'PROPN' || t === 'NUM' || v.low[k - 1] === "'s" || v.low[k - 1] === '’s')) return s;
    }
    return s;
  };
  /** Nothing but adverbials ("in a statement", "on Monday", "to reporters") until the end of the sentence. */
  const onlyAdjunctsUntilEnd = (k: number, limit: number): boolean => {
    let e = limit;
    while (e > k && (v.pos[e - 1] === 'PUNCT' || isQuoteMark(v.low[e - 1] as string))) e--;
    if (e - k > 12) return false;
    for (let i = k; i < e; i++) {
      const p = v.pos[i];
      if (p === 'VERB' || p === 'AUX' || v.low[i] === 'that' || v.low[i] === ',' || isQuoteMark(v.low[i] as string)) return false;
    }
    return k >= e || v.pos[k] === 'ADP' || lex.days.has(v.low[k] as string) || v.pos[k] === 'PROPN' || v.pos[k] === 'NOUN' || v.pos[k] === 'PRON';
  };
  const spacedDash = (j: number): boolean => {
    const t = v.tokens[j] as { start: number; end: number };
    return t.start > 0 && v.text[t.start - 1] === ' ' && v.text[t.end] === ' ';
  };
  /** A dash: an em or en dash, or a hyphen with a space on each side. */
  const dashAt = (j: number): boolean => v.low[j] === '—' || v.low[j] === '–' || v.low[j] === '-' && spacedDash(j);
  const subjectEndingAt = (j: number, floor: number): TokRange | null => {
    // a spaced hyphen is a dash too: "economists - including a minority of the committee - warn"
    if (dashAt(j) || v.low[j] === '--') {
      // "Jason Sims — a teacher from Mount Pleasant — says"
      for (let k = j - 1; k > floor && j - k < 25; k--) {
        if (v.low[k] !== v.low[j]) continue;
        const head = npLeft(v, k - 1, floor);
        if (head && leftBoundary(head.first, floor)) return { first: head.first, last: j - 1 };
        break;
      }
    }
    if (v.low[j] === ',') {
      // "X, a professor at Y, said" / "X, who ran …, said"
      let chainFallback: TokRange | null = null;
      for (let k = j - 1; k > floor && j - k < 40; k--) {
        const w = v.low[k] as string;
        // a quoted name inside the appositive ("the hacker known as “Guccifer,”") is stepped over
        if (isQuoteMark(w)) {
          const qc = v.quoteCloseAt[k] as number;
          const q = qc >= 0 ? (v.quotes[qc] as Quote) : null;
          if (!q || q.pieces.length !== 1 || (q.pieces[0] as Range).end - (q.pieces[0] as Range).start > 40) break;
          k = tokenAtOrAfter(v.tokens, q.open);
          continue;
        }
        if (w !== ',' && w !== '(') continue;
        const head = npLeft(v, k - 1, floor);
        const a = k + 1;
        const ap = v.pos[a] as string;
        const startsAppos = ap === 'VERB' && (v.low[a] as string).endsWith('ing') || ap === 'ADV' || ap === 'ADP' || ap === 'DET' || ap === 'ADJ' || ap === 'NOUN' || ap === 'PROPN' || ap === 'NUM' || v.low[a] === 'who' || v.low[a] === 'which' || ap === 'PRON' && v.low[a] === 'his';
        if (head && startsAppos && leftBoundary(head.first, floor)) {
          if (v.low[a] === 'who') return { first: a, last: a };
          // a head that itself follows a comma may be one link of a chain ("Mr Mubanga, 32, from
          // Wembley, London, said"): keep looking for a head that starts the clause
          if (v.low[head.first - 1] === ',' && chainFallback === null) {
            chainFallback = ap === 'ADP' || ap === 'ADV' ? head : { first: head.first, last: j - 1 };
            continue;
          }
          if (v.low[head.first - 1] === ',') continue;
          // adverbial insert ("Clinton, in her campaigning, said"): the head alone
          if (ap === 'ADP' || ap === 'ADV' || ap === 'ADJ' && v.pos[a + 1] !== 'NOUN' && v.pos[a + 1] !== 'ADJ') return head;
          // chained appositives ("Clinton, 35, the daughter of …, said"): the first head wins
          if (v.low[head.first - 1] === ',' && head.first - 2 > floor) {
            const outer = npLeft(v, head.first - 2, floor);
            if (outer && leftBoundary(outer.first, floor) && v.low[outer.first - 1] !== ',' && (v.pos[outer.last] === 'PROPN' || v.cap[outer.last])) return { first: outer.first, last: j - 1 };
          }
          return { first: head.first, last: j - 1 };
        }
      }
      return chainFallback;
    }
    const np = npLeft(v, j, floor);
    if (np && leftBoundary(np.first, floor)) return np;
    // "Another said", "Others say": a lone quantifier is a subject
    if (!np && LONE_SUBJECTS.has(v.low[j] as string) && leftBoundary(j, floor)) return { first: j, last: j };
    // "Cuban-Americans polled said", "those surveyed said": a trailing participle
    if (!np && v.pos[j] === 'VERB' && /(ed|en)$/.test(v.low[j] as string) && j - 1 >= floor) {
      const inner = npLeft(v, j - 1, floor);
      if (inner && leftBoundary(inner.first, floor)) return { first: inner.first, last: j };
    }
    // "with 22 percent saying …": the subject of an absolute construction
    if (np && v.low[np.first - 1] === 'with' && (v.low[j + 1] as string).endsWith('ing')) return np;
    // a nominative pronoun is a subject wherever it stands ("by the time he said that")
    if (np && np.first === np.last && NOMINATIVE.has(v.low[j] as string)) return np;
    // relative pronoun subject: "64 percent who say …"
    if (np && np.first === np.last && (v.low[j] === 'who' || v.low[j] === 'which')) return np;
    // "businesses that warn it could harm …": "that" after a noun, before a speech verb
    if (np && np.first === np.last && v.low[j] === 'that' && (v.pos[j - 1] === 'NOUN' || v.pos[j - 1] === 'PROPN') && speechVerbAfter(j)) return np;
    // reduced relative: "Exit polls taken in South Carolina found", "A union representing flight attendants endorsed"
    for (let k = j - 1; k > floor && j - k < 10; k--) {
      const w = v.low[k] as string;
      if (w === ',' || isQuoteMark(w) || v.lineBefore[k + 1] || v.pos[k] === 'AUX') break;
      if (v.pos[k] !== 'VERB' || !(w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || w.endsWith('ing'))) continue;
      const head = npLeft(v, k - 1, floor);
      if (head && head.last === k - 1 && leftBoundary(head.first, floor) && (v.pos[k - 1] === 'NOUN' || v.pos[k - 1] === 'PROPN') && HEAD_TAGS.has(v.pos[j] as string)) return { first: head.first, last: j };
      break;
    }
    // "officials who spoke with The Huffington Post said"
    for (let k = j - 1; k > floor && j - k < 20; k--) {
      const w = v.low[k] as string;
      if (w === ',' || isQuoteMark(w) || v.lineBefore[k + 1]) break;
      if (w !== 'who' && w !== 'that') continue;
      const head = npLeft(v, k - 1, floor);
      if (head && leftBoundary(head.first, floor) && (w === 'who' || v.pos[k - 1] === 'NOUN' || v.pos[k - 1] === 'PROPN')) return { first: head.first, last: j };
      break;
    }
    return null;
  };
  /**
   * A passive without an agent that is still a claim: "Nabisco is expected to cut …" (an
   * expectation nobody in the text holds), "Sanders has been criticized for …" (a judgement whose
   * holders go unnamed). Returns the rule name, or null.
   */
  const unagentedPassive = (g: CueGroup, i: number): 'indirect:passive-expectation' | 'indirect:passive-judgement' | null => {
    const lemma = v.lemma[i] as string;
    if (PASSIVE_EXPECTATIONS.has(lemma) && v.low[g.last + 1] === 'to' && (v.pos[g.last + 2] === 'VERB' || v.pos[g.last + 2] === 'AUX')) return 'indirect:passive-expectation';
    const grounds = JUDGEMENT_GROUNDS.has(v.low[g.last + 1] as string) ? g.last + 1 : JUDGEMENT_GROUNDS.has(v.low[g.last] as string) ? g.last : -1;
    if (grounds >= 0 && v.low[grounds] === 'over' && OVER_TIME.test(`${v.low[grounds + 1]} ${v.low[grounds + 2]}`)) return null;
    if (PASSIVE_JUDGEMENTS.has(lemma) && grounds >= 0) return 'indirect:passive-judgement';
    return null;
  };
  /** The first verb within three tokens after j is a speech-class verb. */
  const speechVerbAfter = (j: number): boolean => {
    for (let k = j + 1; k < Math.min(n, j + 4); k++) if (v.pos[k] === 'VERB') return lex.speech.has(v.lemma[k] as string);
    return false;
  };
  const leftBoundary = (first: number, floor: number): boolean => {
    if (first <= floor) return true;
    const w = v.low[first - 1] as string;
    if (v.lineBefore[first]) return true;
    if (CLAUSE_BOUNDARY.has(w) || isQuoteMark(w) || dashAt(first - 1)) return true;
    if (w === '#' || (v.pos[first - 1] === 'SYM' || v.pos[first - 1] === 'PUNCT') && (first - 1 === 0 || v.lineBefore[first - 1])) return true;
    const p = v.pos[first - 1] as string;
    if (p === 'SCONJ' || p === 'CCONJ') return true;
    if (p === 'ADV' && (first - 1 === floor || v.low[first - 2] === ',')) return true;
    // "…, but ultimately Prager thinks": an adverb after a conjunction
    if (p === 'ADV' && first - 2 >= floor && (v.pos[first - 2] === 'CCONJ' || v.pos[first - 2] === 'SCONJ')) return true;
    return false;
  };

  /** The first token at or after h that is not an auxiliary, adverb or particle before a verb head (`preHead`), below limit. */
  const pastPreHeads = (h: number, limit: number): number => {
    while (h < limit && preHead(v, h, lex)) h++;
    return h;
  };
  /** True when the comma at k opens a new clause that is not part of the reported content. */
  const clauseAfterComma = (k: number): boolean => {
    const a = v.low[k + 1] as string;
    if (lex.contentStops.has(a)) return true;
    const inQ = v.insideQuote[k] as number;
    if (inQ >= 0 && inQ === v.insideQuote[k + 1]) return false;
    // ", leading to …"
    if (v.pos[k + 1] === 'VERB' && a.endsWith('ing')) return true;
    // "The company, which hopes to …, also said …": the relative clause ends at its comma
    const c = pastPreHeads(k + 1, v.tokens.length);
    if (c > k + 1 && isCueVerb(c) || v.pos[c] === 'VERB' && isCueVerb(c) && !(v.low[c] as string).endsWith('ing')) return true;
    // ", and he railed …" / ", he did say …" / ", the Huffington Post reported …"
    let s = k + 1;
    if (v.pos[s] === 'CCONJ') s++;
    const subj = npRight(v, s, Math.min(v.tokens.length, s + 8), false);
    if (subj) {
      const h = pastPreHeads(subj.last + 1, v.tokens.length);
      if (h > subj.last + 1 && v.pos[h] === 'VERB' || v.pos[h] === 'VERB' && !(v.low[h] as string).endsWith('ing') && (v.pos[subj.first] === 'PRON' || isCueVerb(h))) return true;
    }
    return false;
  };
  /** "SEOUL — …", "WASHINGTON (AP) — …": a dateline is not part of the sentence's content. */
  const skipDateline = (floor: number, limit: number): number => {
    for (let k = floor; k < Math.min(limit, floor + 8); k++) {
      const w = v.low[k] as string;
      if (w === '—' || w === '–' || w === '--' || w === '-' && k > floor) {
        for (let j = floor; j < k; j++) {
          const t = v.tokens[j] as { start: number; end: number };
          const surface = v.text.slice(t.start, t.end);
          if (surface !== surface.toUpperCase()) return floor;
        }
        return k + 1;
      }
    }
    return floor;
  };
  /** True when a finite clause starts at s: a subject noun phrase and then a verb ("the rocket shares …"). */
  const clauseAt = (s: number, limit: number): boolean => {
    const np = npRight(v, s, limit, false);
    if (!np) return false;
    const h = pastPreHeads(np.last + 1, limit);
    if (h < limit && (v.pos[h] === 'VERB' || v.pos[h] === 'AUX' || h > np.last + 1) && !(v.low[h] as string).endsWith('ing')) return true;
    // the tagger read a verb as a noun ("the rocket shares engines"): a plural form after a noun
    for (let k = np.first + 1; k <= np.last; k++) if (v.pos[k - 1] === 'NOUN' && v.pos[k] === 'NOUN' && (v.low[k] as string).endsWith('s') && !(v.low[k - 1] as string).endsWith('s')) return true;
    return false;
  };
  /** The subject of the sentence's main clause: a noun phrase at its start followed by a verb. */
  const mainSubject = (floor: number, before: number): TokRange | null => {
    let s = floor;
    while (s < before && (v.pos[s] === 'CCONJ' || isQuoteMark(v.low[s] as string))) s++;
    // Where the subject may start: the clause's first word, or after a one-word opener ("Yet she
    // didn't…"), or after each of the first commas ("In an incendiary press conference, Trump
    // launched…", "Chastened by the analyses, as well as complaints…, Trump revised…").
    const starts: number[] = [];
    const opener = v.pos[s] === 'ADP' || v.pos[s] === 'SCONJ' || v.pos[s] === 'ADV';
    if (!opener) starts.push(s);
    else if (v.pos[s] === 'ADV' && v.low[s + 1] !== ',') starts.push(s + 1);
    for (let c = s; c < before && starts.length < 4 && c - s < 30; c++) if (v.low[c] === ',') starts.push(c + 1);
    for (const start of starts) {
      const np = npRight(v, start, before, false);
      if (np) {
        let h = np.last + 1;
        // "Sanders instead delivered …": one adverb of any kind may follow the subject
        while (h < before && (preHead(v, h, lex) || h === np.last + 1 && v.pos[h] === 'ADV')) h++;
        // "Trump was 340 miles away in Bangor, promising …": a copula is a main verb too
        if (h < before && (v.pos[h] === 'VERB' || h > np.last + 1 && v.lemma[h - 1] === 'be' && v.pos[h - 1] === 'AUX')) return np;
      }
    }
    return null;
  };
  /** Who wrote or gave the document noun at `doc`: its possessor ("his speech"), else the main clause's subject. */
  const documentAuthor = (doc: number, floor: number): TokRange | null => {
    let k = doc - 1;
    while (k > floor && v.pos[k] === 'ADJ') k--;
    if (v.pos[k] === 'PRON' && POSSESSIVE_PRONOUNS.has(v.low[k] as string)) return { first: k, last: k };
    if ((v.low[k] === "'s" || v.low[k] === '’s') && k - 1 >= floor) return npLeft(v, k - 1, floor);
    const np = npLeft(v, doc, floor);
    return mainSubject(floor, np ? np.first : doc);
  };
  /**
   * The comma that closes an adverbial opener at the head of a content ("that despite Rubio's rise
   * in Iowa, Trump can't be toppled", "that, given the partisan divide, instituting …"): the clause
   * after it is the content's main clause, not a new one. -1 when the content has no opener.
   */
  const openerComma = (start: number, limit: number): number => {
    let s = start;
    const that = v.low[s] === 'that';
    if (that) s++;
    if (v.low[s] === ',') s++;
    const w = v.low[s] as string;
    // without "that", a preposition is the verb's own complement ("pressed against a fence, …")
    if (!(v.pos[s] === 'SCONJ' || that && (v.pos[s] === 'ADP' || OPENER_PARTICIPLES.has(w))) || w === 'that' || w === 'of' || w === 'for') return -1;
    for (let k = s + 1; k < limit && k - s < 20; k++) {
      const t = v.low[k] as string;
      // "asked if he had met Trump, who leads …": a relative clause, not the main one
      if (t === ',') return RELATIVES.has(v.low[k + 1] as string) ? -1 : k;
      if (t === ';' || t === ':' || isQuoteMark(t) || dashAt(k)) return -1;
      // "that in the year 2000 it would lift …": a prepositional opener holds no verb
      if (v.pos[s] !== 'SCONJ' && (v.pos[k] === 'VERB' || v.pos[k] === 'AUX')) return -1;
    }
    return -1;
  };
  /** True when a verb or auxiliary stands between first and last (inclusive). */
  const hasVerb = (first: number, last: number): boolean => {
    for (let k = first; k <= last; k++) if (v.pos[k] === 'VERB' || v.pos[k] === 'AUX') return true;
    return false;
  };
  /** A subject and a cue verb at s: ", the Huffington Post reported". */
  const cueClauseAfter = (s: number, limit: number): boolean => {
    if (lex.contentStops.has(v.low[s] as string)) return true;
    const subj = npRight(v, s, Math.min(limit, s + 8), false);
    if (!subj) return false;
    const h = pastPreHeads(subj.last + 1, limit);
    return h < limit && v.pos[h] === 'VERB' && isCueVerb(h) && !(v.low[h] as string).endsWith('ing');
  };
  /** Where the content of a clause starting at `start` ends (inclusive token). */
  const contentEnd = (start: number, limit: number): number => {
    let end = limit - 1;
    const opener = openerComma(start, limit);
    for (let k = start; k < limit; k++) {
      const w = v.low[k] as string;
      if (w === ';') {
        end = k - 1;
        break;
      }
      if (w === ',' && k > start && (k === opener ? cueClauseAfter(k + 1, limit) : k > opener && clauseAfterComma(k))) {
        end = k - 1;
        break;
      }
      // "… capped - the European Commission has urged an increase": a dash before another speaker's cue
      if (dashAt(k) && k > start) {
        const np = npRight(v, k + 1, limit, false);
        const h = pastPreHeads(np ? np.last + 1 : limit, limit);
        // "… ahead of the vote - warning that …": a participle cue after the dash starts a claim of its own
        const participle = v.pos[k + 1] === 'VERB' && (v.low[k + 1] as string).endsWith('ing') && isCueVerb(k + 1);
        if (participle || np && h < limit && v.pos[h] === 'VERB' && isCueVerb(h) && !(v.low[h] as string).endsWith('ing')) {
          end = k - 1;
          break;
        }
      }
      // "accused each other of playing politics while doctors warned of …": a contrasting clause is not content
      if ((w === 'while' || w === 'whereas') && k > start + 1 && clauseAt(k + 1, limit)) {
        end = k - 1;
        break;
      }
      if ((w === 'and' || w === 'but') && k > start) {
        // "… and urged Pyongyang to …": a coordinated cue verb with no subject of its own
        const h = pastPreHeads(k + 1, limit);
        if (h < limit && isCueVerb(h) && v.pos[h] === 'VERB' && !(v.low[h] as string).endsWith('ing')) {
          end = v.low[k - 1] === ',' ? k - 2 : k - 1;
          break;
        }
      }
    }
    while (end >= start && (v.pos[end] === 'PUNCT' && !isQuoteMark(v.low[end] as string) && v.low[end] !== ')' || v.low[end] === '.')) end--;
    // a content that opens a quote keeps its closing mark
    return end;
  };

  // ---- 1. direct quotes -------------------------------------------------------------------
  const quoteTokens = (q: Quote): { open: number; close: number; first: number; last: number } => {
    const open = tokenAtOrAfter(v.tokens, q.open);
    const lastPiece = q.pieces[q.pieces.length - 1] as Range;
    const first = tokenAtOrAfter(v.tokens, (q.pieces[0] as Range).start);
    let last = tokenAtOrAfter(v.tokens, lastPiece.end) - 1;
    if (last < first) last = first;
    // the last token of the closing mark ('' is two tokens)
    const close = q.close >= 0 ? tokenAtOrAfter(v.tokens, q.close + q.closeLen) - 1 : -1;
    return { open, close, first, last };
  };
  const wordsIn = (first: number, last: number): number => {
    let c = 0;
    for (let i = first; i <= last; i++) if (v.pos[i] !== 'PUNCT') c++;
    return c;
  };
  const titleLike = (first: number, last: number): boolean => {
    let words = 0;
    let caps = 0;
    for (let i = first; i <= last; i++) {
      if (v.pos[i] === 'PUNCT') continue;
      words++;
      const c = v.text[tok(i).start] as string;
      if (c !== c.toLowerCase()) caps++;
      else if (v.pos[i] !== 'ADP' && v.pos[i] !== 'DET' && v.pos[i] !== 'CCONJ') return false;
    }
    return words > 0 && words <= 6 && caps === words - 0 && v.pos[last] !== 'PUNCT';
  };
  const scare = (open: number): boolean => {
    const w = v.low[open - 1] ?? '';
    return w === 'so-called' || w === 'called' && v.low[open - 2] === '-' || w === 'dubbed' || w === 'titled' || w === 'entitled' || w === 'named';
  };
  const opensClause = (open: number): boolean => {
    if (open === 0 || v.lineBefore[open]) return true;
    if (v.sentFirst[v.sentOf[open] as number] === open) return true;
    const w = v.low[open - 1] as string;
    return w === ':' || w === ',' || w === '—' || w === '–' || w === '(' || w === '.' || isQuoteMark(w);
  };

  const startsSentence = (open: number): boolean => {
    if (open === 0 || v.lineBefore[open] || v.sentFirst[v.sentOf[open] as number] === open) return true;
    const w = v.low[open - 1] as string;
    return w === '.' || w === '?' || w === '!' || isQuoteMark(w);
  };
  const lastDirect: { claim: RawClaim | null; sentence: number } = { claim: null, sentence: -10 };
  /** Quote pieces without the comma that hands over to the cue ("…,” he said). */
  const contentOf = (qs: Quote[]): Range[] =>
    qs.flatMap((q) =>
      q.pieces.map((p) => {
        let end = p.end;
        while (end > p.start && (v.text[end - 1] === ',' || v.text[end - 1] === ' ')) end--;
        return { start: p.start, end: end > p.start ? end : p.end };
      }),
    );

  for (let qi = 0; qi < v.quotes.length; qi++) {
    if (usedQuote[qi]) continue;
    const q = v.quotes[qi] as Quote;
    const t = quoteTokens(q);
    if (t.first > t.last || t.first >= n) continue;
    const words = wordsIn(t.first, t.last);
    if (words === 0 || scare(t.open) || titleLike(t.first, t.last)) continue;
    const qSentence = v.sentOf[t.first] as number;
    let made: RawClaim | null = null;

    // 1a. cue after the quote: "…,” said Kim." / "…,” Kim said." / "…,” she said, “…”"
    if (t.close >= 0 && opensClause(t.open)) {
      let k = t.close + 1;
      const innerEnd = v.low[t.last] as string;
      let comma = SPEECH_END.has(innerEnd);
      if (v.low[k] === ',') {
        comma = true;
        k++;
      }
      const limit = sentenceLimit(Math.min(k, n - 1));
      const floor = k;
      let g: CueGroup | null = null;
      let src: TokRange | null = null;
      let rule = '';
      if (k < n) {
        g = groupStartingAt(k, Math.min(n, Math.max(limit, k + 6)), true);
        // "…,” promising the club will return": a participle is no inverted cue ("…,” said Kim")
        if (g && (v.low[g.head] as string).endsWith('ing')) g = null;
        if (g) {
          src = npRight(v, g.last + 1, Math.max(limit, g.last + 2), true);
          rule = 'direct:cue-source-after';
        } else {
          let np = npRight(v, k, Math.max(limit, k + 1), false);
          // "…,” Viguerie notes.": the tagger read the verb as the noun phrase's head
          if (np && np.last > np.first && v.pos[np.last] === 'NOUN' && lex.speech.has(v.lemma[np.last] as string) && /^[.,:]$/.test(v.low[np.last + 1] ?? '.')) {
            np = { first: np.first, last: np.last - 1 };
            g = verbGroup(v, np.last + 1, np.last + 1, limit, lex);
            src = np;
            rule = 'direct:source-cue-after';
          }
          if (np && !g) {
            g = groupStartingAt(np.last + 1, Math.max(limit, np.last + 2), true);
            if (g) {
              src = np;
              rule = 'direct:source-cue-after';
            } else if (v.low[np.last + 1] === ',' || v.low[np.last + 1] === '—') {
              // "…,” Morton Blackwell, the committeeman from Virginia, told AFP."
              for (let h = np.last + 2; h < Math.min(limit, np.last + 30); h++) {
                if (isQuoteMark(v.low[h] as string) || v.low[h] === '.') break;
                if (!isSpeechVerb(h)) continue;
                const cand = verbGroup(v, h, k, limit, lex);
                const subj = subjectLeft(cand.lead, k);
                if (subj && subj.first === k) {
                  g = cand;
                  src = subj;
                  rule = 'direct:source-cue-after';
                }
                break;
              }
            }
          }
        }
      }
      if (g && src && src.first >= floor) {
        const end = Math.max(g.last, src.last);
        const after = v.low[end + 1];
        const closesClause = after === undefined || after === '.' || after === ',' || after === ':' || after === ';' || v.sentOf[end + 1] !== v.sentOf[end] || lex.days.has(after) || after === 'in' || after === 'on' || after === 'at' || after === 'during' || after === 'to' || after === 'after' || after === 'before' || after === 'of';
        if (comma || closesClause && after !== ',') {
          const qs = [q];
          const evidence = [rule, cueEvidence(g.head), ...groupEvidence(g)];
          // split quote: "“We will,” he said, “launch again.”"
          const nextOpen = v.low[end + 1] === ',' ? end + 2 : -1;
          if (nextOpen > 0 && v.quoteOpenAt[nextOpen] !== undefined && (v.quoteOpenAt[nextOpen] as number) >= 0) {
            const q2 = v.quoteOpenAt[nextOpen] as number;
            if (!usedQuote[q2]) {
              qs.push(v.quotes[q2] as Quote);
              usedQuote[q2] = 1;
              evidence.push('direct:split-quote');
            }
          }
          if (q.pieces.length > 1) evidence.push('direct:multi-paragraph');
          made = { kind: 'direct', cue: cueOf(g), source: src, content: contentOf(qs), confidence: 0.9, evidence, anchor: t.first };
          for (let i = g.first; i <= g.last; i++) usedCue[i] = 1;
        }
      }
    }

    // 1b. cue before the quote: "Kim said: “…”", "she said, “…”", "Kim: “…”"
    if (!made && t.open > 0) {
      const p = t.open - 1;
      const punct = v.low[p] as string;
      const sFloor = sentenceFloor(p);
      if (COLON_OR_COMMA.has(punct) || isSpeechVerb(p)) {
        const at = COLON_OR_COMMA.has(punct) ? p - 1 : p;
        let g = at >= sFloor ? groupEndingAt(at, sFloor, t.open, true) : null;
        let objectSkip = false;
        if (!g && at >= sFloor) {
          // "told reporters: “…”"
          const obj = npLeft(v, at, sFloor);
          if (obj && obj.first - 1 >= sFloor && TELL_LIKE.has(v.lemma[obj.first - 1] as string)) {
            g = groupEndingAt(obj.first - 1, sFloor, t.open, true);
            objectSkip = g !== null;
          }
        }
        if (g) {
          let src = subjectLeft(g.lead, sFloor);
          let rule = 'direct:source-cue-before';
          if (!src && (v.low[g.head] as string).endsWith('ing') && (v.low[g.lead - 1] === ',' || v.low[g.lead - 1] === '—' || PARTICIPLE_LEADS.has(v.low[g.lead - 1] as string))) {
            // "…, telling Reuters, “…”": the subject of the main clause
            src = mainSubject(sFloor, g.lead);
            rule = 'direct:participle-before';
          }
          if (!src && !TELL_LIKE.has(v.lemma[g.head] as string)) {
            const inv = npRight(v, g.last + 1, t.open, false);
            if (inv && inv.last === t.open - 2) {
              src = inv;
              rule = 'direct:cue-source-before';
            }
          }
          if (src) {
            const evidence = [rule, cueEvidence(g.head), ...groupEvidence(g)];
            if (punct === ':') evidence.push('direct:colon');
            if (objectSkip) evidence.push('direct:addressee');
            if (q.pieces.length > 1) evidence.push('direct:multi-paragraph');
            made = { kind: 'direct', cue: cueOf(g), source: src, content: contentOf([q]), confidence: 0.85, evidence, anchor: t.first };
            for (let i = g.first; i <= g.last; i++) usedCue[i] = 1;
          }
        } else if (punct === ':' && at >= sFloor) {
          // colon introduction without a verb: "Kim: “…”"
          const np = npLeft(v, at, sFloor);
          if (np && np.first === sFloor && words >= 2) {
            made = {
              kind: 'direct',
              cue: { ...range(p, p), lemma: ':' },
              source: np,
              content: contentOf([q]),
              confidence: 0.7,
              evidence: ['direct:colon-introduction'],
              anchor: t.first,
            };
          }
        }
      }
    }

    // 1c. a quoted sentence with no cue continues the previous speaker
    if (!made && startsSentence(t.open) && words >= 3 && lastDirect.claim && qSentence - lastDirect.sentence <= 2) {
      const prev = lastDirect.claim;
      made = { kind: 'direct', cue: null, source: prev.source, sourceFrom: prev, content: contentOf([q]), confidence: 0.7, evidence: ['direct:continuation'], anchor: t.first };
    }
    if (made) {
      usedQuote[qi] = 1;
      claims.push(made);
      const lastRange = made.content[made.content.length - 1] as Range;
      const endTok = Math.min(n - 1, tokenAtOrAfter(v.tokens, lastRange.end));
      const cueEnd = made.cue ? tokenAtOrAfter(v.tokens, made.cue.end) : endTok;
      lastDirect.claim = made;
      lastDirect.sentence = v.sentOf[Math.min(n - 1, Math.max(endTok, cueEnd))] as number;
    }
  }

  // ---- 2. verb cues: indirect, mixed, passive, belief and intention ------------------------
  const lastInSentence = new Map<number, RawClaim>();
  for (const c of claims) {
    if (!c.cue || !c.source) continue;
    lastInSentence.set(v.sentOf[c.anchor] as number, c);
    // a quote's cue may sit in a later sentence than the quote's start ("…,” said X, adding …")
    lastInSentence.set(v.sentOf[Math.min(n - 1, tokenAtOrAfter(v.tokens, c.cue.start))] as number, c);
  }
  for (let i = 0; i < n; i++) {
    if (usedCue[i] || !isCueVerb(i) || lex.indirectBlock.has(v.lemma[i] as string)) continue;
    const w = v.low[i] as string;
    // "declined to condemn": the refusal joins the later verb's group
    // ("declined to comment." has nothing to report: "declined" is then the cue and "to comment" its content)
    if (lex.refusals.has(v.lemma[i] as string) && v.low[i + 1] === 'to' && isCueVerb(i + 2) && i + 3 < sentenceLimit(i) && v.pos[i + 3] !== 'PUNCT') continue;
    // a cue inside quoted speech is the speaker's words, not a claim of the article (PolNeAR agrees)
    if ((v.insideQuote[i] as number) >= 0) continue;
    // "continued to question", "began dismissing": the chain joins the later verb's group
    if (lex.chainVerbs.has(v.lemma[i] as string) && (v.low[i + 1] === 'to' && isCueVerb(i + 2) || (v.low[i + 1] as string).endsWith('ing') && isCueVerb(i + 1))) continue;
    const floor = sentenceFloor(i);
    const limit = sentenceLimit(i);
    const g = verbGroup(v, i, floor, limit, lex);
    // an infinitive ("to show restraint") is not a cue of its own, unless the group found it refused
    // ("declined to condemn") or chained ("were quick to condemn")
    if (v.low[i - 1] === 'to' && g.refusal < 0 && g.chain < 0) continue;
    const sentence = v.sentOf[i] as number;
    const evidence: string[] = [cueEvidence(i), ...groupEvidence(g)];
    let src: TokRange | null = null;
    let content: Range[] | null = null;
    let rule = '';
    let passiveBy = false;
    const unagented = g.passive ? unagentedPassive(g, i) : null;
    let confidence = Math.min(0.85, 0.35 + 0.5 * (lex.verbs.get(v.lemma[i] as string)?.weight ?? 0.5));

    if (g.passive && v.low[g.last + 1] === 'by') {
      // "The launch was condemned by the UN."
      const agent = npRight(v, g.last + 2, limit, false);
      const subject = npLeft(v, g.lead - 1, floor);
      if (!agent || !subject) continue;
      src = agent;
      content = [range(subject.first, subject.last)];
      rule = 'indirect:passive-by';
      passiveBy = true;
    } else if (unagented) {
      // No agent, so no source (PolNeAR marks the cue alone); the content is the subject and the
      // phrase after the cue. "is not expected to" negates the content, not the act.
      const subject = unagented === 'indirect:passive-expectation' ? npLeft(v, g.lead - 1, floor) : subjectLeft(g.lead, floor);
      const e = contentEnd(g.last + 1, limit);
      if (!subject || e <= g.last + 1) continue;
      src = null;
      content = [range(subject.first, subject.last), range(g.last + 1, e)];
      rule = unagented;
      const negated = evidence.indexOf('negated');
      if (unagented === 'indirect:passive-expectation' && negated >= 0) evidence.splice(negated, 1);
      confidence = 0.6;
    } else if (g.passive) {
      continue;
    } else {
      // "a speech criticising …", "approved a resolution condemning …": the document's author acts
      const document = w.endsWith('ing') && v.pos[g.lead - 1] === 'NOUN' && lex.documentNouns.has(v.lemma[g.lead - 1] as string);
      src = document ? documentAuthor(g.lead - 1, floor) : subjectLeft(g.lead, floor) ?? reportedBeliever(g.lead, i, floor);
      if (document) {
        if (!src) continue;
        rule = 'indirect:document-participle';
        evidence.push(`document:${v.lemma[g.lead - 1]}`);
      }
      let inheritedFrom: RawClaim | undefined;
      // ",” promising to…": for a participle, a comma before a closing quote counts as the comma
      const before = w.endsWith('ing') && closesAfterComma(v, g.lead - 1) ? ',' : (v.low[g.lead - 1] as string);
      const participle = w.endsWith('ing') && (before === ',' || before === '—' || before === '–' || before === '-' || PARTICIPLE_LEADS.has(before) && g.lead - 2 >= floor);
      if (!src && (COORDINATORS.has(before) || participle)) {
        const prev = lastInSentence.get(sentence);
        if (prev && prev.source) {
          src = prev.source;
          inheritedFrom = prev;
          rule = participle ? 'indirect:participle' : 'indirect:coordinated';
        }
      }
      let contentBefore = false;
      if (!src && g.lead - 1 >= floor && v.low[g.lead - 1] === ',' && !w.endsWith('ing')) {
        // "…, said the ministry."
        const inv = npRight(v, g.last + 1, limit, true);
        if (inv && (inv.last + 1 >= limit || v.low[inv.last + 1] === '.')) {
          src = inv;
          contentBefore = true;
          rule = 'indirect:content-cue-source';
        }
      }
      if (!src && (participle || COORDINATORS.has(before) || before === ',' && !w.endsWith('ing'))) {
        // "…, saying …" with no earlier claim in the sentence: the subject of the main clause
        const subj = mainSubject(floor, g.lead);
        if (subj) {
          src = subj;
          rule = participle ? 'indirect:participle' : 'indirect:coordinated';
        }
      }
      if (!src && !w.endsWith('ing') && lex.speech.has(v.lemma[i] as string)) {
        // last resort: the nearest name or pronoun before the verb in the clause
        for (let k = g.lead - 1; k >= floor && g.lead - k <= 6; k--) {
          const p = v.pos[k] as string;
          if (p === 'VERB' || p === 'AUX' || v.low[k] === ';' || isQuoteMark(v.low[k] as string)) break;
          if (p !== 'PROPN' && !(p === 'PRON' && NOMINATIVE.has(v.low[k] as string))) continue;
          const np = npLeft(v, k, floor);
          if (np) {
            src = np;
            rule = 'indirect:nearest-name';
            confidence -= 0.2;
          }
          break;
        }
      }
      if (!src) continue;
      let after = g.last + 1;
      // an addressee follows the verb itself, not an absorbed word ("warned of the risk")
      const addressee = TELL_LIKE.has(v.lemma[i] as string) && g.last === g.head;
      if (addressee) {
        // "…, a spokesman told The Wall Street Journal."
        const obj = npRight(v, after, limit, false);
        // "warned Pyongyang against another launch": what the warning is about is content, not an adjunct
        // (only when the content can come before: "…, a spokesman told the Journal.")
        const contentFirst = v.low[src.first - 1] === ',' || isQuoteMark(v.low[src.first - 1] as string) || ADDRESSEE_ONLY.has(v.lemma[i] as string);
        if (obj && contentFirst && onlyAdjunctsUntilEnd(obj.last + 1, limit) && !ABOUT_PREPS.has(v.low[obj.last + 1] as string)) after = limit;
      } else if (after < limit && v.pos[after] === 'ADP' && onlyAdjunctsUntilEnd(after, limit) && v.low[src.first - 1] === ',') {
        after = limit;
      }
      const atEnd = after >= limit || v.low[after] === '.' || v.low[after] === '!' || v.low[after] === '?' || v.low[after] === ',' && ((v.low[after + 1] as string).endsWith('ing') || lex.contentStops.has(v.low[after + 1] as string));
      let qb = src.first - 1;
      while (qb > floor && isQuoteMark(v.low[qb] as string)) qb--;
      const commaBefore = v.low[src.first - 1] === ',' || qb < src.first - 1 && v.low[qb] === ',';
      if (!contentBefore && atEnd && src.first - 1 > floor && commaBefore) {
        contentBefore = true;
        rule = 'indirect:content-source-cue';
      }
      if (contentBefore) {
        let s = skipDateline(floor, limit);
        while (s < limit && (isQuoteMark(v.low[s] as string) || v.pos[s] === 'CCONJ')) s++;
        let e = (rule === 'indirect:content-cue-source' ? g.lead : src.first) - 2;
        if (v.low[e] === ',') e--;
        if (e - s < 1) continue;
        content = [range(s, e)];
      } else {
        let s = after;
        if (addressee) {
          // "told reporters that …": the addressee is not content
          const obj = npRight(v, s, limit, false);
          if (obj && (v.low[obj.last + 1] === 'that' || v.low[obj.last + 1] === ',' || v.lemma[i] === 'tell' && obj.last + 1 < limit)) s = obj.last + 1;
          if (v.low[s] === ',') s++;
        }
        if (v.low[s] === ':' || v.low[s] === ',') s++;
        s = afterAdjunct(s, limit);
        if (s >= limit) continue;
        const lemma = v.lemma[i] as string;
        const comp = v.low[s] as string;
        // "explained how …", "wondered whether …": a wh-clause is content for the verbs that take one
        const wh = WH_WORDS.has(comp) && lex.whVerbs.has(lemma) && s + 1 < limit;
        if (lex.quoteOnly.has(lemma) && comp !== 'that' && !wh && v.low[after] !== ':' && !(v.pos[s] !== 'DET' && clauseAt(s, limit))) continue;
        if (!document && g.chain < 0 && !retortAt(g.head) && !lex.speech.has(lemma) && !lex.acts.has(lemma) && (lex.ratio.get(lemma) ?? 0) < lex.weakRatio) {
          // weak belief/intention cues: "I think …" inside quotes and bare objects are rarely attributions
          const person = src.first === src.last && v.low[src.first] === 'you';
          if ((v.insideQuote[i] as number) >= 0 || person || !(comp === 'that' || wh || comp === 'to' && lex.intention.has(lemma) || clauseAt(s, limit))) continue;
          evidence.push('weak-cue:complement');
        }
        if (v.pos[s] === 'CCONJ') continue;
        const e = contentEnd(s, limit);
        if (e < s) continue;
        content = [range(s, e)];
      }
      if (!rule) rule = lex.belief.has(v.lemma[i] as string) ? 'indirect:belief' : lex.intention.has(v.lemma[i] as string) ? 'indirect:intention' : 'indirect:source-cue-content';
      if (inheritedFrom) confidence -= 0.1;
    }
    if (!content || !src && !unagented) continue;
    const hasQuote = containsQuote(v, content[0] as Range);
    if (hasQuote) evidence.push('mixed:quoted-fragment');
    // PolNeAR keeps the agent's "by" in a passive cue ("was condemned by")
    const cue = passiveBy ? { ...cueOf(g), end: (v.tokens[g.last + 1] as { end: number }).end } : cueOf(g);
    const claim: RawClaim = { kind: hasQuote ? 'mixed' : 'indirect', cue, source: src, content, confidence, evidence: [rule, ...evidence], anchor: src ? Math.min(g.first, src.first) : Math.min(g.first, tokenAtOrAfter(v.tokens, (content[0] as Range).start)) };
    claims.push(claim);
    lastInSentence.set(sentence, claim);
    for (let k = g.first; k <= g.last; k++) usedCue[k] = 1;
  }

  // ---- 2b. colon introduction without quote marks: "Bernie Sanders: I’m Not Much Of A Socialist"
  for (let i = 1; i < n; i++) {
    if (v.low[i] !== ':' || usedCue[i]) continue;
    let s = i - 1;
    while (s > 0 && !v.lineBefore[s] && i - s < 9 && v.low[s - 1] !== ':' && v.low[s - 1] !== '.') s--;
    if (!(s === 0 || v.lineBefore[s])) continue;
    const np = npLeft(v, i - 1, s);
    if (!np || np.first !== s || !(v.cap[np.last] || v.pos[np.last] === 'PROPN')) continue;
    let e = i + 1;
    while (e + 1 < n && !v.lineBefore[e + 1]) e++;
    if (e <= i + 1 || (v.quoteOpenAt[i + 1] as number) >= 0 && usedQuote[v.quoteOpenAt[i + 1] as number]) continue;
    while (e > i + 1 && v.pos[e] === 'PUNCT' && !isQuoteMark(v.low[e] as string)) e--;
    claims.push({ kind: 'indirect', cue: { ...range(i, i), lemma: ':' }, source: np, content: [range(i + 1, e)], confidence: 0.55, evidence: ['colon:line-introduction'], anchor: s });
    usedCue[i] = 1;
  }

  // ---- 2c. belief adjectives: "Democrats are concerned that …", "Mr. Ackman is convinced that …" ----
  for (let i = 2; i + 2 < n; i++) {
    const adjective = v.low[i] as string;
    if (v.low[i + 1] !== 'that' || !lex.beliefAdjectives.has(adjective) || usedCue[i] || (v.insideQuote[i] as number) >= 0) continue;
    const floor = sentenceFloor(i);
    const limit = sentenceLimit(i);
    // back over adverbs and a negation to the copula: "are apparently so worried", "are not convinced"
    let c = i - 1;
    while (c > floor && (v.pos[c] === 'ADV' || v.pos[c] === 'PART')) c--;
    if (!COPULAS.has(v.lemma[c] as string) || v.low[c] === 'being') continue;
    // "Rubio seemed hopeful that …": a copula read as the cue, with the adjective in its content, gives way
    // (a plain loop: a closure over the loop's variables would cost a context on every token)
    let copulaClaim = -1;
    for (let k = 0; k < claims.length && copulaClaim < 0; k++) {
      const o = claims[k] as RawClaim;
      const at = (o.content[0] as Range).start;
      if (o.cue !== null && o.cue.end === tok(c).end && at > tok(c).start && at <= tok(i).start) copulaClaim = k;
    }
    // auxiliaries before it: "have long been concerned"; a modal makes it advice ("you can be sure that")
    let first = c;
    while (first - 1 > floor && (v.pos[first - 1] === 'AUX' || (v.pos[first - 1] === 'ADV' || v.low[first - 1] === 'long') && v.pos[first - 2] === 'AUX')) first--;
    let modal = false;
    let negated = false;
    for (let k = first; k < i; k++) {
      if (MODALS.has(v.low[k] as string)) modal = true;
      if (NEGATORS.has(v.low[k] as string)) negated = true;
    }
    if (modal) continue;
    const src = npLeft(v, first - 1, floor);
    if (!src || !leftBoundary(src.first, floor) || v.pos[src.last] === 'PRON' && !NOMINATIVE.has(v.low[src.last] as string)) continue;
    // "said he was confident that …", "asked whether he was concerned …": the belief is reported
    // inside another claim, which PolNeAR marks instead
    const before = v.low[src.first - 1] as string;
    if (WH_WORDS.has(before) || src.first - 1 >= floor && isCueVerb(src.first - 1) || before === 'that' && src.first - 2 >= floor && isCueVerb(src.first - 2)) continue;
    const e = contentEnd(i + 1, limit);
    if (e <= i + 1) continue;
    const content = range(i + 1, e);
    claims.push({
      kind: containsQuote(v, content) ? 'mixed' : 'indirect',
      cue: { ...range(first, i), lemma: adjective },
      source: src,
      content: [content],
      confidence: 0.6,
      evidence: ['indirect:belief-adjective', `lexicon:belief-adjective:${adjective}`, ...(negated ? ['negated'] : [])],
      anchor: src.first,
    });
    for (let k = first; k <= i; k++) usedCue[k] = 1;
    if (copulaClaim >= 0) claims.splice(copulaClaim, 1);
  }

  // ---- 3. according to ----------------------------------------------------------------------
  for (let i = 0; i + 1 < n; i++) {
    if (v.low[i] !== 'according' || v.low[i + 1] !== 'to') continue;
    const floor = sentenceFloor(i);
    const limit = sentenceLimit(i);
    // the source runs to the next comma or the end of the sentence (taggers stumble on "state law", "recent polling")
    let src: TokRange | null = null;
    for (let k = i + 2; k < limit && k - i < 28; k++) {
      const w = v.low[k] as string;
      if (w === ',' || w === ';' || w === '—' || w === '–' || w === ':' || isQuoteMark(w) || k + 1 === limit || w === '.' && k + 2 >= limit) {
        let last = w === ',' || w === ';' || w === '—' || w === '–' || w === ':' || isQuoteMark(w) || w === '.' ? k - 1 : k;
        while (last > i + 2 && v.pos[last] === 'PUNCT' && v.low[last] !== ')') last--;
        if (last >= i + 2) src = { first: i + 2, last };
        break;
      }
    }
    src ??= npRight(v, i + 2, limit, true);
    if (!src) continue;
    let content: Range[] | null = null;
    if (v.low[src.last + 1] === ',' && (i === floor || leftBoundary(i, floor) && v.low[i - 1] !== ',')) {
      const s = src.last + 2;
      const e = contentEnd(s, limit);
      if (e >= s) content = [range(s, e)];
    } else {
      let s = floor;
      while (s < i && (isQuoteMark(v.low[s] as string) || v.pos[s] === 'CCONJ')) s++;
      let e = i - 1;
      while (e >= s && (v.pos[e] === 'PUNCT' && !isQuoteMark(v.low[e] as string))) e--;
      if (e >= s) content = [range(s, e)];
      // "Over the long term, according to the budget office, the rise in deficits is …": a fronted
      // adjunct holds no verb, so the clause after the source is the content too
      if (content && v.low[i - 1] === ',' && v.low[src.last + 1] === ',' && !hasVerb(s, e)) {
        const after = contentEnd(src.last + 2, limit);
        if (after >= src.last + 2) content.push(range(src.last + 2, after));
      }
    }
    if (!content) continue;
    claims.push({ kind: 'according-to', cue: { ...range(i, i + 1), lemma: 'according to' }, source: src, content, confidence: 0.85, evidence: ['according-to'], anchor: i });
  }

  // ---- 3b. "In a CNN/ORC poll released Monday, 31% of Republicans said …" ----------------------
  for (let i = 0; i + 2 < n; i++) {
    if (v.low[i] !== 'in' || sentenceFloor(i) !== i && !v.lineBefore[i]) continue;
    const limit = sentenceLimit(i);
    let comma = -1;
    let head = -1;
    for (let k = i + 1; k < limit && k - i < 16; k++) {
      if (v.low[k] === ',') {
        comma = k;
        break;
      }
      if (lex.studyNouns.has(v.low[k] as string) && head < 0) head = k;
      if (v.pos[k] === 'AUX') break;
    }
    if (comma < 0 || head < 0 || comma + 1 >= limit) continue;
    const e = contentEnd(comma + 1, limit);
    if (e <= comma + 1) continue;
    claims.push({
      kind: 'according-to',
      cue: { ...range(i, i), lemma: 'in' },
      source: { first: i + 1, last: comma - 1 },
      content: [range(comma + 1, e)],
      confidence: 0.6,
      evidence: ['according-to:in-study', `lexicon:study:${v.low[head]}`],
      anchor: i,
    });
  }

  // ---- 4. noun cues: "Seoul's condemnation of the launch" -----------------------------------
  for (let i = 1; i < n; i++) {
    // after "his", "promises" is a noun whatever the tagger says
    const nounHere = v.pos[i] === 'NOUN' || v.pos[i] === 'VERB' && ONLY_POSSESSIVE.has(v.low[i - 1] as string);
    if (!nounHere || !lex.nouns.has(v.lemma[i] as string) && !lex.nouns.has(v.low[i] as string)) continue;
    const floor = sentenceFloor(i);
    const limit = sentenceLimit(i);
    let src: TokRange | null = null;
    let j = i - 1;
    while (j > floor && v.pos[j] === 'ADJ') j--;
    const pw = v.low[j] as string;
    if (pw === "'s" || pw === '’s' || pw === "'" || pw === '’') src = npLeft(v, j - 1, floor);
    else if (v.pos[j] === 'PRON' && POSSESSIVE_PRONOUNS.has(pw)) src = { first: j, last: j };
    if (src && src.last === j - 1) {
      // keep only the possessor ("the UN"), not a longer phrase that swallowed the marker
    }
    const comp = v.low[i + 1] as string;
    if (!src || !lex.nounComplements.has(comp)) continue;
    const s = comp === 'that' || comp === 'to' ? i + 1 : i + 2;
    if (s >= limit) continue;
    let e: number;
    if (comp === 'of' || comp === 'for' || comp === 'against' || comp === 'about' || comp === 'on') {
      const np = npRight(v, s, limit, false);
      if (!np) continue;
      e = np.last;
    } else {
      e = contentEnd(s, limit);
    }
    if (e < s) continue;
    // "criticism of", "attacks on": PolNeAR keeps the preposition in the cue when it usually does
    const cueLast = s === i + 2 && lex.tails.has(`${v.lemma[i]} ${comp}`) ? i + 1 : i;
    claims.push({
      kind: containsQuote(v, range(s, e)) ? 'mixed' : 'indirect',
      cue: { ...range(i, cueLast), lemma: v.lemma[i] as string },
      source: src,
      content: [range(s, e)],
      confidence: 0.6,
      evidence: ['noun-cue:possessive', `lexicon:noun:${v.lemma[i]}`],
      anchor: src.first,
    });
  }

  // ---- 4b. acts received: "faced attacks from Bush", "secured the endorsement of Gov. Walker" ----
  const cueAt = new Uint8Array(n);
  const markCue = (c: RawClaim): void => {
    if (c.cue) for (let k = tokenAtOrAfter(v.tokens, c.cue.start); k < n && (v.tokens[k] as { end: number }).end <= c.cue.end; k++) cueAt[k] = 1;
  };
  for (const c of claims) markCue(c);
  for (let i = 1; i + 2 < n; i++) {
    const lemma = v.lemma[i] as string;
    if (cueAt[i] || !lex.receivedNouns.has(lemma) || (v.insideQuote[i] as number) >= 0) continue;
    // "calls" after an adjective or determiner is a noun whatever the tagger says
    if (v.pos[i] !== 'NOUN' && !(v.pos[i] === 'VERB' && (v.pos[i - 1] === 'ADJ' || v.pos[i - 1] === 'DET' || v.pos[i - 1] === 'ADP' || v.pos[i - 1] === 'VERB' && lex.receivingVerbs.has(v.lemma[i - 1] as string)))) continue;
    const floor = sentenceFloor(i);
    const limit = sentenceLimit(i);
    // the verb that receives the act: "faced increasing attacks", "won the backing of"
    let r = i - 1;
    while (r > floor && (v.pos[r] === 'ADJ' || v.pos[r] === 'DET' || v.pos[r] === 'NUM' || v.pos[r] === 'ADV' || v.pos[r] === 'ADP' && v.low[r] === 'up')) r--;
    const received = v.pos[r] === 'VERB' && lex.receivingVerbs.has(v.lemma[r] as string) ? r : -1;
    const by = v.low[i + 1] as string;
    if (!(by === 'from' || by === 'of' && received >= 0 && lex.byOfNouns.has(lemma))) continue;
    const src = npRight(v, i + 2, limit, false);
    if (!src || !(v.pos[src.first] === 'PROPN' || v.pos[src.first] === 'DET' || v.pos[src.first] === 'ADJ' || v.pos[src.first] === 'NOUN' || v.pos[src.first] === 'PRON' && v.low[src.first] !== 'it')) continue;
    let content: Range | null = null;
    const after = v.low[src.last + 1] as string;
    if (src.last + 2 < limit && (after === 'to' && v.pos[src.last + 2] === 'VERB' || after === 'for' || after === 'against' || after === 'over' || after === 'on')) {
      const e = contentEnd(src.last + (after === 'to' ? 1 : 2), limit);
      if (e >= src.last + 2) content = range(src.last + (after === 'to' ? 1 : 2), e);
    }
    // a call or a pledge says what it asks or promises: "a call from her niece" is a phone call
    if (!content && received >= 0 && !lex.complementNouns.has(lemma)) {
      // what the act was about is whoever received it: "Rubio and Christie faced attacks"
      const g = verbGroup(v, received, floor, limit, lex);
      const subject = subjectLeft(g.lead, floor);
      if (subject) content = range(subject.first, subject.last);
    }
    if (!content) continue;
    const claim: RawClaim = { kind: 'indirect', cue: { ...range(i, i), lemma }, source: src, content: [content], confidence: 0.5, evidence: [received >= 0 ? 'noun-cue:received' : 'noun-cue:from', `lexicon:noun:${lemma}`], anchor: Math.min(i, src.first) };
    claims.push(claim);
    markCue(claim);
  }

  // ---- 4c. acts made: "unleashed withering attacks against Rubio", "issued a warning that …" ----
  for (let i = 2; i + 1 < n; i++) {
    const lemma = v.lemma[i] as string;
    // "made promises to …": a plural after a determiner, an adjective or the verb is a noun whatever the tagger says
    const noun = v.pos[i] === 'NOUN' || v.pos[i] === 'VERB' && (v.low[i] as string).endsWith('s') && (v.pos[i - 1] === 'ADJ' || v.pos[i - 1] === 'DET' || lex.actVerbs.has(v.lemma[i - 1] as string));
    if (cueAt[i] || !noun || !lex.madeNouns.has(lemma) || (v.insideQuote[i] as number) >= 0) continue;
    const floor = sentenceFloor(i);
    const limit = sentenceLimit(i);
    // the verb that makes the act, over its modifiers and a particle: "are putting out a warning", "stepped up his attacks on"
    let r = i - 1;
    while (r > floor && i - r <= 5 && (v.pos[r] === 'ADJ' || v.pos[r] === 'DET' || v.pos[r] === 'NUM' || v.pos[r] === 'ADV' || v.pos[r] === 'NOUN' || v.pos[r] === 'PRON' && POSSESSIVE_PRONOUNS.has(v.low[r] as string) || (v.low[r] === 'up' || v.low[r] === 'out') && v.pos[r - 1] === 'VERB')) r--;
    if (v.pos[r] !== 'VERB' || !lex.actVerbs.has(v.lemma[r] as string) || cueAt[r]) continue;
    const comp = v.low[i + 1] as string;
    let content: Range | null = null;
    if (comp === 'that' || comp === 'to' && (v.pos[i + 2] === 'VERB' || v.pos[i + 2] === 'AUX')) {
      const e = contentEnd(i + 1, limit);
      if (e > i + 1) content = range(i + 1, e);
    } else if (MADE_COMPLEMENTS.has(comp) && !(lex.complementNouns.has(lemma) && comp !== 'for')) {
      const np = npRight(v, i + 2, limit, false);
      if (np) content = range(i + 2, np.last);
    }
    if (!content) continue;
    const g = verbGroup(v, r, floor, limit, lex);
    if (g.passive) continue;
    let src = subjectLeft(g.lead, floor);
    const before = v.low[g.lead - 1] as string;
    if (!src && (before === ',' || COORDINATORS.has(before))) src = mainSubject(floor, g.lead);
    if (!src) continue;
    const last = lex.tails.has(`${lemma} ${comp}`) ? i + 1 : i;
    const claim: RawClaim = { kind: 'indirect', cue: { ...range(g.first, last), lemma }, source: src, content: [content], confidence: 0.5, evidence: ['noun-cue:made', `lexicon:noun:${lemma}`, `light:${v.lemma[r]}`, ...groupEvidence(g)], anchor: Math.min(g.first, src.first) };
    claims.push(claim);
    markCue(claim);
  }

  claims.sort((a, b) => firstOffset(v, a) - firstOffset(v, b) || a.anchor - b.anchor);
  return claims;
}

function firstOffset(v: View, c: RawClaim): number {
  let m = Infinity;
  if (c.cue) m = Math.min(m, c.cue.start);
  if (c.source && !c.sourceFrom) m = Math.min(m, (v.tokens[c.source.first] as { start: number }).start);
  for (const r of c.content) m = Math.min(m, r.start);
  return m;
}

/** True when the range holds a quoted fragment (not a scare quote: "the so-called ‘satellite’"). */
function containsQuote(v: View, r: Range): boolean {
  // quotes are in text order: start at the first one opening inside the range
  let lo = 0;
  let hi = v.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.quotes[mid] as Quote).open < r.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < v.quotes.length; i++) {
    const q = v.quotes[i] as Quote;
    if (q.open >= r.end) break;
    const before = v.text.slice(Math.max(0, q.open - 12), q.open).toLowerCase();
    if (/so-called\s*$|so called\s*$|dubbed\s*$|titled\s*$/.test(before)) continue;
    return true;
  }
  return false;
}
