/**
 * Groups mentions into document-level entities: same gazetteer key, same normalised name,
 * acronym links, surname → most recent full name, nominal → its referent. Cluster ids follow the
 * first mention of each entity in text order.
 */
import type { EntityType } from '../../pipeline/document-types.js';
import type { Candidate, TokenView } from './types.js';

export interface ClusteredMention {
  candidate: Candidate;
  text: string;
  cluster: number;
}

export interface ClusterResult {
  /** Cluster index per mention (mentions in text order), clusters numbered in order of first mention. */
  clusterOf: number[];
  clusters: Array<{ type: EntityType; canonical: string; aliases: string[]; members: number[] }>;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier mention is the root, so roots are first mentions.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/** Texts that {@link nameKey} changes beyond lower-casing: a leading "the", a dot, a curly or back quote, white space other than single spaces. */
const NAME_KEY_EDITS = /^the\s|[’`.]|[^\S ]|\s\s/i;

/** The name without a leading "the" and without dots, lower-cased: "the U.S." and "US" → "us". */
export function nameKey(text: string): string {
  if (!NAME_KEY_EDITS.test(text)) return text.toLowerCase();
  return text
    .replace(/^the\s+/i, '')
    .replace(/[’`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const TYPE_FAMILY: Record<string, string> = { GPE: 'PLACE', LOC: 'PLACE' };
const ACRONYM_LIKE = /^[A-Z.&-]+s?$/;
const LEADING_THE = /^the\s+/i;
const WORD_BREAK = /[\s-]+/;
const CAPITALISED = /^[A-Z]/;
const DOTS = /\./g;
/** Preference for a canonical name: any non-acronym over an acronym, then the longer. */
const canonicalScore = (s: string): number => (ACRONYM_LIKE.test(s) ? 0 : 1000) + s.length;
const family = (t: EntityType): string => TYPE_FAMILY[t] ?? t;
const NUMERIC: ReadonlySet<EntityType> = new Set<EntityType>(['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']);

/**
 * `mentions` are in text order. `links` are index pairs known to co-refer (acronyms, nominals).
 */
export function clusterMentions(view: TokenView, mentions: readonly Candidate[], links: ReadonlyArray<readonly [number, number]>): ClusterResult {
  const n = mentions.length;
  const uf = new UnionFind(n);
  // Arrays read by index are built by push, not `map`: `map` makes packed arrays when run by the
  // interpreter and holey ones when inlined in optimised code, and code that has seen one kind
  // deoptimises ("wrong map") when it meets the other.
  const texts: string[] = [];
  for (const m of mentions) texts.push(view.text.slice(view.start[m.first], view.end[m.end - 1]));
  // First mention by type (or type family) and key or name; keyed in two levels rather than by
  // one joined string, which would be built and hashed for every mention.
  const byKey = new Map<string, Map<string, number>>();
  const byName = new Map<string, Map<string, number>>();
  const group = (index: Map<string, Map<string, number>>, outer: string, inner: string, i: number): void => {
    let names = index.get(outer);
    if (!names) index.set(outer, (names = new Map()));
    const j = names.get(inner);
    if (j === undefined) names.set(inner, i);
    else uf.union(j, i);
  };
  for (let i = 0; i < n; i++) {
    const m = mentions[i] as Candidate;
    if (NUMERIC.has(m.type)) {
      // Numbers and dates group only with the very same expression (by type, not family).
      group(byName, `${m.type}:`, nameKey(texts[i] as string), i);
      continue;
    }
    if (m.key) group(byKey, family(m.type), m.key, i);
    if (!m.nominal) group(byName, family(m.type), nameKey(texts[i] as string), i);
  }
  for (const [a, b] of links) uf.union(a, b);

  linkPartialNames(mentions, texts, uf);
  linkInitials(mentions, texts, uf);

  // Number clusters in order of first mention.
  const clusterOf: number[] = new Array<number>(n);
  const rootToCluster = new Map<number, number>();
  const clusters: ClusterResult['clusters'] = [];
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let c = rootToCluster.get(r);
    if (c === undefined) {
      c = clusters.length;
      rootToCluster.set(r, c);
      clusters.push({ type: (mentions[i] as Candidate).type, canonical: '', aliases: [], members: [] });
    }
    clusterOf[i] = c;
    (clusters[c] as ClusterResult['clusters'][number]).members.push(i);
  }
  for (const cl of clusters) {
    if (cl.members.length === 1) {
      // The common case, as nameCluster would decide it.
      const i = cl.members[0] as number;
      const m = mentions[i] as Candidate;
      const t = texts[i] as string;
      const bare = t.replace(LEADING_THE, '');
      cl.canonical = m.nominal ? (m.canonical ?? bare) : bare;
      cl.aliases = t === cl.canonical ? [] : [t];
    } else nameCluster(cl, mentions, texts);
  }
  return { clusterOf, clusters };
}

// The steps below are functions of their own, not parts of clusterMentions: when V8 deoptimises
// one it recompiles only that one, and clusterMentions was the costliest function to compile.

/**
 * Partial person names: "Kim" → the most recent earlier full name containing it ("Kim Jong Un"),
 * else the first later one. Two different full names never merge.
 */
function linkPartialNames(mentions: readonly Candidate[], texts: readonly string[], uf: UnionFind): void {
  const n = mentions.length;
  const personTokens: Array<string[] | null> = [];
  for (let i = 0; i < n; i++) {
    const m = mentions[i] as Candidate;
    personTokens.push(m.type === 'PERSON' && !m.nominal ? nameKey(texts[i] as string).split(WORD_BREAK) : null);
  }
  // Only a name of two or more words can hold a shorter one: scan those, not every mention.
  const fullNames: number[] = [];
  for (let i = 0; i < n; i++) if ((personTokens[i]?.length ?? 0) >= 2) fullNames.push(i);
  for (let i = 0; i < n; i++) {
    const toks = personTokens[i];
    if (!toks || toks.length > 2 || fullNames.length === 0) continue;
    let best = -1;
    let after = 0;
    while (after < fullNames.length && (fullNames[after] as number) <= i) after++;
    for (let k = after - 1; k >= 0 && best < 0; k--) if ((fullNames[k] as number) !== i && holdsName(personTokens[fullNames[k] as number] as string[], toks)) best = fullNames[k] as number;
    for (let k = after; k < fullNames.length && best < 0; k++) if (holdsName(personTokens[fullNames[k] as number] as string[], toks)) best = fullNames[k] as number;
    if (best >= 0) uf.union(best, i);
  }
}

/** Does the full name `full` hold the partial name `toks` ("Kim" in "Kim Jong Un")? */
function holdsName(full: readonly string[], toks: readonly string[]): boolean {
  if (full.length <= toks.length) return false;
  if (toks.length === 1) return full[0] === toks[0] || full[full.length - 1] === toks[0];
  return toks.every((t) => full.includes(t));
}

/** Acronyms without parentheses: "NSC" when "National Security Council" is in the document. */
function linkInitials(mentions: readonly Candidate[], texts: readonly string[], uf: UnionFind): void {
  const n = mentions.length;
  const orgInitials = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i] as Candidate;
    if (m.type !== 'ORG' || m.end - m.first < 2) continue;
    const words = (texts[i] as string).replace(LEADING_THE, '').split(WORD_BREAK).filter((w) => CAPITALISED.test(w));
    if (words.length < 2) continue;
    let initials = '';
    for (const w of words) initials += w.charAt(0);
    orgInitials.set(initials, i);
  }
  for (let i = 0; i < n; i++) {
    const m = mentions[i] as Candidate;
    if (m.type !== 'ORG' || m.end - m.first !== 1) continue;
    const j = orgInitials.get((texts[i] as string).replace(DOTS, ''));
    if (j !== undefined) uf.union(j, i);
  }
}

