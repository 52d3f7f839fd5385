/**
 * Phrase gazetteers: longest match over token sequences, case-insensitive lookup with a
 * capitalisation check at match time. Built once per worker from JSON data.
 */
export type GazetteerType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'WEAPON' | 'EVENT' | 'LAW';

/** The on-disk form: parallel tables to keep the file small. */
export interface GazetteerData {
  sources: string[];
  keys: string[];
  /** [phrase, type, key index, source index] */
  entries: Array<[string, GazetteerType, number, number]>;
}

export interface GazetteerHit {
  /** Token index of the first token, exclusive end token index. */
  first: number;
  end: number;
  type: GazetteerType;
  key: string;
  source: string;
}

interface Phrase {
  tokens: string[];
  type: GazetteerType;
  key: string;
  source: string;
}

/** Normalises a token for lookup: upper case, straight apostrophes. */
export function normToken(token: string): string {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x60) return token.replace(/[’‘`]/g, "'").toUpperCase();
  }
  return token.toUpperCase();
}

/** Splits a gazetteer phrase into tokens the way wink-nlp tokenises names (spaces, parentheses, commas, possessive 's). */
export function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const word of phrase.split(/\s+/)) {
    if (!word) continue;
    const m = /^([(]*)(.*?)([),]*)$/.exec(word) as RegExpExecArray;
    for (const c of m[1] as string) out.push(c);
    let core = m[2] as string;
    let poss = '';
    if (/.'S$/i.test(core)) {
      poss = core.slice(-2);
      core = core.slice(0, -2);
    }
    if (core) out.push(normToken(core));
    if (poss) out.push(normToken(poss));
    for (const c of m[3] as string) out.push(c);
  }
  // "The United Nations": the determiner is not part of the name.
  if (out.length > 1 && out[0] === 'THE') out.shift();
  return out;
}

const UPPER_LETTERS = /^[A-Z]+$/;
const FUNCTION_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'DE', 'DU', 'DES', 'LA', 'LE', 'AL', 'EL', 'ON', 'IN', 'VON', 'VAN', 'DER', '&', "'S", '(', ')', ',', '-']);

/**
 * A trie over normalised phrase tokens; a node ends at most one phrase (the first listed). A
 * first-token node starts with `pending`, the phrases under it not yet inserted; they are
 * inserted, in list order, when the node is first reached.
 */
interface TrieNode {
  phrase: Phrase | null;
  next: Map<string, TrieNode> | null;
  pending: number[] | null;
}

/** A phrase's first word when it is also its first token: no parenthesis, comma, possessive or leading "the" to split off. */
const PLAIN_FIRST_WORD = /^\s*([^\s(]\S*)/;
const SPLIT_END = /[),]$|.'S$/i;

/** The first token of `phrase` as {@link phraseTokens} gives it, cheaply where the first word needs no splitting; null for no tokens. */
function firstToken(phrase: string): string | null {
  const m = PLAIN_FIRST_WORD.exec(phrase);
  if (m !== null && !SPLIT_END.test(m[1] as string)) {
    const head = normToken(m[1] as string);
    if (head !== 'THE') return head;
  }
  return phraseTokens(phrase)[0] ?? null;
}

/** Reused by {@link Gazetteer.matchAt} for the phrases that match at one position. */
const matched: Phrase[] = [];

/**
 * A token as {@link Gazetteer.findAllWords} and {@link Gazetteer.matchWordAt} take it: one object
 * per distinct word, shared across documents, on which each gazetteer remembers whether the word
 * heads any of its phrases (its trie node, or null).
 */
export interface GazetteerWord {
  readonly heads: unknown[];
}

let gazetteers = 0;

export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  /** First tokens of phrases written in lower case ("intercontinental ballistic missile"). */
  private readonly lowerHeads = new Set<string>();
  /** This gazetteer's slot in {@link GazetteerWord.heads}. */
  private readonly slot = gazetteers++;
  /** Every entry, in list order: the ids in {@link TrieNode.pending}. */
  private readonly entries: Array<{ entry: GazetteerData['entries'][number]; data: GazetteerData }> = [];
  private phrases = 0;

  /**
   * Only the first-token nodes are built here; the rest of the trie is built under each one when
   * a document first reaches it (start-up took ~120 ms per worker, most of it building the
   * ~16k subtrees, and a corpus reaches a small share of them).
   */
  constructor(datasets: readonly GazetteerData[]) {
    for (const data of datasets) {
      for (const entry of data.entries) {
        const head = firstToken(entry[0]);
        if (head === null) continue;
        if (/^[a-z]/.test(entry[0])) this.lowerHeads.add(head);
        let node = this.root.get(head);
        if (!node) this.root.set(head, (node = { phrase: null, next: null, pending: [] }));
        node.pending?.push(this.entries.length);
        this.entries.push({ entry, data });
      }
    }
  }

  /** The number of distinct phrases (builds the whole trie). */
  get size(): number {
    for (const node of this.root.values()) if (node.pending) this.expand(node);
    return this.phrases;
  }

  /** The first-token node of `token`, with its subtree built. */
  private head(token: string): TrieNode | undefined {
    const node = this.root.get(token);
    if (node !== undefined && node.pending !== null) this.expand(node);
    return node;
  }

  private expand(head: TrieNode): void {
    const ids = head.pending as number[];
    head.pending = null;
    for (const id of ids) {
      const { entry, data } = this.entries[id] as { entry: GazetteerData['entries'][number]; data: GazetteerData };
      const [phrase, type, keyIndex, sourceIndex] = entry;
      const tokens = phraseTokens(phrase);
      let node = head;
      for (let k = 1; k < tokens.length; k++) {
        const level: Map<string, TrieNode> = (node.next ??= new Map());
        const token = tokens[k] as string;
        let child = level.get(token);
        if (!child) level.set(token, (child = { phrase: null, next: null, pending: null }));
        node = child;
      }
      if (node.phrase) continue;
      node.phrase = { tokens, type, key: data.keys[keyIndex] as string, source: data.sources[sourceIndex] as string };
      this.phrases++;
    }
  }

  /** Longest phrase starting at token `i` (normalised tokens `norm`), or null. `cased` checks capitalisation of the surface tokens. */
  matchAt(norm: readonly string[], i: number, surface?: readonly string[]): GazetteerHit | null {
    let node = this.head(norm[i] as string);
    if (node === undefined) return null;
    if (!surface) return longestFrom(node, norm, i);
    // With `surface`, a longer phrase that fails the capitalisation checks gives way to a shorter one.
    matched.length = 0;
    for (let k = i + 1; ; k++) {
      if (node.phrase) matched.push(node.phrase);
      if (!node.next || k >= norm.length) break;
      const next: TrieNode | undefined = node.next.get(norm[k] as string);
      if (next === undefined) break;
      node = next;
    }
    for (let m = matched.length - 1; m >= 0; m--) {
      const p = matched[m] as Phrase;
      if (!isCapitalisedName(surface, i, i + p.tokens.length, p.type)) continue;
      // Short acronyms match only in capitals: "UN", not "Un" in "Kim Jong Un".
      if (p.tokens.length === 1 && p.tokens[0]!.length <= 4 && UPPER_LETTERS.test(p.tokens[0]!) && surface[i] !== p.tokens[0]) continue;
      return { first: i, end: i + p.tokens.length, type: p.type, key: p.key, source: p.source };
    }
    return null;
  }

  /** Does a hit (found without `surface`) also pass the capitalisation checks on `surface`? */
  static cased(hit: GazetteerHit, surface: readonly string[]): boolean {
    if (!isCapitalisedName(surface, hit.first, hit.end, hit.type)) return false;
    // Short acronyms match only in capitals: "UN", not "Un" in "Kim Jong Un".
    const s = surface[hit.first] as string;
    return !(hit.end - hit.first === 1 && s.length <= 4 && s !== s.toUpperCase() && UPPER_LETTERS.test(normToken(s)) && hit.type !== 'WEAPON');
  }

  /**
   * Non-overlapping longest matches, left to right. With `starts` (the surface tokens), a match
   * may start only at a capitalised token, a digit, or the head of a lower-case phrase.
   */
  findAll(norm: readonly string[], surface?: readonly string[], starts?: readonly string[]): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    for (let i = 0; i < norm.length; ) {
      if (starts) {
        const c = (starts[i] as string).charCodeAt(0);
        if (c >= 97 && c <= 122 && !this.lowerHeads.has(norm[i] as string)) {
          i++;
          continue;
        }
      }
      const hit = this.matchAt(norm, i, surface);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  /**
   * {@link matchAt} (without `surface`) for a token with its {@link GazetteerWord}: the lookup of
   * the first token is remembered on the word, which saves a Map lookup for every word met before.
   */
  matchWordAt(norm: readonly string[], words: readonly GazetteerWord[], i: number): GazetteerHit | null {
    const heads = (words[i] as GazetteerWord).heads;
    let node = heads[this.slot] as TrieNode | null | undefined;
    if (node === undefined) heads[this.slot] = node = this.head(norm[i] as string) ?? null;
    return node === null ? null : longestFrom(node, norm, i);
  }

  /** {@link findAll} (without `surface` and `starts`) with {@link matchWordAt}. */
  findAllWords(norm: readonly string[], words: readonly GazetteerWord[]): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    for (let i = 0; i < norm.length; ) {
      const hit = this.matchWordAt(norm, words, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }
}

/** The longest phrase from `node` (the trie node of `norm[i]`) on. */
function longestFrom(node: TrieNode, norm: readonly string[], i: number): GazetteerHit | null {
  let longest: Phrase | null = null;
  for (let k = i + 1; ; k++) {
    if (node.phrase) longest = node.phrase;
    if (!node.next || k >= norm.length) break;
    const next: TrieNode | undefined = node.next.get(norm[k] as string);
    if (next === undefined) break;
    node = next;
  }
  return longest ? { first: i, end: i + longest.tokens.length, type: longest.type, key: longest.key, source: longest.source } : null;
}

/** Every content word starts with an upper-case letter or digit (lower-case lexicon types such as WEAPON classes excepted). */
function isCapitalisedName(surface: readonly string[], first: number, end: number, type: GazetteerType): boolean {
  if (type === 'WEAPON') return true;
  for (let k = first; k < end; k++) {
    const s = surface[k] as string;
    const c = s.charCodeAt(0);
    const upper = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && s[0] !== (s[0] as string).toLowerCase());
    // A function word inside the name may be in lower case ("Bank of England").
    if (!upper && !((k > first || surface[k + 1] === '-') && FUNCTION_WORDS.has(normToken(s)))) return false;
  }
  return true;
}

/** The hand-written news lexicon (data/news-lexicon.json) turned into gazetteer data. */
export function newsLexicon(raw: Record<string, unknown>): GazetteerData {
  const keys: string[] = [];
  const entries: GazetteerData['entries'] = [];
  const keyMap = (raw.keys ?? {}) as Record<string, string>;
  for (const type of ['WEAPON', 'EVENT', 'LAW', 'ORG', 'GPE', 'LOC', 'NORP'] as GazetteerType[]) {
    for (const phrase of (raw[type] ?? []) as string[]) {
      const key = keyMap[phrase] ?? (type === 'NORP' ? `NORP:${phrase.replace(/s$/, '').toUpperCase()}` : `${type}:${phrase.toUpperCase()}`);
      let k = keys.indexOf(key);
      if (k < 0) k = keys.push(key) - 1;
      entries.push([phrase, type, k, 0]);
    }
  }
  return { sources: ['news-lexicon'], keys, entries };
}

