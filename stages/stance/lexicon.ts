import type { Stance } from '../../pipeline/document-types.js';

/** The eight speech-act labels (ANNOTATION.md §3). */
export type StanceLabel = Stance['label'];

/** A cue's class: a label, or `neutral` when the claim's content decides. */
export type CueClass = StanceLabel | 'neutral';

/** One lexicon entry: the label, an optional refining rule, and where the entry came from. */
export interface LexiconEntry {
  label: CueClass;
  rule?: string;
  origin: string[];
}

/** The shape of data/verbs.json and data/nouns.json. */
export interface LexiconFile {
  entries: Record<string, LexiconEntry>;
}

/** The shape of data/content.json: word classes, single words or space-separated phrases. */
export interface ContentFile {
  hedges: string[];
  commitmentModals: string[];
  appealModals: string[];
  threats: string[];
  denials: string[];
  negative: string[];
  positive: string[];
  sourceSide: string[];
  institutionHeads: string[];
  critics: string[];
  /** Who interprets for a living (correspondent, analyst, economist…): a source whose neutral-cue claim is analysis. */
  analysts: string[];
  /** A person's academic post ("director of the … Center for Politics", "University of Idaho"): an analyst when the source is a person. */
  academicAffiliations: string[];
  claimNouns: string[];
  lightVerbs: string[];
  negators: string[];
  negatingVerbs: string[];
  questionWords: string[];
  /** Negative adjectives that condemn only when predicative ("was illegal", not "illegal immigration"). */
  attributiveOnlyNegative: string[];
  /** Negative words that, said of the source itself, are an admission rather than a condemnation. */
  selfCriticism: string[];
  /** Worry and fear in the content: the source assesses a risk (analysis). */
  concern: string[];
  /** First-person belief in the content ("I think…", "we expect…"): an interpretation (analysis). */
  beliefs: string[];
  /** Inference and attribution of causes in the content ("it means…", "was partly responsible for"): an interpretation (analysis). */
  inferences: string[];
  /** Adjectives of strong valence that report a state rather than judge ("was dead", "were missing"). */
  stateAdjectives: string[];
}

/** A word class compiled for matching over a sequence of lower-case words. */
/** A phrase word split the way the tokenizer splits most contractions: "don't" → "do" "n't". */
function splitContraction(word: string): string[] {
  const m = /^(.+?)(n['’]t|['’](?:s|m|re|ve|ll|d))$/.exec(word);
  return m ? [m[1] as string, m[2] as string] : [word];
}

export class WordClass {
  private readonly singles: Set<string>;
  private readonly phrases: string[][];
  /** Phrase indices (ascending) by first word, so a position only tries phrases that can start there. */
  private readonly byFirst = new Map<string, number[]>();

