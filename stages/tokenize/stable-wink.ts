import { createRequire } from 'node:module';

/**
 * wink-nlp with output that does not depend on the documents read before.
 *
 * wink's tokenizer first looks a raw token up in its lexeme cache, and that cache also holds
 * every out-of-vocabulary token the instance has met before. So "Poor's" is split into
 * "Poor" + "'s" by a fresh instance, but kept whole once any earlier text ended a sentence with
 * "Poor's." (the word-before-punctuation path adds "Poor's" whole). With a worker pool the
 * documents a worker has read depend on scheduling, so the same corpus gave different tokens
 * from run to run (113 of 2,225 BBC articles and 32 of 84 PolNeAR dev articles change when the
 * corpus is read in reverse order).
 *
 * The fix keeps the cache (it is what makes wink fast) but hides learned lexemes from the
 * tokenizer's lookups only: the tokenizer then decides every token as a fresh instance would,
 * while feature extraction, which needs the learned entries, sees the cache unchanged. A test
 * checks that reading other texts first changes nothing.
 *
 * wink-nlp resolves `./cache.js` once, when `wink-nlp.js` is first loaded; this module loads a
 * private copy of `wink-nlp.js` bound to the wrapped cache and then restores the module cache,
 * so other users of wink-nlp in the same process are not affected.
 */

type WinkNLP = typeof import('wink-nlp').default;
type WinkModel = typeof import('wink-eng-lite-web-model').default;
type Nlp = ReturnType<WinkNLP>;

interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

/** Entries a memo holds before it starts again (bounds memory on very large corpora). */
const MEMO_LIMIT = 1 << 20;

const require = createRequire(import.meta.url);

let shared: Nlp | null = null;

/** Loads wink-nlp with the cache wrapper described above. */
function loadStableWinkNLP(): { winkNLP: WinkNLP; applied: () => number } {
  const cachePath = require.resolve('wink-nlp/src/cache.js');
  const mainPath = require.resolve('wink-nlp');
  const createCache = require(cachePath) as (model: unknown, featureFn: unknown) => WinkCache;
  const cacheModule = require.cache[cachePath];
  if (!cacheModule || typeof createCache !== 'function') throw new Error('wink-nlp: src/cache.js is not the factory this version of newsmark expects');
  let applied = 0;
  const stableCache = (model: unknown, featureFn: unknown): WinkCache => {
    applied++;
    const cache = createCache(model, featureFn);
    const intrinsic = cache.intrinsicSize();
    const lookup = cache.lookup.bind(cache);
    const add = cache.add.bind(cache);
    // Both wrapped methods are memoised by text. The wrapped lookup answers from the model's own
    // lexicon only, which never changes, so its answer for a text is fixed (callers only read
    // the arrays it returns). `add` returns a text's lexeme index, which is fixed once the text
    // has been added; repeating it only looks the text up again (since lookups no longer find
    // learned words, every repeat of an out-of-vocabulary word comes through here). Measured on
    // BBC: ~985k lookups of ~71k distinct texts, ~284k adds of ~26k.
    const lookups = new Map<string, number[] | null>();
    const adds = new Map<string, number>();
    // A new object for wink-nlp's own use; `cache`'s methods keep calling the unwrapped ones.
    return Object.assign(Object.create(null) as WinkCache, cache, {
      lookup(text: string): number[] | null {
        let answer = lookups.get(text);
        if (answer === undefined) {
          const found = lookup(text);
          answer = found !== null && found.length === 1 && (found[0] as number) >= intrinsic ? null : found;
          if (lookups.size >= MEMO_LIMIT) lookups.clear();
          lookups.set(text, answer);
        }
        return answer;
      },
      add(text: string, category: number): number {
        let index = adds.get(text);
        if (index === undefined) {
          index = add(text, category);
          if (adds.size >= MEMO_LIMIT) adds.clear();
          adds.set(text, index);
        }
        return index;
      },
    });
  };
  const previousMain = require.cache[mainPath];
  delete require.cache[mainPath];
  cacheModule.exports = stableCache;
  try {
    const winkNLP = require(mainPath) as WinkNLP;
    return { winkNLP, applied: () => applied };
  } finally {
    cacheModule.exports = createCache;
    if (previousMain) require.cache[mainPath] = previousMain;
    else delete require.cache[mainPath];
  }
}

/**
 * The thread's one wink-nlp instance (sentence boundaries and POS only), shared by every
 * tokenize stage in the thread. One instance, because each `winkNLP()` call costs ~70 ms, and
 * because wink-eng-lite-web-model re-serialises a module-level string on every call, so a few
 * dozen instances in one process run out of string length.
 */
