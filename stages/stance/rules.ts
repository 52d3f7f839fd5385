import type { Claim, Stance, StanceTarget } from '../../pipeline/document-types.js';
import { lookup, type CueClass, type LexiconEntry, type Lexicons, type StanceLabel } from './lexicon.js';
import type { TokenView } from './view.js';

/** A stance without its id and claim id: what the rules decide for one claim. */
export type StanceDecision = Omit<Stance, 'id' | 'claim'>;

/** The claim's cue as the rules see it: the head token, the entry that classified it, and how. */
interface CueInfo {
  /** Token indices of the cue (empty for a claim without cue). */
  tokens: number[];
  /** Index of the head token (the verb, or the cue noun), or -1. */
  head: number;
  /** Index of the last token that belongs to the cue phrase (e.g. "for" in "called for"), or -1. */
  last: number;
  key: string | null;
  entry: LexiconEntry | null;
  /** Which table: verbs, nouns, or the light-verb + noun construction. */
  table: 'verbs' | 'nouns' | 'light' | null;
}

interface Decision {
  label: StanceLabel;
  confidence: number;
  evidence: string[];
  hedged?: boolean;
  negated?: boolean;
  /** Where to look for the target: a token index to read a noun phrase from, or the content subject. */
  targetFrom?: number | 'subject';
}

/** The analysed first clause of the claim's content. */
interface Clause {
  /** Token indices of the content (all spans). */
  tokens: number[];
  words: string[];
  lemmas: string[];
  pos: string[];
  /** Subject noun phrase: first and last token index, or null. */
  subject: [number, number] | null;
  /** Index (into `tokens`) where the predicate starts, after the subject. */
  predicateAt: number;
  /** Main verb token index (document index) or -1. */
  verb: number;
  isQuestion: boolean;
  isImperative: boolean;
  /** The content is the main clause of a counterfactual condition ("if I were…, I would…"). */
  counterfactual: boolean;
  /** The content is the main clause of a condition ("if he is asked…, he would…"). */
  conditional: boolean;
}

const ORIGIN_CONFIDENCE = (entry: LexiconEntry): number =>
  entry.origin.some((o) => o.startsWith('cameo')) ? 0.9 : entry.origin.includes('project') ? 0.85 : 0.85;

function originTag(entry: LexiconEntry): string {
  return entry.origin[0] ?? 'project';
}

/** Words that start a time expression, which ends an object noun phrase ("endorsed Cruz last week"). */
const TEMPORAL = /^(last|next|this|earlier|later|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|morning|afternoon|evening|night)$/;