  constructor(items: readonly string[]) {
    this.singles = new Set(items.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
    // Each phrase as written and, if different, with its contractions split (wink keeps "I'm"
    // whole but splits "don't" into "do" "n't").
    this.phrases = items
      .filter((w) => w.includes(' '))
      .flatMap((w) => {
        const words = w.toLowerCase().split(' ');
        const split = words.flatMap(splitContraction);
        return split.length === words.length ? [words] : [words, split];
      });
    this.phrases.forEach((phrase, index) => {
      const first = phrase[0] as string;
      const list = this.byFirst.get(first);
      if (list) list.push(index);
      else this.byFirst.set(first, [index]);
    });
  }

  /** Indices of the phrases whose first word is the word or the lemma, in list order. */
  private candidates(word: string, lemma: string): readonly number[] {
    const a = this.byFirst.get(word);
    const b = lemma === word ? undefined : this.byFirst.get(lemma);
    if (!b) return a ?? [];
    if (!a) return b;
    return [...new Set([...a, ...b])].sort((x, y) => x - y);
  }

  /** True when the single word is in the class. */
  has(word: string): boolean {
    return this.singles.has(word);
  }

  /**
   * Finds every match in `words` (lower-case surface forms, with lemmas beside them).
   * Returns [index, length, matched text] triples in order.
   */
  find(words: readonly string[], lemmas: readonly string[]): Array<[number, number, string]> {
    const out: Array<[number, number, string]> = [];
    for (let i = 0; i < words.length; i++) {
      let matched = false;
      for (const index of this.candidates(words[i] as string, lemmas[i] as string)) {
        const phrase = this.phrases[index] as string[];
        if (phrase.length > words.length - i) continue;
        let ok = true;
        for (let k = 0; k < phrase.length; k++) {
          if (words[i + k] !== phrase[k] && lemmas[i + k] !== phrase[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          out.push([i, phrase.length, phrase.join(' ')]);
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const w = words[i] as string;
      if (this.singles.has(w)) out.push([i, 1, w]);
      else if (this.singles.has(lemmas[i] as string)) out.push([i, 1, lemmas[i] as string]);
    }
    return out;
  }
}

/** Everything the rules consult, compiled once per worker in the stage's `create`. */
export interface Lexicons {
  verbs: Record<string, LexiconEntry>;
  nouns: Record<string, LexiconEntry>;
  hedges: WordClass;
  commitmentModals: WordClass;
  appealModals: WordClass;
  threats: WordClass;
  denials: WordClass;
  negative: WordClass;
  positive: WordClass;
  sourceSide: WordClass;
  institutionHeads: WordClass;
  critics: WordClass;
  analysts: WordClass;
  academicAffiliations: WordClass;
  claimNouns: WordClass;
  lightVerbs: WordClass;
  negators: WordClass;
  negatingVerbs: WordClass;
  questionWords: WordClass;
  attributiveOnlyNegative: WordClass;
  selfCriticism: WordClass;
  concern: WordClass;
  beliefs: WordClass;
  inferences: WordClass;
  stateAdjectives: WordClass;
  /** Word valence from -5 to +5 (AFINN-165), for evaluative adjectives the curated lists lack. */
  valence: ReadonlyMap<string, number>;
  /** Nouns for people and bodies that can act (data/agents.json, from PETRARCH2's agents dictionary). */
  agents: ReadonlySet<string>;
}

/** Compiles the data files, the valence table and the agent nouns into {@link Lexicons}. */
export function compileLexicons(verbs: LexiconFile, nouns: LexiconFile, content: ContentFile, valence: Readonly<Record<string, number>> = {}, agents: readonly string[] = []): Lexicons {
  return {
    valence: new Map(Object.entries(valence)),
    agents: new Set(agents),
    verbs: verbs.entries,
    nouns: nouns.entries,
    hedges: new WordClass(content.hedges),
    commitmentModals: new WordClass(content.commitmentModals),
    appealModals: new WordClass(content.appealModals),
    threats: new WordClass(content.threats),
    denials: new WordClass(content.denials),
    negative: new WordClass(content.negative),
    positive: new WordClass(content.positive),
    sourceSide: new WordClass(content.sourceSide),
    institutionHeads: new WordClass(content.institutionHeads),
    critics: new WordClass(content.critics),
    analysts: new WordClass(content.analysts),
    academicAffiliations: new WordClass(content.academicAffiliations),
    claimNouns: new WordClass(content.claimNouns),
    lightVerbs: new WordClass(content.lightVerbs),
    negators: new WordClass(content.negators),
    negatingVerbs: new WordClass(content.negatingVerbs),
    questionWords: new WordClass(content.questionWords),
    attributiveOnlyNegative: new WordClass(content.attributiveOnlyNegative),
    selfCriticism: new WordClass(content.selfCriticism),
    concern: new WordClass(content.concern),
    beliefs: new WordClass(content.beliefs),
    inferences: new WordClass(content.inferences),
    stateAdjectives: new WordClass(content.stateAdjectives),
  };
}

/** Spelling variants tried when a lemma is not in a table: British -ise, -our, and crude stems. */
export function lemmaVariants(lemma: string): string[] {
  const l = lemma.toLowerCase().trim();
  const out = [l];
  if (/ise$/.test(l)) out.push(l.replace(/ise$/, 'ize'));
  if (/yse$/.test(l)) out.push(l.replace(/yse$/, 'yze'));
  if (/our$/.test(l)) out.push(l.replace(/our$/, 'or'));
  if (/ies$/.test(l)) out.push(l.replace(/ies$/, 'y'));
  if (/ied$/.test(l)) out.push(l.replace(/ied$/, 'y'));
  if (/s$/.test(l)) out.push(l.slice(0, -1));
  if (/es$/.test(l)) out.push(l.slice(0, -2));
  if (/ed$/.test(l)) out.push(l.slice(0, -2), l.slice(0, -1));
  if (/ing$/.test(l)) out.push(l.slice(0, -3), `${l.slice(0, -3)}e`);
  if (/([a-z])\1(ed|ing)$/.test(l)) out.push(l.replace(/([a-z])\1(ed|ing)$/, '$1'));
  return out;
}

/** Looks a lemma up in a table, trying spelling variants. */
export function lookup(table: Record<string, LexiconEntry>, lemma: string): { key: string; entry: LexiconEntry } | null {
  for (const key of lemmaVariants(lemma)) {
    const entry = table[key];
    if (entry) return { key, entry };
  }
  return null;
}
