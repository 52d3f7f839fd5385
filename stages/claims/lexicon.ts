/** The cue lexicon: reporting-verb lists (GGT, JournalismAI), lemma classes and PolNeAR-mined counts. */
export interface CueClasses {
  speech: string[];
  belief: string[];
  intention: string[];
  attitude: string[];
  acts: string[];
  nouns: string[];
  nounComplements: string[];
  receivedNouns: string[];
  byOfNouns: string[];
  complementNouns: string[];
  receivingVerbs: string[];
  actVerbs: string[];
  madeNouns: string[];
  documentNouns: string[];
  whVerbs: string[];
  retorts: string[];
  tails: string[];
  groupAdverbs: string[];
  days: string[];
  refusals: string[];
  chainVerbs: string[];
  chainAdjectives: string[];
  beliefAdjectives: string[];
  anonymousHeads: string[];
  anonymousMarkers: string[];
  pronouns: Record<string, string | null>;
  contentStops: string[];
  quoteOnly: string[];
  weakRatio: number;
  mediums: string[];
  indirectBlock: string[];
  outsideCue: string[];
  alwaysCues: string[];
  studyNouns: string[];
}

export interface ReportingVerbs {
  ggt: { forms: string[] };
  journalismai: { forms: string[] };
}

export interface MinedCues {
  verbs: Record<string, [number, number, number]>;
  nouns: Record<string, [number, number, number]>;
  tails: Record<string, [number, number]>;
}

/** Where a verb cue came from, for `evidence`. */
export type VerbSource = 'class' | 'ggt' | 'journalismai' | 'polnear';

export interface Lexicon {
  /** lemma → evidence name and weight (0..1) for verb cues. */
  verbs: Map<string, { from: VerbSource; weight: number }>;
  /** word forms from the reporting-verb lists → the list's name. */
  forms: Map<string, VerbSource>;
  speech: Set<string>;
  belief: Set<string>;
  intention: Set<string>;
  /** Explicit speech-act verbs that take a bare object ("castigated Trump"): never weak cues. */
  acts: Set<string>;
  nouns: Set<string>;
  nounComplements: Set<string>;
  /** Noun cues whose source follows "from": "attacks from Bush". */
  receivedNouns: Set<string>;
  /** …or "of" after a receiving verb: "secured the endorsement of". */
  byOfNouns: Set<string>;
  /** Received nouns that need a complement after the source ("calls from X to …"). */
  complementNouns: Set<string>;
  /** Verbs that receive an act: "faced", "won", "drew". */
  receivingVerbs: Set<string>;
  /** Light verbs that make an act of a noun: "unleashed attacks against", "issued a warning that". */
  actVerbs: Set<string>;
  /** Nouns such a verb makes into a cue. */
  madeNouns: Set<string>;
  /** "a speech criticising …", "a resolution condemning …": a participle after one of these is its author's act. */
  documentNouns: Set<string>;
  /** Verbs whose content may be a wh-clause: "explained how …", "questioned whether …". */
  whVerbs: Set<string>;
  /** "fire back", "lash out": lemma + particle pairs that are cues together. */
  retorts: Set<string>;
  /** "call for": lemma + following word that a cue group absorbs. */
  tails: Set<string>;
  groupAdverbs: Set<string>;
  days: Set<string>;
  refusals: Set<string>;
  /** "continued to question", "began dismissing": verbs that pass their complement on to a cue. */
  chainVerbs: Set<string>;
  /** "were quick to condemn": adjectives after "be" that do the same. */
  chainAdjectives: Set<string>;
  /** "are worried that", "is convinced that": adjectives after a copula that hold a belief. */
  beliefAdjectives: Set<string>;
  anonymousHeads: Set<string>;
  anonymousMarkers: Set<string>;
  pronouns: Map<string, string | null>;
  contentStops: Set<string>;
  quoteOnly: Set<string>;
  /** "statement", "interview": "said in a statement" is one cue. */
  mediums: Set<string>;
  /** Verbs that introduce direct quotes only. */
  indirectBlock: Set<string>;
  /** Group words left out of the cue span ("then said" → "said"). */
  outsideCue: Set<string>;
  /** "In a poll …, X": sources that report through "in". */
  studyNouns: Set<string>;
  /** PolNeAR train ratio (gold cue / occurrences) per verb lemma. */
  ratio: Map<string, number>;
  weakRatio: number;
}