/** True for tokens that can belong to a noun phrase. */
function npToken(v: TokenView, i: number): boolean {
  const p = v.pos(i);
  const w = v.word(i);
  if (p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'NUM') return true;
  if (p === 'PRON' && /^(his|her|its|their|our|my|your|all|both|each)$/.test(w)) return true;
  if (p === 'PART' && (w === "'s" || w === "'")) return true;
  if (p === 'PUNCT' && /^[-‘’'“”"]$/.test(w)) return true;
  if (p === 'ADV' && (w === 'so' || w === 'more' || w === 'most' || w === 'less')) return true;
  if (p === 'VERB' && i > 0 && v.word(i - 1) === '-') return true; // so-called, state-run
  // A noun tagged as a verb at the end of a compound: "satellite launch." (uninflected, then a stop).
  if (p === 'VERB' && i > 0 && (v.pos(i - 1) === 'NOUN' || v.pos(i - 1) === 'ADJ') && w === v.lemma(i) && /^(PUNCT|ADP|CCONJ|SCONJ)$/.test(v.pos(i + 1) || 'PUNCT') && v.word(i + 1) !== 'to') return true;
  return false;
}

/**
 * Reads a noun phrase starting at token i (within the sentence): determiners, adjectives, nouns,
 * "of"-complements and coordination ("a submarine and more weapons"). Returns [first, last] or null.
 */
function nounPhrase(v: TokenView, i: number, limit: number, stopAtVerbishNoun = false): [number, number] | null {
  const end = Math.min(v.sentenceEnd(i), limit);
  let j = i;
  let last = -1;
  let nouns = 0;
  while (j <= end) {
    if (npToken(v, j) && !(last >= 0 && TEMPORAL.test(v.word(j)))) {
      const p = v.pos(j);
      // A determiner after a complete noun starts a new phrase ("the ‘satellite’ a cover").
      if (p === 'DET' && last >= 0 && !['of', 'and', '&'].includes(v.word(j - 1))) break;
      if (stopAtVerbishNoun && p === 'NOUN' && nouns > 0 && /s$/.test(v.word(j)) && (v.pos(j + 1) === 'NOUN' || v.pos(j + 1) === 'DET' || v.pos(j + 1) === 'ADJ')) break;
      if (p === 'NOUN' || p === 'PROPN' || p === 'NUM' || (p === 'VERB' && nouns > 0)) {
        nouns++;
        last = j;
      } else if (p === 'PUNCT' && /^[’'”"]$/.test(v.word(j)) && last >= 0 && last === j - 1) last = j;
      j++;
      continue;
    }
    // "of" complements and coordination continue the phrase when a noun phrase follows
    // (but not a new clause: "asked for a photo and Clinton said").
    const w = v.word(j);
    if (last >= 0 && (w === 'of' || w === 'and' || w === '&') && j + 1 <= end && npToken(v, j + 1)) {
      if (w !== 'of') {
        let k = j + 1;
        while (k <= end && npToken(v, k)) k++;
        if (v.pos(k) === 'VERB' || v.pos(k) === 'AUX') break;
      }
      j++;
      continue;
    }
    break;
  }
  if (last < 0) {
    // A lone pronoun is a phrase too ("condemned it").
    if (v.pos(i) === 'PRON' || v.pos(i) === 'PROPN') return [i, i];
    return null;
  }
  // Do not end on an opening quote or a hyphen.
  let first = i;
  while (first < last && /^[-‘“"]$/.test(v.word(first))) first++;
  // Balance a closing quote: keep it only if the phrase opened one.
  const text = v.spanText(first, last).text;
  if (/[’”]$/.test(text) && !/[‘“]/.test(text)) last--;
  if (last < first) return null;
  return [first, last];
}

/** Finds the cue's head and its lexicon entry. */
function readCue(claim: Claim, v: TokenView, lex: Lexicons): CueInfo {
  const info: CueInfo = { tokens: [], head: -1, last: -1, key: null, entry: null, table: null };
  if (!claim.cue) return info;
  info.tokens = v.overlapping(claim.cue.start, claim.cue.end);
  if (info.tokens.length === 0) return info;
  info.last = info.tokens[info.tokens.length - 1] as number;

  const content = info.tokens.filter((i) => !['AUX', 'PART', 'DET', 'PUNCT', 'PRON', 'CCONJ', 'NUM'].includes(v.pos(i)) && !lex.negators.has(v.word(i)));
  const verbs = content.filter((i) => v.pos(i) === 'VERB');
  const nounsAdj = content.filter((i) => v.pos(i) === 'NOUN' || v.pos(i) === 'ADJ' || v.pos(i) === 'PROPN');
  // "continued to question", "were quick to condemn": the claims stage marks a chain, whose head is the later verb
  const chained = claim.evidence.some((e) => e.startsWith('chain:')) ? verbs.find((i) => v.lemma(i) === claim.cue?.lemma.toLowerCase()) : undefined;
  info.head = chained ?? verbs[0] ?? nounsAdj[nounsAdj.length - 1] ?? content[0] ?? (info.tokens[0] as number);

  // 1. The whole cue lemma ("according to", "call for", "condemnation").
  const full = claim.cue.lemma.toLowerCase().replace(/[’‘]/g, "'").trim();
  const fullVerb = lex.verbs[full];
  const fullNoun = lex.nouns[full];
  // "are convinced that": the claims stage names the belief adjective, which the tagger may read as a verb ("convince")
  if (fullNoun && claim.evidence.includes('indirect:belief-adjective')) {
    return { ...info, head: info.tokens.find((i) => v.word(i) === full) ?? info.head, key: full, entry: fullNoun, table: 'nouns' };
  }
  // 2. Head + the next word, inside or just after the cue ("called" + "for").
  const h = info.head;
  for (const span of [2, 1]) {
    const words = [v.lemma(h)];
    for (let k = 1; k <= span; k++) words.push(v.word(h + k));
    const phrase = words.join(' ');
    const found = lex.verbs[phrase];
    if (found && v.sentenceOf[h + span] === v.sentenceOf[h]) {
      info.key = phrase;
      info.entry = found;
      info.table = 'verbs';
      info.last = Math.max(info.last, h + span);
      return info;
    }
  }
  if (fullVerb && full.includes(' ')) return { ...info, key: full, entry: fullVerb, table: 'verbs' };
  if (fullNoun && full.includes(' ')) return { ...info, key: full, entry: fullNoun, table: 'nouns' };

  // 3. A light verb with a classifying noun: "expressed concern", "raised questions", "issued a warning".
  // (the claims stage marks the light verbs it reads itself: "unleashed attacks", "putting out a warning")
  if (v.pos(h) === 'VERB' && (lex.lightVerbs.has(v.lemma(h)) || claim.evidence.includes(`light:${v.lemma(h)}`))) {
    const end = Math.min(v.sentenceEnd(h), h + 6);
    for (let j = h + 1; j <= end; j++) {
      const p = v.pos(j);
      if (j === h + 1 && (v.word(j) === 'up' || v.word(j) === 'out')) continue;
      if (p === 'NOUN') {
        const found = lookup(lex.nouns, v.lemma(j)) ?? lookup(lex.nouns, v.word(j));
        if (found && found.entry.label !== 'neutral') {
          return { ...info, last: Math.max(info.last, j), key: `${v.lemma(h)}+${found.key}`, entry: found.entry, table: 'light' };
        }
        break;
      }
      if (!(p === 'DET' || p === 'ADJ' || p === 'ADV' || p === 'PRON' || p === 'NUM')) break;
    }
  }

  // 4. The head's lemma, then any other cue word.
  const order = [h, ...content.filter((i) => i !== h)];
  for (const i of order) {
    if (v.pos(i) === 'PROPN' && i !== h) continue;
    const isVerb = v.pos(i) === 'VERB';
    const tables: Array<['verbs' | 'nouns', Record<string, LexiconEntry>]> = isVerb
      ? [['verbs', lex.verbs], ['nouns', lex.nouns]]
      : [['nouns', lex.nouns], ['verbs', lex.verbs]];
    for (const [name, table] of tables) {
      const found = lookup(table, v.lemma(i)) ?? lookup(table, v.word(i));
      if (found) return { ...info, head: i, key: found.key, entry: found.entry, table: name };
    }
  }
  if (fullVerb) return { ...info, key: full, entry: fullVerb, table: 'verbs' };
  if (fullNoun) return { ...info, key: full, entry: fullNoun, table: 'nouns' };
  return info;
}

/** Analyses the claim's content: its tokens, its first clause's subject and predicate. */
function readClause(claim: Claim, v: TokenView, lex: Lexicons): Clause {
  const tokens: number[] = [];
  for (const span of claim.content) for (const i of v.overlapping(span.start, span.end)) if (!tokens.includes(i)) tokens.push(i);
  tokens.sort((a, b) => a - b);
  const words = tokens.map((i) => v.word(i));
  const lemmas = tokens.map((i) => v.lemma(i));
  const pos = tokens.map((i) => v.pos(i));
  const clause: Clause = { tokens, words, lemmas, pos, subject: null, predicateAt: 0, verb: -1, isQuestion: false, isImperative: false, counterfactual: false, conditional: false };
  if (tokens.length === 0) return clause;
  const contentText = claim.content.map((c) => c.text).join(' ').trim();
  clause.isQuestion = /\?["”’']*$/.test(contentText);

  // Skip a complementiser, quote marks and openers.
  let k = 0;
  while (k < tokens.length && (v.pos(tokens[k] as number) === 'PUNCT' || words[k] === 'that')) k++;
  // "If we get the response, we will…" after a cue that does not ask is a condition: its main
  // clause, after the comma, is read like the clause after a fronted adjunct.
  const conditional = words[k] === 'if' && !/^(ask|wonder|question|inquire|enquire|query)/.test(claim.cue?.lemma ?? '') && words.indexOf(',', k + 2) > 0 && words.indexOf(',', k + 2) < k + 20;
  if (conditional) {
    const comma = words.indexOf(',', k + 2);
    // "If I were…", "if Reagan had gone…, I would have…": a hypothetical, never a commitment.
    clause.conditional = true;
    clause.counterfactual = words.slice(k, comma).some((w) => w === 'were' || w === 'had' || w === "'d") || /\b(would|'d|’d) have\b/.test(words.slice(comma, comma + 8).join(' '));
    k = comma + 1;
    while (k < tokens.length && (v.pos(tokens[k] as number) === 'PUNCT' || words[k] === 'then')) k++;
  } else if (k < tokens.length && lex.questionWords.has(words[k] as string) && v.pos(tokens[k] as number) !== 'PRON') clause.isQuestion ||= ['whether', 'if', 'why', 'how'].includes(words[k] as string);
  if (k >= tokens.length) return clause;
  // A fronted adjunct ("in next year's election, the party would…"): the clause starts after its comma.
  if ((v.pos(tokens[k] as number) === 'ADP' || (v.pos(tokens[k] as number) === 'SCONJ' && words[k] !== 'if')) && words[k] !== 'that') {
    for (let c = k + 1; c < Math.min(tokens.length - 1, k + 15); c++) {
      if (words[c] === ',') {
        k = c + 1;
        while (k < tokens.length && (v.pos(tokens[k] as number) === 'PUNCT' || words[k] === 'that')) k++;
        break;
      }
    }
    if (k >= tokens.length) return clause;
  }
  const first = tokens[k] as number;
  const firstPos = v.pos(first);
  const second = tokens[k + 1];
  if (
    firstPos === 'VERB' &&
    words[k] === lemmas[k] &&
    claim.kind === 'direct' &&
    /^[A-Z]/.test(v.doc.text.slice(v.tok(first).start, v.tok(first).end)) &&
    (second === undefined || !['PROPN', 'AUX', 'VERB'].includes(v.pos(second)))
  )
    clause.isImperative = true;

  const np = nounPhrase(v, first, tokens[tokens.length - 1] as number, true);
  if (np) {
    clause.subject = np;
    clause.predicateAt = tokens.indexOf(np[1]) + 1;
  } else clause.predicateAt = k;
  // The main verb: the first VERB after the subject (auxiliaries, adverbs and quote marks between).
  for (let m = clause.predicateAt; m < Math.min(tokens.length, clause.predicateAt + 8); m++) {
    const i = tokens[m] as number;
    const p = v.pos(i);
    if (p === 'VERB' || (p === 'NOUN' && m === clause.predicateAt && /s$/.test(words[m] as string) && np)) {
      clause.verb = i;
      break;
    }
    if (!(p === 'AUX' || p === 'ADV' || p === 'PART' || p === 'PUNCT' || words[m] === 'going' || words[m] === 'to')) break;
  }
  return clause;
}

/** Third-person possessive pronouns: "his claims", "questioned her judgment". */
const THIRD_POSSESSIVE = /^(his|her|their|its)$/;
/** Heads of bodies that act, beside the institutions of content.json: "the Clinton campaign", "the group". */
const BODY_HEAD = /^(organisation|organization|company|campaign|firm|group|board|service|trust|union|association)$/;
/** Heads of "his …" phrases that name another person, not the source's side. */
const OTHERS = /^(wife|husband|son|sons|daughter|daughters|father|mother|parents|brother|brothers|sister|sisters|family|friend|friends|opponent|opponents|rival|rivals|critics|accuser|accusers|children|child|kids|girlfriend|boyfriend|predecessor|successor)$/;

/** Sources who speak for a body rather than for themselves. */
const SPOKESPERSON = /\b(spokes(man|woman|person|people|men|women)|press secretary|representative)\b/;

/** Does the clause's subject refer to the claim's source (or its side)? */
function subjectIsSource(claim: Claim, v: TokenView, lex: Lexicons, clause: Clause): 'yes' | 'institution' | 'no' {
  if (!clause.subject) return 'no';
  const [a, b] = clause.subject;
  const words: string[] = [];
  for (let i = a; i <= b; i++) words.push(v.word(i));
  const text = words.join(' ');
  const lemmas = words.map((_, n) => v.lemma(a + n));
  // In a direct quote "he" is someone else; in reported speech (also mixed) usually the source.
  const direct = claim.kind === 'direct';
  const side = lex.sourceSide.find(words, lemmas);
  // "we", "our country", "the government" — the whole subject, not "the party's move".
  if (side.length > 0 && side[0]?.[0] === 0 && (side[0][1] === words.length || /^(our|my)$/.test(words[0] as string))) {
    // "we", "our country", "the government"; in reported speech "I"/"we" are rare but still the source.
    return 'yes';
  }
  const src = (claim.source.text ?? '').toLowerCase().replace(/[’‘]/g, "'");
  // Reported speech about "his group", "her party", "their campaign": the source's own side
  // (not a relative or an opponent of the source).
  if (!direct && words.length >= 2 && THIRD_POSSESSIVE.test(words[0] as string) && !OTHERS.test(words[words.length - 1] as string) && claim.source.kind !== 'author') return 'yes';
  if (a === b && v.pos(a) === 'PRON') {
    const w = text;
    if (direct) return 'no';
    if (!/^(he|she|it|they)$/.test(w)) return 'no';
    if ((src === 'he' && w === 'she') || (src === 'she' && w === 'he')) return 'no';
    if (claim.source.kind === 'author') return 'no';
    // "it" stands for an organisation or a country, not for a person who speaks.
    if (w === 'it') {
      const type = v.entityTypeOf(claim.source.entity);
      const srcHead = src.split(/\s+/).pop() ?? '';
      if (!(type === 'ORG' || type === 'GPE' || src === 'it' || lex.institutionHeads.has(srcHead) || /^(campaign|company|group|firm|report|statement)$/.test(srcHead))) return 'no';
    }
    return 'yes';
  }
  const entity = v.entityIn(v.tok(a).start, v.tok(b).end);
  if (entity && claim.source.entity && entity === claim.source.entity) return 'yes';
  if (src && (text === src || text.replace(/^the /, '') === src.replace(/^the /, ''))) return 'yes';
  const head = words[words.length - 1] as string;
  if (src && src.split(/\s+/).pop() === head && head.length > 3) return 'yes';
  // An institution reporting what another institution of its side will do (state media, ministries).
  const sourceType = v.entityTypeOf(claim.source.entity);
  const sourceIsInstitution =
    claim.source.kind === 'named' && (sourceType === 'ORG' || sourceType === 'GPE' || (sourceType === null && /^[A-Z]/.test(claim.source.text ?? '') && !/\s(said|says)$/.test(src)));
  if (sourceIsInstitution && lex.institutionHeads.has(head) && v.pos(b) !== 'PRON' && /^[A-Z]/.test(v.doc.text.slice(v.tok(b).start, v.tok(b).end))) return 'institution';
  // A spokesperson speaks for a body: "a spokesman said the Department is committed to…", "the
  // organisation would be working with all the parties".
  if (SPOKESPERSON.test(src) && (lex.institutionHeads.has(head) || BODY_HEAD.test(head)) && v.pos(b) !== 'PRON') return 'institution';
  // A named person announcing what an organisation will do ("Blair said Labour would set out plans").
  const subjectType = entity ? v.entityTypeOf(entity) : null;
  if (claim.source.kind === 'named' && sourceType === 'PERSON' && subjectType === 'ORG') return 'institution';
  return 'no';
}

/** A word-class match in a clause: its index in the clause, the phrase matched and its length in tokens. */
type Hit = [at: number, text: string, length: number];

/**
 * The first match of a word class in the clause window [from, from + width), or null; `skip`
 * passes over matches by the word they start with.
 */
function findNear(clause: Clause, cls: { find: (w: readonly string[], l: readonly string[]) => Array<[number, number, string]> }, from: number, width: number, skip?: (written: string) => boolean): Hit | null {
  const words = clause.words.slice(from, from + width);
  const lemmas = clause.lemmas.slice(from, from + width);
  for (const [at, length, text] of cls.find(words, lemmas)) {
    if (skip?.(words[at] as string)) continue;
    return [from + at, text, length];
  }
  return null;
}

/**
 * The first appeal modal in the window, as {@link findNear}, except forms that state an
 * obligation rather than lay one on anyone: "having to" (a gerund), and in the speaker's own
 * words the past "had to", "needed to" ("something had to be done"). Reported speech shifts the
 * tense ("said education needs had to be tackled"), so there the past still counts.
 */
function findAppeal(clause: Clause, lex: Lexicons, direct: boolean, from: number, width: number): Hit | null {
  return findNear(clause, lex.appealModals, from, width, (written) => written === 'having' || (direct && (written === 'had' || written === 'needed')));
}

/** How much of a long content evaluative words are looked for in (a long quote drifts). */
const EVALUATION_WINDOW = 30;

/**
 * Matches of a class in the first {@link EVALUATION_WINDOW} content words (surface forms only:
 * "greater" is not "great") that are not negated by a nearby not / n't / never / no.
 */
function unnegated(clause: Clause, lex: Lexicons, cls: { find: (w: readonly string[], l: readonly string[]) => Array<[number, number, string]> }): { plain: string[]; negated: string[] } {
  const plain: string[] = [];
  const negated: string[] = [];
  const words = clause.words.slice(0, EVALUATION_WINDOW);
  for (const [at, , text] of cls.find(words, words)) {
    // "illegal immigration": a label, not a judgement.
    if (cls === lex.negative && lex.attributiveOnlyNegative.has(text) && ['NOUN', 'PROPN', 'ADJ'].includes(clause.tokens[at + 1] === undefined ? '' : (clause.pos[at + 1] ?? ''))) continue;
    // A negator up to five words back, within the clause ("I don't believe that she is qualified").
    let neg = false;
    // A phrase that carries its own negation ("not fit to") is not negated again by an earlier one.
    const carriesNegation = lex.negators.has(text.split(' ')[0] as string);
    for (let k = at - 1; !carriesNegation && k >= Math.max(0, at - 5); k--) {
      const w = clause.words[k] as string;
      if (/^[,;:.!?]$/.test(w) || w === 'but') break;
      if (lex.negators.has(w) && w !== 'without') neg = true;
    }
    (neg ? negated : plain).push(text);
  }
  return { plain, negated };
}

/** Verbs that link a subject to a predicative adjective ("was dangerous", "seems unfair"). */
const COPULA = /^(be|seem|become|remain|look|sound|feel|appear|prove)$/;
/** Degree words and determiners allowed between the copula and the adjective ("is a truly awful"). */
const BETWEEN_COPULA_AND_ADJECTIVE = /^(very|so|too|more|most|quite|rather|really|deeply|extremely|utterly|totally|completely|absolutely|particularly|especially|incredibly|simply|just|clearly|increasingly|pretty|fairly|highly|truly|frankly|downright|a|an|such|also|still|now|always)$/;

/**
 * A predicative adjective of strong negative valence in the first clause words (AFINN-165 ≤ −2),
 * or a negated positive one (≥ 2: "is not appropriate"): an attack. Only after a copula, so "the
 * failed launch" — a description — does not count; not comparisons ("worse than", "the
 * greatest"), not "there is…", not "to be…", and not the source's own mistake ("he was wrong to
 * accept the tickets", said of himself, is an admission). Praise is left to the curated list:
 * strongly positive adjectives ("a good microcosm", "it's beautiful") mostly describe.
 */
function predicativeAttack(clause: Clause, lex: Lexicons, side: 'yes' | 'institution' | 'no', v: TokenView): string | null {
  if (clause.isQuestion || (clause.subject && v.word(clause.subject[0]) === 'there')) return null;
  const limit = Math.min(clause.tokens.length, EVALUATION_WINDOW);
  for (let m = clause.predicateAt; m < limit; m++) {
    if (clause.pos[m] !== 'ADJ') continue;
    const word = clause.words[m] as string;
    const valence = strongValence(lex, word);
    if (valence === null || lex.stateAdjectives.has(word) || lex.concern.has(word) || COMPARATIVE.test(word)) continue;
    let k = m - 1;
    let negated = false;
    while (k >= 0 && (BETWEEN_COPULA_AND_ADJECTIVE.test(clause.words[k] as string) || lex.negators.has(clause.words[k] as string) || clause.pos[k] === 'ADV')) {
      if (lex.negators.has(clause.words[k] as string)) negated = true;
      k--;
    }
    if (k < 0 || !COPULA.test(clause.lemmas[k] as string) || clause.words[k - 1] === 'to') continue;
    // "could not be corrupted", "isn't as attractive as": negated before the copula, or a comparison.
    if (lex.negators.has(clause.words[k - 1] as string) || lex.negators.has(clause.words[k - 2] as string)) negated = true;
    if (clause.words[m - 1] === 'as' || clause.words[m + 1] === 'as' || clause.words[m + 1] === 'than') continue;
    // "was not as bad as", "never been more dangerous": not judgements.
    if (negated && valence < 0) continue;
    if (negated) return `not ${word}`;
    if (valence >= 0) continue;
    if (side === 'yes' && lex.selfCriticism.has(word)) continue;
    return word;
  }
  return null;
}

/** -ing words that describe a trend or a quality rather than name an action ("suggests growing support"). */
const TREND_ADJECTIVE = /^(growing|increasing|rising|declining|falling|worrying|alarming|mounting|continuing|widening|deepening|improving|surprising|striking|interesting|lasting|shifting|changing|emerging|underlying|existing|remaining|overwhelming|sweeping|damaging|troubling|disturbing|encouraging|promising|disappointing|lingering|booming|slowing|weakening|strengthening|softening|waning)$/;

/** Object words that stand for a person when no entity says so ("called him…", "called his rival…"). */
const PERSON_OBJECT = /^(him|her|them|rival|rivals|opponent|opponents|critic|critics|challenger|successor|predecessor)$/;
/** A token that is only quote marks (straight, curly, doubled, backtick). */
const QUOTE_MARK = /^["“”'‘’`]+$/;

/** The first token in [from, to] that is only quote marks, or -1. */
function firstQuote(v: TokenView, from: number, to: number): number {
  for (let j = from; j <= to; j++) if (QUOTE_MARK.test(v.word(j))) return j;
  return -1;
}

/**
 * "called Trump “the orange prince of American self-publicity”", "called his rival ''totally
 * scripted''": a person given a name in quote marks, with no word of known valence in it. In
 * political reporting a quoted epithet for a person is an insult far more often than praise
 * (praise is caught earlier by its words); a thing given a quoted name ("called the election “a
 * citizenship election”") is characterised instead (`characterisedThing`).
 */
function quotedEpithetForPerson(v: TokenView, next: number, end: number): boolean {
  const quote = firstQuote(v, next, Math.min(end, next + 9));
  if (quote <= next) return false;
  for (let j = next; j < quote; j++) {
    const word = v.word(j);
    if (PERSON_OBJECT.test(word)) return true;
    const tok = v.tok(j);
    if (v.entityTypeOf(v.entityIn(tok.start, tok.end)) === 'PERSON') return true;
  }
  return false;
}

/** Nouns whose "as" names a post, not a reading: "his role as grand marshal", "her tenure as secretary". */
const ROLE_NOUN = /^(role|roles|position|job|tenure|time|capacity|career|experience|work|record|résumé|resume|stint|days|years|status)$/;

/** Reflexive objects: "calls itself", "called himself pro-choice". */
const REFLEXIVE = /^(itself|himself|herself|themselves|myself|ourselves|yourself)$/;

/**
 * "called [the situation] [“overclassification run amok”]": an object that is a thing (a noun
 * or "it / this / that"; no person, body or person noun, not the source itself) from `object`, then a naming
 * at `naming` that opens with a quote mark or an article ("a reason to…"; not "this year").
 */
function characterisedThing(v: TokenView, lex: Lexicons, object: number, naming: number): boolean {
  if (naming <= object) return false;
  const opener = v.word(naming);
  if (!QUOTE_MARK.test(opener) && !(/^(a|an|the)$/.test(opener) && !TEMPORAL.test(v.word(naming + 1)))) return false;
  let thing = false;
  for (let j = object; j < naming; j++) {
    const word = v.word(j);
    if (PERSON_OBJECT.test(word) || REFLEXIVE.test(word) || (v.pos(j) === 'NOUN' && lex.agents.has(word))) return false;
    const tok = v.tok(j);
    const type = v.entityTypeOf(v.entityIn(tok.start, tok.end));
    if (type === 'PERSON' || type === 'ORG' || type === 'NORP') return false;
    if (v.pos(j) === 'NOUN' || /^(it|this|that)$/.test(word)) thing = true;
  }
  return thing;
}

/**
 * Where the naming starts after "called": after the object when a naming follows it ("called the
 * ensuing chaos 'a lesson'", "called the move outrageous"), else at the object itself, which then
 * is the naming ("what Trump called a disaster"). A quote mark ends the object.
 */
function namingStart(v: TokenView, next: number, end: number): number {
  let object = nounPhrase(v, next, end);
  if (!object) return next;
  // "November's general election": the possessor and what it possesses are one object.
  if (/^['’]s$/.test(v.word(object[1] + 1))) object = [object[0], nounPhrase(v, object[1] + 2, end)?.[1] ?? object[1]];
  const quote = firstQuote(v, next + 1, object[1]);
  const after = quote >= 0 ? quote : object[1] + 1;
  if (after > end) return next;
  const p = v.pos(after);
  return p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || QUOTE_MARK.test(v.word(after)) ? after : next;
}

/** A word's AFINN-165 valence when it is strong (≤ −2 or ≥ 2), else null. */
function strongValence(lex: Lexicons, word: string): number | null {
  const valence = lex.valence.get(word);
  return valence !== undefined && (valence <= -2 || valence >= 2) ? valence : null;
}

/** Comparative and superlative forms: "worse", "greater", "the best". */
const COMPARATIVE = /^(worse|worst|better|best|more|most|less|least|greater|greatest|bigger|biggest)$|[a-z]{3,}(er|est)$/;

/** An appeal phrase with no personal subject: "it is vital", "it's time", "is incumbent". */
function isImpersonal(hit: Hit | null): boolean {
  return hit !== null && /^(it\b|is incumbent|was incumbent)/.test(hit[1]);
}

/** True when {@link decideFromContent} found nothing and fell back to `statement`. */
function foundNothing(decision: Decision): boolean {
  return decision.evidence.includes('default:statement');
}

/**
 * The negative word stands in a "would" clause that an "if" or "unless" (not "even if") follows:
 * "it would be very troubling if the government did not accept…".
 */
function hypothetical(clause: Clause, negative: string): boolean {
  const window = clause.words.slice(0, EVALUATION_WINDOW);
  const wouldAt = window.findIndex((w) => w === 'would' || w === "'d" || w === '’d');
  if (wouldAt < 0) return false;
  const ifAt = window.findIndex((w, n) => n > wouldAt && (w === 'if' || w === 'unless') && window[n - 1] !== 'even');
  const negativeAt = clause.words.findIndex((w, n) => w === negative || clause.lemmas[n] === negative);
  return ifAt > 0 && negativeAt > wouldAt;
}

/** The document token of the verb at or after clause index `at`, past adverbs ("to really try"); -1 if none. */
function actionAfter(clause: Clause, at: number): number {
  let k = at;
  while (clause.pos[k] === 'ADV') k++;
  return clause.pos[k] === 'VERB' || clause.pos[k] === 'AUX' ? (clause.tokens[k] as number) : -1;
}

/** What makes an impersonal "it is …" a judgement of difficulty or openness. */
const DIFFICULTY = /^(hard|difficult|easy|tough|impossible|challenging|unclear|uncertain|doable|feasible|achievable|winnable|unwinnable|inevitable|premature|unrealistic)$/;
/** Words that may stand between "it" and the last "be": "it will be", "it would have been", "it's going to be". */
const BEFORE_BE = /^(will|would|could|may|might|'ll|’ll|have|going|to)$/;

/**
 * "it / this / that" + a form of "be" + (degree words) + a judgement of difficulty or openness
 * ("it would be hard for most people to defy it", "this will be a challenge", "it's an open
 * question whether…", "it is too early to say") in the first 15 words: the source assesses
 * what can happen. The adjective must be one ("it is challenging the assumptions" is a verb).
 */
function difficultyJudgement(clause: Clause): string | null {
  const limit = Math.min(clause.words.length, 15);
  for (let k = 0; k < limit; k++) {
    if (!/^(it|this|that)$/.test(clause.words[k] as string)) continue;
    let be = -1;
    for (let m = k + 1; m < limit && m <= k + 4 && (BEFORE_BE.test(clause.words[m] as string) || clause.lemmas[m] === 'be'); m++) {
      if (clause.lemmas[m] === 'be') be = m;
    }
    if (be < 0) continue;
    let m = be + 1;
    while (m < limit && (clause.pos[m] === 'ADV' && clause.words[m] !== 'too')) m++;
    const word = clause.words[m] ?? '';
    const next = clause.words[m + 1] ?? '';
    if (DIFFICULTY.test(word) && clause.pos[m] === 'ADJ') return word;
    if (word === 'too' && next === 'early') return 'too early';
    if ((word === 'a' && next === 'challenge') || (word === 'an' && next === 'open' && clause.words[m + 2] === 'question')) return word === 'a' ? 'a challenge' : 'an open question';
  }
  return null;
}

/**
 * The content's main verb is itself an act of the verb lexicon (welcome, condemn, urge, deny…),
 * right after its subject (adverbs and "do" may stand between), not negated and not under a
 * modal: the source performs the act ("We welcome the report", "I condemn it"). Neutral, analysis
 * and statement verbs ("I think…", "I understand…") and verbs that need a cue rule are left to
 * the other rules.
 */
function ownSpeechAct(clause: Clause, v: TokenView, lex: Lexicons): { label: StanceLabel; lemma: string } | null {
  if (clause.verb < 0 || clause.subject === null || clause.isQuestion) return null;
  for (let k = clause.subject[1] + 1; k < clause.verb; k++) {
    if (v.pos(k) === 'ADV' && !lex.negators.has(v.word(k))) continue;
    if (v.lemma(k) === 'do' && !lex.negators.has(v.word(k + 1))) continue;
    return null;
  }
  // "I like to think…", "I'd love to": a wish, not an act toward anyone.
  if (v.word(clause.verb + 1) === 'to' && v.pos(clause.verb + 2) === 'VERB') return null;
  const lemma = v.lemma(clause.verb);
  const found = lookup(lex.verbs, lemma);
  if (!found || found.entry.label === 'neutral' || found.entry.label === 'analysis' || found.entry.label === 'statement' || found.entry.rule) return null;
  return { label: found.entry.label, lemma };
}

/**
 * "we should…", "the government must work hard…": the source calls on its own side. Not "I
 * must…", not a negated, conditional or future need ("would not need to attend", "we're going to
 * have to come to terms with it"), and not "should be / have" ("the changes should be
 * sufficient": a prediction).
 */
function ownSideAppeal(clause: Clause, v: TokenView, appeal: Hit): boolean {
  if (clause.subject === null || (clause.subject[0] === clause.subject[1] && v.word(clause.subject[0]) === 'i')) return false;
  const [at, , length] = appeal;
  const before = clause.words[at - 1] ?? '';
  const after = clause.words[at + length] ?? '';
  return !/^(not|n't|never|would|'d|will|'ll|to)$/.test(before) && !/^(be|have|'ve)$/.test(after);
}

/** Words of thanks and of delight for others: praise of someone else even when the source is the subject. */
const GRATITUDE = /^(grateful|thankful|delighted for|happy for|pleased for|thrilled for)$/;

/** Time words between "called" and "for": "called last week for …", "called yesterday for …". */
const CALL_TIME = /^(last|this|next|week|month|year|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)$/;

/** Nouns for a course of action: suggesting one proposes it ("suggests new ways of …", "suggested a compromise"). */
const PROPOSAL_NOUN = /^(way|measure|step|reform|proposal|plan|option|solution|alternative|approach|idea|scheme|policy|compromise|strategy|remedy|fix|course)$/;

/** Verbs whose will/would commits to no action: states, feelings, thoughts and speech. */
const NO_ACTION = /^(be|have|seem|become|remain|appear|look|need|want|like|love|hate|prefer|know|feel|get|say|suggest|think|believe|guess|suppose|imagine|expect|hope|wish|wonder|forget|remember|doubt)$/;

/** Modals of the future or of ability before an outcome: "will win", "can't be toppled", "is not able to beat". */
const OUTCOME_MODAL = /^(will|'ll|’ll|wo|can|ca|cannot|going|able)$/;
/** Who wins or loses a contest: "win", "lose", "beat", "topple", "prevail" ("be the nominee" is read apart). */
const OUTCOME_VERB = /^(win|lose|beat|topple|prevail)$/;

/** Ranking words of a judgement's subject: "the only way", "the biggest problem", "the most important job". */
const RANKING = /^(only|main|major|real|key|basic|fundamental|central|underlying|single|bigger|larger|best|worst|[a-z]{3,}est)$/;
/** Nouns of an assessment: "the real issue is…", "the only way to win is…". Not goals or priorities, which a side sets itself. */
const ASSESSMENT_NOUN = /^(issue|problem|question|thing|things|way|job|challenge|point|reason|difference|lesson|mistake|factor|fact|test|obstacle|hurdle|danger|threat|story)$/;

/**
 * A ranking judgement opening the content ("The most important job … is being a parent", "the
 * only way to win the state is to go", "The basic problem here is that the laws are a
 * patchwork"): the determiner, a ranking word ("most" + adjective counts), at most one more
 * word, an assessment noun and then a form of "be" within 15 words. Returns the phrase.
 */
function rankingJudgement(clause: Clause): string | null {
  let k = 0;
  while (k < clause.words.length && (clause.pos[k] === 'PUNCT' || /^(that|but|and|so)$/.test(clause.words[k] as string))) k++;
  if (clause.words[k] === 'one' && clause.words[k + 1] === 'of') k += 2;
  if (!/^(the|my|our|his|her|their|its|your)$/.test(clause.words[k] ?? '')) return null;
  let m = k + 1;
  if (clause.words[m] === 'most' && clause.pos[m + 1] === 'ADJ') m++;
  else if (!RANKING.test(clause.words[m] ?? '') || clause.pos[m] === 'VERB' || clause.pos[m] === 'NOUN') return null;
  let noun = m + 1;
  if (!ASSESSMENT_NOUN.test(clause.words[noun] ?? '')) noun++;
  if (!ASSESSMENT_NOUN.test(clause.words[noun] ?? '') || clause.pos[noun] !== 'NOUN') return null;
  const limit = Math.min(clause.words.length, noun + 16);
  for (let b = noun + 1; b < limit; b++) if (clause.lemmas[b] === 'be') return clause.words.slice(k, noun + 1).join(' ');
  return null;
}

/** Modals of a gerund subject's prediction: "expanding the monument will protect", "closing it would send". */
const GERUND_MODAL = /^(will|'ll|’ll|wo|would|'d|’d)$/;
/** Words that end a gerund subject before its modal: a new clause or a person as subject. */
const GERUND_SUBJECT_END = /^(,|;|:|that|which|who|i|we|you|he|she|they|it|and|but|or)$/;

/**
 * An action as the subject of will / would ("expanding a national monument will protect more
 * than 7,000 species", "prosecuting anyone involved in the case would be difficult"): what an
 * action will bring about is a prediction. The content opens with the gerund, and the modal
 * follows within 15 words before any comma, new clause or subject pronoun. Returns the modal.
 */
function gerundPrediction(clause: Clause, v: TokenView): string | null {
  if (clause.subject !== null) return null;
  const at = clause.predicateAt;
  const word = clause.words[at] ?? '';
  if (clause.pos[at] !== 'VERB' || !/[a-z]ing$/.test(word) || clause.lemmas[at] === word || clause.isImperative) return null;
  if (at > 0 && v.pos(clause.tokens[at - 1] as number) !== 'PUNCT' && clause.words[at - 1] !== 'that') return null;
  const limit = Math.min(clause.words.length, at + 16);
  for (let m = at + 1; m < limit; m++) {
    const w = clause.words[m] as string;
    if (GERUND_MODAL.test(w)) return /^(VERB|AUX|ADV|PART)$/.test(clause.pos[m + 1] ?? '') ? w : null;
    if (GERUND_SUBJECT_END.test(w) || clause.pos[m] === 'AUX') return null;
  }
  return null;
}

/**
 * A prediction of who wins or loses ("Trump can win", "the other candidates are not able to beat
 * Trump", "I am going to be the nominee"): the modal, then the outcome verb with only "to", a
 * negation, "be" or adverbs between. Not "would" ("two candidates would beat Clinton", a poll's
 * hypothetical).
 */
function outcomePrediction(clause: Clause): string | null {
  const words = clause.words;
  for (let i = 0; i < Math.min(words.length, EVALUATION_WINDOW); i++) {
    if (!OUTCOME_MODAL.test(words[i] as string)) continue;
    if ((words[i] === 'going' || words[i] === 'able') && words[i + 1] !== 'to') continue;
    // "can't be toppled" reads through "be"; "going to start to win" stops at "start"
    for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
      const lemma = clause.lemmas[k] as string;
      if (OUTCOME_VERB.test(lemma) && clause.pos[k] === 'VERB' || lemma === 'be' && words[k + 1] === 'the' && words[k + 2] === 'nominee') return `${words[i]} ${words[k]}`;
      if (!(lemma === 'to' || lemma === 'be' || lemma === 'not' || words[k] === "n't" || words[k] === 'n’t' || clause.pos[k] === 'ADV')) break;
    }
  }
  return null;
}

/** Decides from the content alone: the cue is neutral (say, state, according to) or missing. */
function decideFromContent(claim: Claim, v: TokenView, lex: Lexicons, clause: Clause, cueTag: string): Decision {
  const ev = (rule: string): string[] => [cueTag, rule];
  if (clause.tokens.length === 0) return { label: 'statement', confidence: 0.5, evidence: ev('default:statement') };
  const side = subjectIsSource(claim, v, lex, clause);
  const subjectHead = clause.subject ? v.word(clause.subject[1]) : '';
  const subjectIsClaim = clause.subject !== null && (lex.claimNouns.has(subjectHead) || /^(it|this|that)$/.test(subjectHead));

  // "would not comment on the concerns": after a topic preposition, a content without a verb
  // names what was talked about; its words are not the source's.
  const cueText = claim.cue ? v.doc.text.slice(claim.cue.start, claim.cue.end) : '';
  if (clause.verb < 0 && /\s(on|about)$/.test(cueText)) return { label: 'statement', confidence: 0.6, evidence: ev('content:topic') };

  // "argued (vociferously) against the move", "spoke out against": opposition is a condemnation.
  let lead = 0;
  while (lead < clause.words.length && (clause.pos[lead] === 'ADV' || clause.pos[lead] === 'PUNCT' || clause.words[lead] === 'out')) lead++;
  if (clause.words[lead] === 'against' && claim.cue) {
    return { label: 'condemnation', confidence: 0.7, evidence: ev('content:against'), targetFrom: clause.tokens[lead + 1] ?? 'subject' };
  }

  // The source's own act, told in its words: "We welcome the report", "I condemn this attack".
  const ownAct = side === 'yes' ? ownSpeechAct(clause, v, lex) : null;
  if (ownAct) {
    return { label: ownAct.label, confidence: 0.7, evidence: ev(`content:own-act(${ownAct.lemma})`), targetFrom: clause.verb + 1 };
  }

  // Denial: the content rejects a claim ("the report is false", "did nothing wrong").
  const denial = lex.denials.find(clause.words.slice(0, EVALUATION_WINDOW), clause.words.slice(0, EVALUATION_WINDOW))[0];
  const negativeHits = unnegated(clause, lex, lex.negative);
  if (denial && (subjectIsClaim || side === 'yes' || /^(nothing to do with|did nothing wrong|done nothing wrong|no wrongdoing|not involved|no role|not responsible|never said|never did|categorically|not guilty|not classified)$/.test(denial[2]))) {
    return { label: 'denial', confidence: 0.7, evidence: ev(`content:denial(${denial[2]})`), targetFrom: 'subject' };
  }
  if (negativeHits.negated.length > 0 && negativeHits.plain.length === 0 && (subjectIsClaim || side === 'yes' || clause.subject !== null)) {
    return { label: 'denial', confidence: 0.6, evidence: ev(`content:denial(not ${negativeHits.negated[0]})`), targetFrom: 'subject' };
  }

  // Warning: a threat of consequences.
  const threat = lex.threats.find(clause.words.slice(0, EVALUATION_WINDOW), clause.words.slice(0, EVALUATION_WINDOW))[0];
  const hasIf = clause.words.includes('if') || clause.words.includes('unless');
  if (threat && (side !== 'no' || hasIf || /^(will pay|pay a price|pay a heavy price|pay dearly|face consequences|face the consequences|will regret|will not tolerate|won't tolerate|sea of fire|will be met with|would be met with)$/.test(threat[2]))) {
    return { label: 'warning', confidence: 0.65, evidence: ev(`content:warning(${threat[2]})`), targetFrom: 'subject' };
  }

  // Commitment: the source (or its side) + will / would / is going to + an action.
  const modal = findNear(clause, lex.commitmentModals, clause.predicateAt, 3);
  const hedgeHit = firstHedge(clause, v, lex);
  const hedgeWord = hedgeHit?.[1] ?? null;
  const hedgeAt = hedgeHit ? clause.tokens.indexOf(hedgeHit[0]) : -1;
  const hedge = hedgeWord !== null && hedgeAt - clause.predicateAt < 5 && hedgeAt >= clause.predicateAt ? hedgeWord : null;
  // "would be (conditionally) released": an adverb may stand between the auxiliary and the participle.
  const auxBefore = clause.verb > 1 && v.pos(clause.verb - 1) === 'ADV' ? clause.verb - 2 : clause.verb - 1;
  // "is committed to transparency": the participle is the modal itself, not a passive.
  const verbAt = clause.tokens.indexOf(clause.verb);
  const verbInModal = modal !== null && verbAt >= 0 && verbAt >= modal[0] && verbAt < modal[0] + modal[2];
  const passive = !verbInModal && clause.verb > 0 && v.lemma(auxBefore) === 'be' && v.word(clause.verb) !== v.lemma(clause.verb) && !/ing$/.test(v.word(clause.verb));
  // The committed action: the verb after a "… to" modal ("plans to launch", "I'm going to say"),
  // else the clause's verb ("will launch", "is committed to the talks").
  const actionAt = modal && modal[1].endsWith(' to') ? actionAfter(clause, modal[0] + modal[2]) : -1;
  // "is committed to transparency": no verb follows, and the commitment is to the thing named
  const objectAt = verbInModal && actionAt < 0 ? (clause.tokens[modal[0] + modal[2]] ?? -1) : -1;
  const action = actionAt >= 0 ? actionAt : objectAt >= 0 ? objectAt : clause.verb;
  const verbLemma = action >= 0 ? v.lemma(action) : '';
  // States, feelings, thoughts and words: "will be", "I would love to", "I would say", "I'll never
  // forget", "I'm going to have to" commit to no action.
  const noAction = NO_ACTION.test(verbLemma);
  if (modal && !hedge && side !== 'no' && action >= 0 && !noAction && !passive && !clause.counterfactual) {
    const institution = side === 'institution';
    return {
      label: 'vow',
      confidence: institution ? 0.6 : 0.75,
      evidence: ev(`content:${institution ? 'institution-commitment' : 'commitment'}(${modal[1]} ${verbLemma})`),
      targetFrom: action === objectAt ? action : action + 1,
    };
  }

  // Appeal: others should / must act, or an imperative quote.
  const direct = claim.kind === 'direct';
  // should / must / need to in the first clause, after a subject that is not the source itself.
  let appeal = findAppeal(clause, lex, direct, clause.predicateAt, 3) ?? findAppeal(clause, lex, direct, 0, 2);
  let appealSubject = clause.subject ? v.word(clause.subject[0]) : '';
  if (!appeal) {
    const wide = findAppeal(clause, lex, direct, 0, 20);
    if (wide && wide[0] > 0 && !/^(,|;|and|but|if|when|because|that|who|which|the|a|an|no|any|this|his|her|their|its|our)$/.test(clause.words[wide[0] - 1] as string)) {
      appeal = wide;
      appealSubject = clause.words[wide[0] - 1] as string;
    }
  }
  // "it is important to", "it's time": impersonal, so their "it" is no expletive subject; they
  // count only where the content opens with them ("decided it was time to…" reports a decision).
  const opening = findAppeal(clause, lex, direct, 0, 10);
  const opensContent = opening !== null && isImpersonal(opening) && (opening[0] <= 1 || /^[—–:;-]$/.test(clause.words[opening[0] - 1] ?? ''));
  if (opensContent) appeal = opening;
  else if (isImpersonal(appeal)) appeal = null;
  const impersonal = isImpersonal(appeal);
  // "will have to pass a test" states a rule; "the need to" is a noun.
  const ruleOrNoun = appeal !== null && /^(will|would|'ll|the|a|no|any)$/.test(clause.words[appeal[0] - 1] ?? '');
  const expletive = impersonal ? false : ruleOrNoun || /^(this|that|it|there|which|what|i|we|us)$/.test(appealSubject) || (clause.subject !== null && /^(this|that|it|there|which|what)$/.test(v.word(clause.subject[0])));
  // "Pence's performance should boost his numbers": a thing that cannot act "should" do something
  // only in the sense of a prediction.
  if (appeal && appeal[1] === 'should' && epistemicShould(clause, v, lex, appeal[0])) {
    return { label: 'analysis', confidence: 0.55, evidence: ev('content:prediction(should)'), targetFrom: 'subject' };
  }
  if (appeal && (side !== 'yes' || ownSideAppeal(clause, v, appeal)) && !clause.isQuestion && !expletive) {
    return { label: 'appeal', confidence: 0.65, evidence: ev(`content:appeal(${appeal[1]})`), targetFrom: 'subject' };
  }
  if (clause.isImperative && !clause.isQuestion && !/^(thank|let|see|look|say|imagine|remember|forget)$/.test(clause.lemmas[clause.tokens.indexOf(clause.subject?.[0] ?? -1)] ?? clause.lemmas[0] ?? '')) {
    return { label: 'appeal', confidence: 0.55, evidence: ev('content:imperative'), targetFrom: 'subject' };
  }

  // Evaluation of someone else: an attack is a condemnation, praise is support.
  const positiveHits = unnegated(clause, lex, lex.positive);
  // "is not qualified", "no friend of": praise denied is an attack.
  negativeHits.plain.push(...positiveHits.negated.map((w) => `not ${w}`));
  // "it made a mistake", said by the one who made it, is an admission.
  const admission = side === 'yes' && negativeHits.plain.every((w) => lex.selfCriticism.has(w));
  // "it would be very troubling if the government did not accept…": judging a hypothetical is an
  // assessment of what may happen, not an attack.
  if (negativeHits.plain.length > 0 && !admission && hypothetical(clause, negativeHits.plain[0] as string)) {
    return { label: 'analysis', confidence: 0.55, evidence: ev(`content:hypothetical-evaluation(${negativeHits.plain[0]})`), targetFrom: 'subject' };
  }
  if (negativeHits.plain.length > 0 && negativeHits.plain.length >= positiveHits.plain.length && !admission) {
    return { label: 'condemnation', confidence: negativeHits.plain.length > 1 ? 0.7 : 0.62, evidence: ev(`content:negative(${negativeHits.plain.slice(0, 3).join(',')})`), targetFrom: 'subject' };
  }
  // Praise by the source of itself is no support, but gratitude ("I'm grateful to all the
  // parties") is always owed to someone else.
  if (positiveHits.plain.length > 0 && (side !== 'yes' || positiveHits.plain.some((w) => GRATITUDE.test(w)))) {
    return { label: 'support', confidence: 0.58, evidence: ev(`content:positive(${positiveHits.plain.slice(0, 3).join(',')})`), targetFrom: 'subject' };
  }

  // A first-person belief: "I think…", "we expect…", "the truth is…".
  const belief = lex.beliefs.find(clause.words.slice(0, 15), clause.words.slice(0, 15))[0];
  if (belief) {
    // "I think the government should tighten its gun control": believing that others should act
    // asks them to. Not "should be sufficient", "should have" (predictions), nor "I probably
    // shouldn't say this" (the speaker's own conduct).
    const ask = findAppeal(clause, lex, direct, belief[0] + belief[1], 10);
    const before = ask ? (clause.pos[ask[0] - 1] === 'ADV' ? ask[0] - 2 : ask[0] - 1) : -1;
    if (ask && !/^(be|have|'ve)$/.test(clause.words[ask[0] + 1] ?? '') && !/^(will|would|'ll|the|a|no|any|i)$/.test(clause.words[before] ?? '')) {
      return { label: 'appeal', confidence: 0.6, evidence: ev(`content:belief-appeal(${belief[2]} … ${ask[1]})`), targetFrom: 'subject' };
    }
    return { label: 'analysis', confidence: 0.62, evidence: ev(`content:belief(${belief[2]})`), targetFrom: 'subject' };
  }

  // How hard or open a thing is: "it will be very hard for us to win", "it's an open question
  // whether…".
  const difficulty = difficultyJudgement(clause);
  if (difficulty) {
    return { label: 'analysis', confidence: 0.6, evidence: ev(`content:difficulty(${difficulty})`), targetFrom: 'subject' };
  }

  // Inference: "it means Trump may not have paid", "was partly responsible for". Not "because",
  // "due to", "a sign of": on both evaluation sets those were mostly reports (3 right in 16).
  const inference = findNear(clause, lex.inferences, 0, EVALUATION_WINDOW);
  if (inference) {
    return { label: 'analysis', confidence: 0.6, evidence: ev(`content:inference(${inference[1]})`), targetFrom: 'subject' };
  }

  // Worry and fear: "said they were concerned about", "fears that".
  const concern = lex.concern.find(clause.words.slice(0, 15), clause.words.slice(0, 15))[0];
  if (concern) {
    return { label: 'analysis', confidence: 0.6, evidence: ev(`content:concern(${concern[2]})`), targetFrom: 'subject' };
  }

  // "Trump can win", "I am going to be the nominee": who wins is a prediction. After the vow (the
  // source's own side "is going to win" is a campaign's promise) and the explicit judgements.
  const outcome = outcomePrediction(clause);
  if (outcome) return { label: 'analysis', confidence: 0.6, evidence: ev(`content:outcome(${outcome})`), targetFrom: 'subject' };

  // "the only way to win is to go", "the basic problem here is that…": ranking is judging.
  const ranking = rankingJudgement(clause);
  if (ranking) return { label: 'analysis', confidence: 0.55, evidence: ev(`content:ranking(${ranking})`), targetFrom: 'subject' };

  // An attack by a predicative adjective of strong valence ("the plan was dangerous", "is not
  // appropriate"); after belief and worry, which are analysis.
  const attack = predicativeAttack(clause, lex, side, v);
  if (attack) return { label: 'condemnation', confidence: 0.58, evidence: ev(`content:valence(${attack})`), targetFrom: 'subject' };

  // Analysis: a hedged claim, or a counterfactual. A bare will / would about others is left to
  // `statement`: on randomly drawn neutral-cue claims (eval/stance-neutral.jsonl) and on the dev
  // set it was mostly the source's own side's commitment, an announcement or an attack, and
  // analysis only about a fifth of the time; "because", "a sign of" were right in 3 of 16.
  // "a conspiracy Marquez allegedly plotted": hearsay hedges what others say, and is no
  // interpretation of the source's own; a later hedge still counts.
  const judgementHedge = hedgeWord !== null && HEARSAY.test(hedgeWord) ? (firstHedge(clause, v, lex, HEARSAY)?.[1] ?? null) : hedgeWord;
  if (judgementHedge) {
    return { label: 'analysis', confidence: 0.65, evidence: ev(`content:hedged(${judgementHedge})`), targetFrom: 'subject' };
  }
  // "far more likely to", "most likely": a comparison of likelihoods is an assessment, though not a hedge.
  const likelihood = clause.words.slice(0, EVALUATION_WINDOW).findIndex((w, n) => (w === 'likely' || w === 'unlikely') && /^(more|less|most|least)$/.test(clause.words[n - 1] ?? ''));
  if (likelihood > 0) {
    return { label: 'analysis', confidence: 0.6, evidence: ev(`content:likelihood(${clause.words[likelihood - 1]} ${clause.words[likelihood]})`), targetFrom: 'subject' };
  }
  // "If he is asked…, he would try to deflect them": a prediction about someone else under a condition.
  if (modal && (clause.counterfactual || (clause.conditional && side === 'no')) && clause.subject !== null && !passive) {
    return { label: 'analysis', confidence: 0.6, evidence: ev(`content:prediction(${modal[1]})`), targetFrom: 'subject' };
  }
  // "the cut will boost their cause": what a thing will do is a prediction, not a commitment.
  if (modal && /^(will|'ll|’ll|wo|is going to|are going to|'s going to|’s going to)$/.test(modal[1]) && !passive && clause.verb >= 0 && subjectCannotAct(clause, v, lex)) {
    return { label: 'analysis', confidence: 0.55, evidence: ev(`content:prediction(${modal[1]})`), targetFrom: 'subject' };
  }
  // "expanding the monument will protect species": what an action will do is a prediction.
  const gerundModal = gerundPrediction(clause, v);
  if (gerundModal) return { label: 'analysis', confidence: 0.55, evidence: ev(`content:gerund-prediction(${gerundModal})`), targetFrom: 'subject' };
  // The source noun phrase itself: "critics said…" with no other signal.
  if (sourceNamesCritics(claim, lex)) {
    return { label: 'condemnation', confidence: 0.55, evidence: ev('source:critics'), targetFrom: 'subject' };
  }
  const analyst = analystSource(claim, v, lex);
  if (analyst) return { label: 'analysis', confidence: 0.55, evidence: ev(`source:analyst(${analyst})`), targetFrom: 'subject' };
  return { label: 'statement', confidence: claim.cue ? 0.7 : 0.6, evidence: ev('default:statement') };
}

/**
 * The analyst noun that describes the source, in the source phrase ("BBC correspondent James
 * Hardy") or where its entity is named elsewhere ("Larry Sabato, a political scientist…"), or a
 * person's academic post ("director of the University of Virginia's Center for Politics"), or null.
 */
function analystSource(claim: Claim, v: TokenView, lex: Lexicons): string | null {
  const words: string[] = [];
  if (claim.source.start !== null && claim.source.end !== null) for (const i of v.overlapping(claim.source.start, claim.source.end)) words.push(v.word(i));
  words.push(',');
  if (claim.source.entity) words.push(...v.describedAs(claim.source.entity));
  const analyst = lex.analysts.find(words, words)[0]?.[2];
  if (analyst) return analyst;
  // a university or institute speaks through polls and reports too ("a Quinnipiac University
  // poll"): only a person holding an academic post is an analyst
  if (v.entityTypeOf(claim.source.entity) !== 'PERSON') return null;
  return lex.academicAffiliations.find(words, words)[0]?.[2] ?? null;
}

/** The source phrase has a word for critics or opponents ("critics", "his opponents"). */
function sourceNamesCritics(claim: Claim, lex: Lexicons): boolean {
  return (claim.source.text ?? '').toLowerCase().split(/[^a-z]+/).some((w) => lex.critics.has(w));
}

/** Last word of the source phrase, lower-cased ("the new figures" → "figures"). */
function sourceHead(claim: Claim): string {
  return (claim.source.text ?? '').toLowerCase().split(/[^a-z'-]+/).filter(Boolean).pop() ?? '';
}

/** Source heads that name people or bodies rather than figures, reports or events. */
const PERSON_LIKE_HEAD = /(er|or|ist|ian|man|woman|men|women|people|official|officials|leader|leaders|expert|experts|analyst|analysts|critic|critics|spokesperson|minister|president|secretary|senator|candidate|group|party|campaign|government|administration|he|she|they|we|i|it)$/;

/** A source that is a thing, not a person or body: "the report", "the failure" (no entity, no person-like head). */
function inanimateSource(claim: Claim): boolean {
  const head = sourceHead(claim);
  return claim.source.kind === 'nominal' && !claim.source.entity && head !== '' && !PERSON_LIKE_HEAD.test(head);
}

/** True when the source can act: a person, organisation or country, a personal pronoun, a person-like noun. */
function sourceIsAgent(claim: Claim, v: TokenView, lex: Lexicons): boolean {
  if (claim.source.kind === 'pronoun') return /^(he|she|they|we|i|you|who)$/i.test(claim.source.text ?? '');
  const type = v.entityTypeOf(claim.source.entity);
  if (type !== null) return type === 'PERSON' || type === 'ORG' || type === 'GPE' || type === 'NORP';
  if (claim.source.kind === 'named') return true;
  const head = sourceHead(claim);
  return claim.source.kind === 'nominal' && head !== '' && head !== 'it' && (lex.agents.has(head) || PERSON_LIKE_HEAD.test(head));
}

/**
 * A mandative subjunctive right after its subject: "suggested that they walk", "that he resign".
 * A plural subject's present tense looks the same, so it counts only after a past-tense cue.
 */
function mandativeSubjunctive(clause: Clause, v: TokenView, pastCue: boolean): boolean {
  if (clause.verb < 0 || clause.subject === null || clause.subject[1] !== clause.verb - 1) return false;
  const word = v.word(clause.verb);
  if (v.pos(clause.verb) !== 'VERB' && word !== 'be') return false;
  if (word !== v.lemma(clause.verb)) return false;
  const subject = v.word(clause.subject[1]);
  return pastCue || /^(he|she|it)$/.test(subject) || v.pos(clause.subject[1]) === 'PROPN';
}

/** The subject's head is a common noun for a thing, not a person, body or named entity ("the performance"). */
function subjectCannotAct(clause: Clause, v: TokenView, lex: Lexicons): boolean {
  if (clause.subject === null) return false;
  const head = clause.subject[1];
  const word = v.word(head);
  return v.pos(head) === 'NOUN' && !lex.agents.has(word) && !OTHERS.test(word) && !lex.institutionHeads.has(word) && !BODY_HEAD.test(word) && v.entityIn(v.tok(head).start, v.tok(head).end) === null;
}

/**
 * "should" after a subject that cannot act (a common noun, not a person, body or entity) and
 * before an active verb that is not a copula: "the performance should boost the numbers".
 */
function epistemicShould(clause: Clause, v: TokenView, lex: Lexicons, at: number): boolean {
  if (clause.subject === null || clause.tokens[at] !== clause.subject[1] + 1 || !subjectCannotAct(clause, v, lex)) return false;
  const verb = clause.tokens[at + 1];
  if (verb === undefined || v.pos(verb) !== 'VERB') return false;
  return !/^(be|have|get)$/.test(v.lemma(verb));
}

/** The first noun within six tokens after `from` in its sentence ("across-the-board tax cuts" → cuts' head), or -1. */
function nounAfter(v: TokenView, from: number): number {
  if (from < 0) return -1;
  const end = Math.min(v.sentenceEnd(from), from + 6);
  let found = -1;
  for (let i = from; i <= end && i < v.length; i++) {
    if (v.pos(i) === 'NOUN') found = i;
    else if (found >= 0 || v.pos(i) === 'VERB' || (v.pos(i) === 'PUNCT' && v.word(i) !== '-')) break;
  }
  return found;
}

/** The head noun of the subject before a passive cue ("A call for … has been rejected"), or -1. */
function nounBefore(v: TokenView, head: number): number {
  const start = v.sentenceStart(head);
  for (let i = start; i < head; i++) if (v.pos(i) === 'NOUN') return i;
  return -1;
}

/** The first token after the cue phrase, in the same sentence, or -1. */
function afterCue(cue: CueInfo, v: TokenView): number {
  const i = cue.last + 1;
  if (cue.last < 0 || i >= v.length || v.sentenceOf[i] !== v.sentenceOf[cue.last]) return -1;
  return i;
}

/** "X to VERB" after the cue within a few tokens: returns the verb index, or -1. */
function objectThenInfinitive(v: TokenView, from: number): number {
  if (from < 0) return -1;
  const end = Math.min(v.sentenceEnd(from), from + 10);
  for (let j = from; j < end; j++) {
    if (v.word(j) === 'to' && (v.pos(j + 1) === 'VERB' || v.pos(j + 1) === 'AUX' || v.pos(j + 1) === 'ADV')) return j > from ? j + 1 : -1;
    if (v.pos(j) === 'PUNCT' || v.pos(j) === 'VERB' || v.pos(j) === 'AUX' || v.pos(j) === 'SCONJ' || v.word(j) === 'that' || /^(how|why|what|whether|if|when|where|who)$/.test(v.word(j))) return -1;
  }
  return -1;
}

/** Applies a cue entry's refining rule. Returns a decision, or null when the content should decide. */
function applyCueRule(claim: Claim, v: TokenView, lex: Lexicons, cue: CueInfo, clause: Clause, entry: LexiconEntry, cueTag: string): Decision | null {
  // Rules read the words right after the cue's head ("called" + "on", "refused" + "to pledge").
  const next = cue.head >= 0 && cue.head + 1 < v.length && v.sentenceOf[cue.head + 1] === v.sentenceOf[cue.head] ? cue.head + 1 : -1;
  const nextWord = next >= 0 ? v.word(next) : '';
  const base = ORIGIN_CONFIDENCE(entry);
  const make = (label: StanceLabel, rule: string, confidence = base - 0.1, extra: Partial<Decision> = {}): Decision => ({ label, confidence, evidence: [cueTag, `rule:${rule}`], ...extra });
  switch (entry.rule) {
    case 'ask': {
      if (nextWord === 'for') return make('appeal', 'ask-for', 0.8, { targetFrom: next + 1 });
      if (lex.questionWords.has(nextWord) || nextWord === 'about') return make('statement', 'ask-question', 0.75);
      if (objectThenInfinitive(v, next) >= 0) return make('appeal', 'ask-to', 0.8, { targetFrom: next });
      // "asked the Supreme Court for quick action"
      const asked = next >= 0 ? nounPhrase(v, next, v.sentenceEnd(next)) : null;
      // ("asked the campaign for comment" is a reporter's routine question, not an appeal)
      if (asked && v.word(asked[1] + 1) === 'for' && v.pos(asked[1] + 2) !== 'PUNCT' && !/^comments?$/.test(v.word(asked[1] + 2))) return make('appeal', 'ask-for', 0.75, { targetFrom: asked[1] + 2 });
      if (clause.isQuestion || lex.questionWords.has(nextWord) || nextWord === 'about') return make('statement', 'ask-question', 0.75);
      return make('statement', 'ask', 0.6);
    }
    case 'call':
    case 'noun-appeal':
      if (['for', 'on', 'upon'].includes(nextWord)) return make('appeal', `call-${nextWord}`, 0.85, { targetFrom: next + 1 });
      // "called last week for observers", "called again for": a time or an adverb before "for"
      {
        let k = next;
        while (k >= 0 && k - next < 3 && (v.pos(k) === 'ADV' || CALL_TIME.test(v.word(k)))) k++;
        if (k > next && v.word(k) === 'for') return make('appeal', 'call-for', 0.8, { targetFrom: k + 1 });
      }
      // "his calls to end …": the noun after a possessive
      if ((entry.rule === 'noun-appeal' || /^(his|her|their|its|our|my|your)$/.test(v.word(cue.head - 1))) && nextWord === 'to') return make('appeal', 'call-to', 0.75);
      if (objectThenInfinitive(v, next) >= 0) return make('appeal', 'call-to', 0.7, { targetFrom: next });
      // "called him out for his reliance on talking points", "calling out the senator": to call
      // out is to challenge in public.
      if (entry.rule === 'call' && next >= 0 && (nextWord === 'out' || (v.pos(next) === 'PRON' && v.word(next + 1) === 'out'))) {
        return make('condemnation', 'call-out', 0.75, { targetFrom: nextWord === 'out' ? next + 1 : next });
      }
      if (entry.rule === 'call' && next >= 0) {
        // "called X a Y": the naming decides, not the object ("called the ensuing chaos 'a lesson'").
        const end = v.sentenceEnd(next);
        const words: string[] = [];
        const lemmas: string[] = [];
        const naming = namingStart(v, next, end);
        for (let j = naming; j <= end; j++) {
          // "kind of robotic", "sort of": a hedge, not the adjective
          if (/^(kind|sort)$/.test(v.word(j)) && v.word(j + 1) === 'of') {
            j++;
            continue;
          }
          words.push(v.word(j));
          lemmas.push(v.lemma(j));
        }
        const neg = lex.negative.find(words, lemmas)[0];
        if (neg) return make('condemnation', `call-name(${neg[2]})`, 0.7, { targetFrom: next });
        const pos = lex.positive.find(words, lemmas)[0];
        if (pos) return make('support', `call-name(${pos[2]})`, 0.65, { targetFrom: next });
        // The curated lists miss many epithets ("scum", "loser", "fraud"): a name of strong
        // valence decides, the first such word in the naming.
        for (const word of words) {
          const valence = strongValence(lex, word);
          if (valence !== null) return make(valence < 0 ? 'condemnation' : 'support', `call-name(${word})`, 0.6, { targetFrom: next });
        }
        if (sourceNamesCritics(claim, lex)) return make('condemnation', 'call-name(critics)', 0.6, { targetFrom: next });
        if (quotedEpithetForPerson(v, next, end)) return make('condemnation', 'call-name(epithet)', 0.55, { targetFrom: next });
        // "called November's general election 'a citizenship election'", "called the incident a
        // reason to reinvest": naming a thing or an event with no word of known valence
        // characterises it, an interpretation. Not a person, a body or the source itself ("calls itself").
        if (characterisedThing(v, lex, next, naming)) return make('analysis', 'call-name(characterisation)', 0.5, { targetFrom: next });
      }
      return null;
    case 'reject': {
      // Of a claim or an accusation: denial; of a plan, offer, person or policy: condemnation.
      if (nextWord === 'that' || next < 0) return make('denial', 'reject-claim', 0.75, { targetFrom: 'subject' });
      // "dismissed claims (that) government plans would…", "rejected reports of a rift": a bare
      // plural claim noun opens the object, however the phrase runs on.
      if (lex.claimNouns.has(nextWord) && /s$/.test(nextWord)) return make('denial', `reject-claim(${nextWord})`, 0.75, { targetFrom: next });
      const np = nounPhrase(v, next, v.sentenceEnd(next));
      if (np) {
        // The head is the last noun before an "of" complement ("critique of his performance").
        let h = np[1];
        for (let k = np[0]; k <= np[1]; k++) if (v.word(k) === 'of' && k > np[0]) { h = k - 1; break; }
        const head = v.word(h);
        const lemma = v.lemma(h);
        if (lex.claimNouns.has(head) || lex.claimNouns.has(lemma)) return make('denial', `reject-claim(${lemma})`, 0.8, { targetFrom: next });
        // "dismissed them / it (as nonsense)": a pronoun for what was said; "dismissed him": a person.
        if (v.pos(h) === 'PRON' && !/^(him|her|me|us|you)$/.test(head)) return make('denial', 'reject-pronoun', 0.65, { targetFrom: next });
        if (v.pos(h) === 'PROPN' || v.pos(h) === 'PRON') return make('condemnation', 'reject-person', 0.7, { targetFrom: next });
        if (v.word(np[1] + 1) === 'as' && clause.tokens.length > 0) {
          const rest = unnegated(clause, lex, lex.negative);
          if (rest.plain.length > 0) return make('denial', 'dismiss-as', 0.65, { targetFrom: next });
        }
        return make('condemnation', `reject-proposal(${lemma})`, 0.7, { targetFrom: next });
      }
      // No noun phrase read after the cue ("rejected across-the-board tax cuts", "has been
      // rejected by"): the first noun after the cue, or before a passive cue, decides.
      const object = v.word(next) === 'by' || /^(been|was|were|is|are|be)$/.test(v.word(cue.head - 1)) ? nounBefore(v, cue.head) : nounAfter(v, next);
      if (object >= 0 && !lex.claimNouns.has(v.word(object)) && !lex.claimNouns.has(v.lemma(object))) return make('condemnation', `reject-proposal(${v.lemma(object)})`, 0.65, { targetFrom: 'subject' });
      return make(entry.label as StanceLabel, 'reject', 0.65, { targetFrom: 'subject' });
    }
    case 'refuse':
    case 'decline': {
      // "refused to pledge": the inner verb decides, negated.
      if (nextWord === 'to' && next + 1 < v.length) {
        const inner = lookup(lex.verbs, v.lemma(next + 1));
        if (inner && inner.entry.label !== 'neutral' && !inner.entry.rule) {
          return { label: inner.entry.label as StanceLabel, confidence: 0.75, evidence: [cueTag, `rule:refuse-to(${inner.key})`], negated: true, targetFrom: next + 2 };
        }
        return { label: 'statement', confidence: 0.65, evidence: [cueTag, `rule:refuse-to(${v.lemma(next + 1)})`], negated: true };
      }
      if (next >= 0 && npToken(v, next) && v.pos(next) !== 'PUNCT') return make('condemnation', 'refuse-object', 0.6, { targetFrom: next });
      return { label: 'statement', confidence: 0.5, evidence: [cueTag, 'rule:refuse'], negated: true };
    }
    case 'suggest': {
      if (clause.tokens.length > 0 && findAppeal(clause, lex, claim.kind === 'direct', clause.predicateAt, 3)) return make('appeal', 'suggest-should', 0.7, { targetFrom: 'subject' });
      // A person or body suggests an action ("didn't suggest retaliation"); figures and events
      // suggest a conclusion ("two elections suggest both the challenges…"): ANNOTATION.md §3.
      const agent = sourceIsAgent(claim, v, lex);
      // "it suggests new ways of boosting turnout": what a report or a person suggests by a noun
      // of proposal is an action to take, whoever suggests it
      const object = next >= 0 && nextWord !== 'that' ? nounPhrase(v, next, v.sentenceEnd(next)) : null;
      if (object && PROPOSAL_NOUN.test(v.lemma(object[1]))) return make('appeal', `suggest-proposal(${v.lemma(object[1])})`, 0.6, { targetFrom: next });
      const bareObject = agent && clause.verb < 0 && next === clause.tokens[0];
      if (next >= 0 && v.pos(next) !== 'SCONJ' && nextWord !== 'that' && npToken(v, next) && (clause.tokens.length === 0 || next < (clause.tokens[0] as number) || bareObject))
        return make('appeal', 'suggest-object', 0.6, { targetFrom: next });
      if (agent && mandativeSubjunctive(clause, v, /ed$/.test(v.word(cue.head)))) return make('appeal', 'suggest-subjunctive', 0.6, { targetFrom: 'subject' });
      // "suggests giving parties more funding": to suggest doing something is to propose it, whoever suggests
      // (the tagger often calls such a gerund an adjective; trend words like "growing" stay adjectives)
      if (next >= 0 && /ing$/.test(nextWord) && (v.pos(next) === 'VERB' || (v.pos(next) === 'ADJ' && !TREND_ADJECTIVE.test(nextWord)))) return make('appeal', 'suggest-doing', 0.6, { targetFrom: next });
      return make('analysis', 'suggest-that', 0.7, { hedged: true, targetFrom: 'subject' });
    }
    case 'hope':
      if (nextWord === 'to') return make('statement', 'hope-to', 0.6);
      // "I hope you're able to find…": asking the one addressed (CAMEO codes HOPE as 020 appeal).
      if (clause.subject && v.word(clause.subject[0]) === 'you') return make('appeal', 'hope-you', 0.55, { targetFrom: 'subject' });
      return make('analysis', 'hope-that', 0.55, { targetFrom: 'subject' });
    case 'want':
      if (objectThenInfinitive(v, next) >= 0) return make('appeal', 'want-to', 0.7, { targetFrom: next });
      return make('statement', 'want', 0.6);
    case 'agree':
      if (nextWord === 'to') return make('vow', 'agree-to', 0.7, { targetFrom: next + 2 });
      if (nextWord === 'with') return make('support', 'agree-with', 0.7, { targetFrom: next + 1 });
      return null;
    case 'offer':
      if (nextWord === 'to') return make('vow', 'offer-to', 0.7, { targetFrom: next + 2 });
      if (next >= 0) {
        const np = nounPhrase(v, next, v.sentenceEnd(next));
        const noun = np ? lookup(lex.nouns, v.lemma(np[1])) : null;
        if (noun && noun.entry.label !== 'neutral') return make(noun.entry.label as StanceLabel, `offer-noun(${noun.key})`, 0.7, { targetFrom: np ? np[1] + 2 : -1 });
      }
      return null;
    case 'defend': {
      if (next >= 0 && /^(himself|herself|themselves|itself|myself|ourselves|his|her|their|its|my|our)$/.test(nextWord)) return make('statement', 'defend-self', 0.6);
      return make('support', 'defend-other', 0.7, { targetFrom: next });
    }
    case 'to-infinitive-appeal':
      if (objectThenInfinitive(v, next) >= 0) return make('appeal', 'urge-to', 0.8, { targetFrom: next });
      if (cue.key === 'encourage') return make('support', 'encourage', 0.6, { targetFrom: next });
      return make(entry.label as StanceLabel, 'to-infinitive', 0.6, { targetFrom: next });
    case 'assure': {
      const modal = clause.tokens.length > 0 ? lex.commitmentModals.find(clause.words, clause.lemmas)[0] : undefined;
      if (modal) return make('vow', `assure-will(${modal[2]})`, 0.7, { targetFrom: 'subject' });
      return null;
    }
    case 'plan':
      // A plan the writer describes is a statement (ANNOTATION.md, "Intentions"); the source's
      // own "we plan to" in its words is a commitment.
      if (nextWord === 'to') {
        return /^(i|we)$/i.test(claim.source.text ?? '') ? make('vow', 'plan-to', 0.6, { targetFrom: next + 2 }) : make('statement', 'plan-to(described)', 0.55, { targetFrom: next + 2 });
      }
      return make('statement', 'plan', 0.55);
    case 'swear':
      if (nextWord === 'in') return make('statement', 'sworn-in', 0.7);
      return clause.tokens.length > 0 && lex.denials.find(clause.words, clause.lemmas).length > 0
        ? make('denial', 'swear-denial', 0.6)
        : make('vow', 'swear', 0.75, { targetFrom: nextWord === 'to' ? next + 2 : 'subject' });
    case 'commit':
      if (nextWord === 'to' || v.word(cue.head - 1) === 'is' || v.word(cue.head - 1) === 'are') return make('vow', 'commit-to', 0.75, { targetFrom: next + 1 });
      return make('statement', 'commit', 0.5);
    case 'reaffirm': {
      if (next >= 0) {
        const np = nounPhrase(v, next, v.sentenceEnd(next));
        const noun = np ? lookup(lex.nouns, v.lemma(np[1])) : null;
        if (noun && noun.entry.label !== 'neutral') return make(noun.entry.label as StanceLabel, `reaffirm-noun(${noun.key})`, 0.8, { targetFrom: np ? np[1] + 1 : -1 });
      }
      return null;
    }
    case 'insist': {
      if (nextWord === 'on') return make('vow', 'insist-on', 0.7, { targetFrom: next + 1 });
      // "insisted that Pyongyang stop its escapades": a demand that others act.
      if (sourceIsAgent(claim, v, lex) && mandativeSubjunctive(clause, v, /ed$/.test(v.word(cue.head)))) return make('appeal', 'insist-subjunctive', 0.6, { targetFrom: 'subject' });
      // "insisted the deal did not mean…": insisting on a negation rejects a claim, unless the
      // content says more (a commitment, an attack).
      const fromContent = decideFromContent(claim, v, lex, clause, cueTag);
      const negator = clause.isQuestion ? undefined : clause.words.slice(0, 12).find((w) => lex.negators.has(w));
      if (negator !== undefined && foundNothing(fromContent)) return make('denial', `insist-not(${negator})`, 0.55, { targetFrom: 'subject' });
      // Otherwise what is insisted on is a contested view, as with "argue": analysis.
      if (foundNothing(fromContent) && clause.tokens.length > 0) return make('analysis', 'insist', 0.5, { targetFrom: 'subject' });
      return fromContent;
    }
    case 'argue': {
      // "argued for flexibility": advocacy, like "call for".
      if (nextWord === 'for' && next + 1 < v.sentenceEnd(next)) return make('appeal', 'argue-for', 0.6, { targetFrom: next + 1 });
      // An argument the content rules cannot read (no attack, commitment or appeal words) is an
      // interpretation: analysis. In the three development sets no "argued" claim was a statement.
      const fromContent = decideFromContent(claim, v, lex, clause, cueTag);
      if (foundNothing(fromContent) && clause.tokens.length > 0) return make('analysis', 'argue', 0.5, { targetFrom: 'subject' });
      return fromContent;
    }
    case 'plead':
      if (/^(guilty|innocent|not|no|the|fifth|to)$/.test(nextWord)) return make(nextWord === 'innocent' || nextWord === 'not' ? 'denial' : 'statement', 'plead-court', 0.7);
      if (nextWord === 'for' || nextWord === 'with' || objectThenInfinitive(v, next) >= 0) return make('appeal', 'plead-for', 0.8, { targetFrom: next });
      return make('statement', 'plead', 0.5);
    case 'challenge':
      if (objectThenInfinitive(v, next) >= 0) return make('appeal', 'challenge-to', 0.7, { targetFrom: next });
      if (next >= 0) {
        const np = nounPhrase(v, next, v.sentenceEnd(next));
        if (np && lex.claimNouns.has(v.word(np[1]))) return make('denial', 'challenge-claim', 0.65, { targetFrom: next });
      }
      return null;
    case 'speech-or-analysis':
      // "the report concluded: …" is a finding whatever the punctuation; a person's "concluded:" ends a speech.
      if (claim.kind === 'direct' || nextWord === ',' || nextWord === ':') return inanimateSource(claim) ? make('analysis', 'inanimate-source', base) : null;
      // "concluded by admonishing journalists", "concluded with a history lesson": how a speech
      // ended, not an inference. The act is the gerund's, when the lexicon knows it; else the
      // content decides.
      if (nextWord === 'by' || nextWord === 'with') {
        const act = nextWord === 'by' && /ing$/.test(v.word(next + 1)) ? lookup(lex.verbs, v.lemma(next + 1)) : null;
        if (act && act.entry.label !== 'neutral' && !act.entry.rule) return make(act.entry.label, `end-by(${act.key})`, undefined, { targetFrom: next + 2 });
        return null;
      }
      return make('analysis', 'analysis-verb', base);
    case 'going-to': {
      // "I'm going to help Ted": a first-person commitment.
      if (nextWord !== 'to') return null;
      let b = cue.head - 1;
      while (b >= 0 && (v.pos(b) === 'AUX' || v.pos(b) === 'ADV')) b--;
      if (b >= 0 && /^(i|we)$/.test(v.word(b)) && (v.pos(next + 1) === 'VERB' || v.pos(next + 1) === 'ADV')) return make('vow', 'going-to', 0.65, { targetFrom: next + 2 });
      return null;
    }
    case 'inanimate-analysis': {
      // "The failure highlights…", "the case underscores…": the writer's analysis (ANNOTATION.md §3).
      if (inanimateSource(claim)) return make('analysis', 'inanimate-source', 0.65, { targetFrom: 'subject' });
      return null;
    }
    case 'see-as': {
      // "Experts see the elections as a test": an interpretation.
      const end = next >= 0 ? Math.min(v.sentenceEnd(next), next + 10) : -1;
      for (let j = next; j >= 0 && j <= end; j++) {
        // ("cited his role as grand marshal": after a citing verb, an "as" of a post belongs to the noun)
        if (v.word(j) === 'as' && !(cue.key !== null && /^(cite|point to)$/.test(cue.key) && ROLE_NOUN.test(v.word(j - 1)))) return make('analysis', 'see-as', 0.7, { targetFrom: next });
        if (v.pos(j) === 'VERB' || v.pos(j) === 'PUNCT') break;
      }
      return null;
    }
    case 'seem':
      return make('analysis', 'seem', 0.6, { hedged: true, targetFrom: 'subject' });
    case 'data':
      return make('statement', 'data-show', 0.7);
    case 'question':
      if (lex.questionWords.has(nextWord)) return make('analysis', 'question-whether', 0.6, { targetFrom: 'subject' });
      {
        // "questioned her judgment", "questioned Clinton's record": a person's quality, not the person
        let e = next;
        while (e >= 0 && v.pos(e + 1) === 'PROPN') e++;
        const possessed = next >= 0 && (THIRD_POSSESSIVE.test(v.word(next)) && (v.pos(next + 1) === 'NOUN' || v.pos(next + 1) === 'ADJ') || v.pos(next) === 'PROPN' && /^['’]s$/.test(v.word(e + 1)));
        if (!possessed && (next < 0 || v.pos(next) === 'PROPN' || v.pos(next) === 'PRON' || (v.pos(next) === 'DET' && v.pos(next + 1) === 'PROPN'))) return make('statement', 'question-person', 0.6);
      }
      return make('condemnation', 'question-object', 0.6, { targetFrom: next });
    case 'weak-analysis':
      return make('analysis', 'weak-analysis', 0.6, { targetFrom: nextWord === 'that' ? 'subject' : next });
    case 'order':
      if (objectThenInfinitive(v, next) >= 0) return make('appeal', 'order-to', 0.7, { targetFrom: next });
      return make('statement', 'order', 0.5);
    default:
      return null;
  }
}

/** Is the act itself negated: "did not condemn", "refused to pledge", "no condemnation"? */
function actNegation(cue: CueInfo, v: TokenView, lex: Lexicons): string | null {
  if (cue.head < 0) return null;
  // Inside the cue phrase.
  for (const i of cue.tokens) {
    if (i >= cue.head) break;
    if (lex.negators.has(v.word(i)) && v.word(i + 1) !== 'only') return `neg:${v.word(i)}`;
    // a chain inside the cue: "has yet to endorse", "declined to condemn"
    if (v.word(i + 1) === 'to' && (lex.negatingVerbs.has(v.lemma(i)) || lex.negatingVerbs.has(v.word(i)))) return `neg:${v.lemma(i)}-to`;
  }
  const start = v.sentenceStart(cue.head);
  const first = Math.min(cue.head, cue.tokens[0] ?? cue.head);
  // Up to four tokens back: auxiliaries, adverbs, particles.
  for (let j = first - 1, n = 0; j >= start && n < 4; j--, n++) {
    const w = v.word(j);
    const p = v.pos(j);
    if (lex.negators.has(w) && v.word(j + 1) !== 'only' && w !== 'without') return `neg:${w}`;
    if (w === 'to' && j - 1 >= start) {
      // "refused to condemn", "declined to publicly endorse", "has yet to".
      for (let b = j - 1; b >= Math.max(start, j - 3); b--) {
        const l = v.lemma(b);
        if (lex.negatingVerbs.has(l) || lex.negatingVerbs.has(v.word(b))) return `neg:${l}-to`;
        if (v.pos(b) !== 'ADV' && v.pos(b) !== 'AUX') break;
      }
      return null;
    }
    if (!(p === 'AUX' || p === 'ADV' || p === 'PART' || p === 'DET')) break;
  }
  return null;
}

/** Target: the noun phrase the act is about, linked to an entity mention inside it. */
function findTarget(decision: Decision, cue: CueInfo, v: TokenView, clause: Clause, passiveJudgement: boolean): StanceTarget | null {
  if (decision.label === 'statement') return null;
  let span: [number, number] | null = null;
  const from = decision.targetFrom;
  const contentEnd = clause.tokens[clause.tokens.length - 1] ?? v.length - 1;
  if (typeof from === 'number' && from >= 0 && from < v.length) {
    let i = from;
    // Skip a preposition, "to" + verb ("vowed to conduct X"), quote marks and "that".
    const limit = Math.min(v.sentenceEnd(i), i + 6);
    while (i <= limit && (['for', 'on', 'upon', 'of', 'against', 'about', 'over', 'to', 'with', 'that', 'as'].includes(v.word(i)) || v.pos(i) === 'VERB' || v.pos(i) === 'AUX' || v.pos(i) === 'ADV' || v.pos(i) === 'PART' || /^[“"‘]$/.test(v.word(i)))) i++;
    if (i <= v.sentenceEnd(from)) span = nounPhrase(v, i, v.sentenceEnd(i));
  } else if (from === 'subject' || (from === undefined && clause.subject)) {
    span = clause.subject;
  }
  // Passive cue: "was condemned by the UN", "has been widely criticized for …" — the target is
  // the grammatical subject before it.
  let be = cue.head - 1;
  while (be > 0 && v.pos(be) === 'ADV') be--;
  if (cue.head >= 0 && v.pos(cue.head) === 'VERB' && (v.word(cue.head + 1) === 'by' || passiveJudgement) && v.lemma(be) === 'be') {
    let j = be - 1;
    const start = v.sentenceStart(cue.head);
    // "has been", "had not been": the rest of the verb group
    while (j >= start && (v.pos(j) === 'AUX' || v.pos(j) === 'ADV' || v.pos(j) === 'PART')) j--;
    const last = j;
    while (j >= start && npToken(v, j)) j--;
    if (j + 1 <= last) span = nounPhrase(v, j + 1, last);
  }
  if (!span) return null;
  if (span[0] === span[1] && v.pos(span[0]) === 'PRON') return null;
  // Keep it short: at most twelve tokens, and inside the sentence.
  if (span[1] - span[0] > 12) span = [span[0], span[0] + 12];
  while (span[1] > span[0] && ['DET', 'ADP', 'CCONJ', 'PUNCT'].includes(v.pos(span[1])) && !/^[’”"']$/.test(v.word(span[1]))) span = [span[0], span[1] - 1];
  if (span[1] > contentEnd && typeof from !== 'number') span = [span[0], Math.max(span[0], contentEnd)];
  const { start, end, text } = v.spanText(span[0], span[1]);
  if (text.trim() === '' || text !== text.trim()) return null;
  return { start, end, text, entity: v.entityIn(start, end) };
}

/** Words that make the subject a negative universal ("nothing", "no one", "no arbitrary figure"). */
const NONE = /^(nothing|nobody|none|no|no-one|noone|neither)$/;

/** True when a negative universal opens the few words before the modal at clause index `at`. */
function noneBefore(clause: Clause, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = clause.words[k] as string;
    if (NONE.test(w)) return true;
    if (w === ',' || w === 'that' || w === 'and' || w === 'but' || clause.pos[k] === 'VERB' || clause.pos[k] === 'AUX') return false;
  }
  return false;
}

/**
 * A negated possibility states that something cannot happen; it does not hedge: "nothing could be
 * done", "no one from an immigrant family could become premier", "there could be no concession",
 * "could never". `at` and `len` place the "could" in the clause.
 */
function negatedPossibility(clause: Clause, at: number, len: number): boolean {
  const next = clause.words[at + len] ?? '';
  return noneBefore(clause, at) || /^(never|hardly)$/.test(next) || (next === 'be' && /^(no|nothing)$/.test(clause.words[at + len + 1] ?? ''));
}

/** Hedges that mark hearsay, what others allege, rather than the source's judgement. */
const HEARSAY = /^(allegedly|reportedly|supposedly|purportedly|suspected|is said to|are said to)$/;

/** Words before an attributive "likely": "among likely voters", "the likely nominee". */
const LIKELY_DETERMINER = /^(of|among|the|a|an|his|her|their|its|our|with|for|and|'s|percent)$/;

/**
 * True when "likely" at clause index `at` qualifies a noun ("40 percent of likely Democrat voters")
 * rather than the claim; "it is likely Trump will win" keeps its hedge.
 */
function attributiveLikely(clause: Clause, v: TokenView, at: number): boolean {
  const next = clause.tokens[at + 1];
  return LIKELY_DETERMINER.test(clause.words[at - 1] ?? '') && next !== undefined && /^(NOUN|PROPN|ADJ)$/.test(v.pos(next));
}

/** The first hedge in the content: [token index, text], skipping "could not", "more likely", "in May". */
function firstHedge(clause: Clause, v: TokenView, lex: Lexicons, skip?: RegExp): [number, string] | null {
  for (const [at, len, text] of lex.hedges.find(clause.words, clause.words)) {
    const i = clause.tokens[at] as number;
    if (skip?.test(text)) continue;
    const next = clause.words[at + len] ?? '';
    const prev = clause.words[at - 1] ?? '';
    if (/^(could|may|might)$/.test(text) && (v.pos(i) !== 'AUX' || next === 'not' || next === "n't" || prev === 'nor')) continue;
    if (text === 'could' && negatedPossibility(clause, at, len)) continue;
    if (/^(suggest|suggests|suggested)$/.test(text)) continue;
    if (/^(likely|unlikely)$/.test(text) && /^(more|less|as)$/.test(prev)) continue;
    if (text === 'likely' && attributiveLikely(clause, v, at)) continue;
    return [i, text];
  }
  return null;
}

/** Hedges in the content: "may", "likely", "reportedly", "is believed to"… */
function contentHedge(clause: Clause, v: TokenView, lex: Lexicons): string | null {
  return firstHedge(clause, v, lex)?.[1] ?? null;
}

/** Hedges just before the cue: "reportedly said", "apparently told". */
function cueHedge(cue: CueInfo, v: TokenView, lex: Lexicons): string | null {
  if (cue.head < 0) return null;
  const start = v.sentenceStart(cue.head);
  for (let j = (cue.tokens[0] ?? cue.head) - 1, n = 0; j >= start && n < 3; j--, n++) {
    const w = v.word(j);
    if (/^(reportedly|allegedly|apparently|supposedly|purportedly|seemingly)$/.test(w) && lex.hedges.has(w)) return w;
    if (!(v.pos(j) === 'AUX' || v.pos(j) === 'ADV')) break;
  }
  return null;
}

/**
 * Decides the stance of one claim. The cue decides first; when the cue is neutral (say, state,
 * according to) or missing, the content decides; otherwise `statement`.
 */
export function decideStance(claim: Claim, v: TokenView, lex: Lexicons): StanceDecision {
  const cue = readCue(claim, v, lex);
  const clause = readClause(claim, v, lex);
  let decision: Decision;
  const cls: CueClass | null = cue.entry?.label ?? null;
  const cueTag = !claim.cue
    ? 'cue:none'
    : cue.entry
      ? `cue:${cue.key}(${cue.entry.label === 'neutral' ? 'neutral,' : ''}${originTag(cue.entry)})`
      : `cue:${claim.cue.lemma.toLowerCase()}(unknown)`;
  const ruled = cue.entry?.rule ? applyCueRule(claim, v, lex, cue, clause, cue.entry, cueTag) : null;
  if (ruled) decision = ruled;
  // A rule that does not decide hands the claim to its content; so does a neutral cue.
  else if (cue.entry && cls && cls !== 'neutral' && !cue.entry.rule) {
    const next = afterCue(cue, v);
    decision = {
      label: cls,
      confidence: ORIGIN_CONFIDENCE(cue.entry) - (cue.table === 'nouns' || cue.table === 'light' ? 0.1 : 0),
      evidence: [cueTag],
      targetFrom: next >= 0 && v.word(next) !== 'that' && (clause.tokens.length === 0 || next < (clause.tokens[0] as number) || cls === 'vow' || cls === 'condemnation' || cls === 'support') ? next : 'subject',
    };
  } else {
    decision = decideFromContent(claim, v, lex, clause, cueTag);
  }

  // "X is (not) expected to …": an expectation nobody is named as holding, hedged by nature; a
  // negation in it denies the content, not the act (ANNOTATION.md, "Negation of the act")
  const claimRule = claim.evidence[0];
  const passiveExpectation = claimRule === 'indirect:passive-expectation';
  const negation = decision.negated || passiveExpectation ? null : actNegation(cue, v, lex);
  const negated = decision.negated === true || negation !== null;
  const hedge = decision.hedged ? 'cue' : passiveExpectation ? 'passive-expectation' : (contentHedge(clause, v, lex) ?? cueHedge(cue, v, lex));
  const evidence = [...decision.evidence];
  if (negation) evidence.push(negation);
  if (hedge && !decision.hedged) evidence.push(`hedge:${hedge}`);
  const target = findTarget(decision, cue, v, clause, claimRule === 'indirect:passive-judgement');
  if (target) evidence.push(target.entity ? `target:${target.entity}` : 'target:span');
  return {
    label: decision.label,
    actor: claim.source.entity,
    target,
    certainty: hedge ? 'hedged' : 'asserted',
    negated,
    confidence: Math.round(Math.min(1, Math.max(0, decision.confidence)) * 100) / 100,
    evidence,
  };
}