function stableWink(): Nlp {
  if (shared) return shared;
  const { winkNLP, applied } = loadStableWinkNLP();
  const model = require('wink-eng-lite-web-model') as WinkModel;
  // Only sentence boundaries and POS (lemmas come with POS): wink's default pipe also runs its
  // NER, negation and sentiment automata, which nothing here reads and which cost ~60% of
  // readDoc's time. Tokens, tags, lemmas and sentences are the same either way (checked on BBC).
  const nlp = winkNLP(model, ['sbd', 'pos']);
  if (applied() !== 1) throw new Error('wink-nlp: the cache wrapper was not applied; tokenization would depend on earlier documents');
  shared = nlp;
  return nlp;
}

/** What the tokenize stage reads from wink for one text: per-token strings and sentence token ranges. */
export interface WinkTokens {
  values: string[];
  pos: string[];
  /** Undefined where wink has no lemma ("cannot"). */
  lemmas: Array<string | undefined>;
  /** First and last token index of each sentence, flat: sentence k spans [2k] to [2k + 1]. */
  sentences: Int32Array;
}

/** wink's raw document data, as far as it is read here. */
interface WinkRdd {
  tokens: number[];
  sentences: Array<[number, number, ...unknown[]]>;
  cache: { valueOf(feature: string, index: number): string };
}

// One reducer for every reader: registering a new one per reader would grow wink's module-wide
// set with each pipeline. Reads are synchronous, so the slot is read right after `out` sets it.
let keptRdd: WinkRdd | null = null;
function keepRdd(values: string[], data: WinkRdd): string[] {
  keptRdd = data;
  return values;
}

type ItsLemma = (index: number, rdd: WinkRdd, addons: unknown) => string | undefined;

/**
 * Reads a text with {@link stableWink}'s instance and returns the same values, POS tags, lemmas
 * and sentence spans as `doc.tokens().out(its.value | its.pos | its.lemma)` and
 * `doc.sentences().out(its.span)`, in one pass over wink's token data instead of four, and with
 * each lemma computed once per word and tag.
 *
 * wink computes a lemma from the token's lexeme and POS tag only (a contraction's lemma is
 * stored in the token), from the model's fixed lexicon, so a memo keyed by lexeme and tag gives
 * the lemma wink would compute: ~985k lemmas over BBC, ~45k distinct. wink's `out` passes its
 * document data only to its own reducers; one more reducer, which only returns the values it is
 * given and keeps the data, is registered in wink's set of allowed reducers (a module-level set:
 * no other behaviour of wink changes).
 */
export function winkTokenReader(): (text: string) => WinkTokens {
  const nlp = stableWink();
  const model = require('wink-eng-lite-web-model') as { addons: unknown };
  const allowed = require('wink-nlp/src/allowed.js') as { as4tokens: Set<unknown> };
  const constants = require('wink-nlp/src/constants.js') as { tkSize: number; posMask: number; bits4lemma: number };
  const itsLemma = nlp.its.lemma as unknown as ItsLemma;
  if (typeof itsLemma !== 'function' || !(allowed.as4tokens instanceof Set) || constants.tkSize !== 4) {
    throw new Error('wink-nlp: its.lemma, allowed.as4tokens or the token layout is not what this version of newsmark expects');
  }
  const { posMask, bits4lemma } = constants;
  allowed.as4tokens.add(keepRdd);
  const lemmaMemo = new Map<number, string | null>();
  const posNames: string[] = [];
  return (text) => {
    keptRdd = null;
    const values = nlp.readDoc(text).tokens().out(nlp.its.value, keepRdd as never) as unknown as string[];
    const data = keptRdd as WinkRdd | null;
    keptRdd = null;
    if (data === null) throw new Error('wink-nlp: the token reducer was not called');
    const tokens = data.tokens;
    const n = values.length;
    const pos = new Array<string>(n);
    const lemmas = new Array<string | undefined>(n);
    for (let i = 0; i < n; i++) {
      const code = ((tokens[i * 4 + 2] as number) & posMask) >>> bits4lemma;
      pos[i] = posNames[code] ??= data.cache.valueOf('pos', code);
      // A contraction's lemma is in its token (its.lemma reads it from there): not memoised.
      if ((tokens[i * 4 + 1] as number) > 65535) {
        lemmas[i] = itsLemma(i, data, model.addons);
        continue;
      }
      const key = (tokens[i * 4] as number) * 64 + code;
      let lemma = lemmaMemo.get(key);
      if (lemma === undefined) {
        lemma = itsLemma(i, data, model.addons) ?? null;
        if (lemmaMemo.size >= MEMO_LIMIT) lemmaMemo.clear();
        lemmaMemo.set(key, lemma);
      }
      lemmas[i] = lemma ?? undefined;
    }
    const sentences = new Int32Array(data.sentences.length * 2);
    for (let k = 0; k < data.sentences.length; k++) {
      const span = data.sentences[k] as [number, number];
      sentences[2 * k] = span[0];
      sentences[2 * k + 1] = span[1];
    }
    return { values, pos, lemmas, sentences };
  };
}