/** Per-lemma [right, wrong] counts of reported-speech claims on PolNeAR train (data/cue-precision.json). */
export type CuePrecision = Record<string, [number, number]>;

export interface LexiconOptions {
  /** Reported-speech cue lemmas whose train precision is below this are dropped (0: keep all). */
  precisionFloor: number;
  /** …when they were predicted at least this many times. */
  precisionMinCount: number;
  /** A PolNeAR-mined verb lemma becomes a cue when it headed at least this many train cues… */
  minedMinCount: number;
  /** …and at least this share of its occurrences. */
  minedMinRatio: number;
  /** Attach-after words ("call for") need this many train cues. */
  tailMinCount: number;
}

export function buildLexicon(classes: CueClasses, lists: ReportingVerbs, mined: MinedCues, precision: CuePrecision, options: LexiconOptions): Lexicon {
  const verbs = new Map<string, { from: VerbSource; weight: number }>();
  const ratioOf = (lemma: string): number => mined.verbs[lemma]?.[2] ?? 0;
  for (const [lemma, [count, , ratio]] of Object.entries(mined.verbs)) {
    if (count >= options.minedMinCount && ratio >= options.minedMinRatio) verbs.set(lemma, { from: 'polnear', weight: ratio });
  }
  for (const lemma of [...classes.speech, ...classes.belief, ...classes.intention, ...classes.attitude, ...classes.acts]) {
    if (!verbs.has(lemma)) verbs.set(lemma, { from: 'class', weight: Math.max(0.4, ratioOf(lemma)) });
  }
  const forms = new Map<string, VerbSource>();
  for (const f of lists.ggt.forms) forms.set(f, 'ggt');
  for (const f of lists.journalismai.forms) if (!forms.has(f)) forms.set(f, 'journalismai');
  const indirectBlock = new Set(classes.indirectBlock);
  const keep = new Set(classes.alwaysCues);
  if (options.precisionFloor > 0) {
    for (const [lemma, [right, wrong]] of Object.entries(precision)) {
      if (right + wrong >= options.precisionMinCount && right / (right + wrong) < options.precisionFloor && !keep.has(lemma)) indirectBlock.add(lemma);
    }
  }
  const tails = new Set<string>();
  // a word joins the cue when the annotators put it inside more often than after it
  for (const [pair, [inside, after]] of Object.entries(mined.tails)) if (inside >= options.tailMinCount && inside > after) tails.add(pair);
  for (const pair of classes.retorts) tails.add(pair);
  return {
    verbs,
    forms,
    speech: new Set(classes.speech),
    belief: new Set(classes.belief),
    intention: new Set(classes.intention),
    acts: new Set(classes.acts),
    nouns: new Set(classes.nouns),
    nounComplements: new Set(classes.nounComplements),
    receivedNouns: new Set(classes.receivedNouns),
    byOfNouns: new Set(classes.byOfNouns),
    complementNouns: new Set(classes.complementNouns),
    receivingVerbs: new Set(classes.receivingVerbs),
    actVerbs: new Set(classes.actVerbs),
    madeNouns: new Set(classes.madeNouns),
    documentNouns: new Set(classes.documentNouns),
    whVerbs: new Set(classes.whVerbs),
    retorts: new Set(classes.retorts),
    tails,
    groupAdverbs: new Set(classes.groupAdverbs),
    days: new Set(classes.days),
    refusals: new Set(classes.refusals),
    chainVerbs: new Set(classes.chainVerbs),
    chainAdjectives: new Set(classes.chainAdjectives),
    beliefAdjectives: new Set(classes.beliefAdjectives),
    anonymousHeads: new Set(classes.anonymousHeads),
    anonymousMarkers: new Set(classes.anonymousMarkers),
    pronouns: new Map(Object.entries(classes.pronouns)),
    contentStops: new Set(classes.contentStops),
    quoteOnly: new Set(classes.quoteOnly),
    mediums: new Set(classes.mediums),
    indirectBlock,
    outsideCue: new Set(classes.outsideCue),
    studyNouns: new Set(classes.studyNouns),
    ratio: new Map(Object.entries(mined.verbs).map(([l, c]) => [l, c[2]])),
    weakRatio: classes.weakRatio,
  };
}