/** Type, canonical name and aliases of a cluster of two or more mentions. */
function nameCluster(cl: ClusterResult['clusters'][number], mentions: readonly Candidate[], texts: readonly string[]): void {
  // Type: of the named mentions, the most frequent (first on ties).
  const types: EntityType[] = [];
  const counts: number[] = [];
  for (const i of cl.members) {
    const m = mentions[i] as Candidate;
    if (m.nominal) continue;
    const k = types.indexOf(m.type);
    if (k < 0) {
      types.push(m.type);
      counts.push(1);
    } else counts[k] = (counts[k] as number) + 1;
  }
  let bestType = cl.type;
  let bestCount = 0;
  for (let k = 0; k < types.length; k++) {
    if ((counts[k] as number) > bestCount) [bestType, bestCount] = [types[k] as EntityType, counts[k] as number];
  }
  cl.type = bestType;
  // Canonical: the longest named, non-acronym form without "the"; aliases: every other surface form.
  let canonical = '';
  const forms: string[] = [];
  for (const i of cl.members) {
    const m = mentions[i] as Candidate;
    const t = texts[i] as string;
    if (!forms.includes(t)) forms.push(t);
    const bare = t.replace(LEADING_THE, '');
    if (m.nominal) continue;
    const acronymLike = ACRONYM_LIKE.test(bare);
    if (!canonical || (canonicalScore(bare) > canonicalScore(canonical) && !acronymLike) || (acronymLike && ACRONYM_LIKE.test(canonical) && bare.length > canonical.length)) canonical = bare;
  }
  if (!canonical) {
    let hinted: string | null = null;
    for (const i of cl.members) {
      hinted = (mentions[i] as Candidate).canonical;
      if (hinted !== null) break;
    }
    canonical = hinted ?? (forms[0] as string).replace(LEADING_THE, '');
  }
  cl.canonical = canonical;
  cl.aliases = forms.filter((f) => f !== canonical);
}
