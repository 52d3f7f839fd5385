import { defineStage } from '../../pipeline/stage.js';
import type { EntityCluster, EntityMention } from '../../pipeline/document-types.js';
import { Gazetteer, newsLexicon, type GazetteerData } from './gazetteer.js';
import { tokenView } from './view.js';
import { encodeDoc } from './features.js';
import { decode, labelSpans, PerceptronModel, type ModelFile } from './perceptron.js';
import { modelCandidate, organisationNames } from './typing.js';
import { numberCandidates } from './numbers.js';
import { acronymCandidates, appositivePerson, commonPlaceCandidates, extendHyphenatedName, hyphenatedWeaponCandidates, lawCandidates, leaderNominals, officeCandidates, withDeterminer } from './rules.js';
import { properNounCandidates } from './propn.js';
import { clusterMentions, type ClusterResult } from './clusters.js';
import { cloneCandidate, copyCandidate, newCandidate, withEvidence, type Candidate, type TokenView } from './types.js';

// Regular expressions on per-token paths are constants: a literal is a new object each time it is evaluated.
const NEVER_LAST = /^(['’]s?|[,.;:!?"“”()\-—–])$/;
const NEVER_FIRST = /^([,.;:!?"“”()\-—–'’])$/;
const TITLE_CASE = /^[A-Z][a-z]/;
const CAPITALISED = /^[A-Z]/;

/** Drops the tokens a name can never end with (possessive endings, punctuation) or start with; null if nothing, or a lone "I", is left. */
function trimCandidate(view: TokenView, c: Candidate): Candidate | null {
  let { first, end } = c;
  while (end > first && NEVER_LAST.test(view.surface[end - 1] as string)) end--;
  while (first < end && NEVER_FIRST.test(view.surface[first] as string)) first++;
  if (first >= end) return null;
  // The pronoun "I" alone is never a name ("'Auntie, I'm so disturbed'" tagged "I" a person).
  if (end - first === 1 && view.surface[first] === 'I') return null;
  if (first === c.first && end === c.end) return c;
  const t = cloneCandidate(c);
  t.first = first;
  t.end = end;
  return t;
}

export default defineStage({
  name: 'entities',
  version: '0.1.1',
  requires: ['tokenize'],
  produces: ['entities', 'entityClusters'],
  defaults: {
    /** Mentions below this confidence are dropped. */
    minConfidence: 0,
    /** With `properNouns`: type proper-noun runs with compromise (on the run's text only). */
    useCompromise: true,
    /** Proper-noun runs that nothing else typed become mentions (typed by keywords, compromise, name shape). Off: it lowers precision (testa micro-F1 0.847 vs 0.857). */
    properNouns: false,
    /** Gazetteer matches become mentions by themselves (they always inform the model). */
    gazetteerMentions: true,
    /** Use the statistical sequence model (data/perceptron.json). */
    model: true,
    /** Mark numbers and dates (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL). */
    numbers: true,
  },
  async create(options) {
    const petrarch = (await import('./data/gazetteer.json', { with: { type: 'json' } })).default as unknown as GazetteerData;
    const lexicon = (await import('./data/news-lexicon.json', { with: { type: 'json' } })).default as unknown as Record<string, unknown>;
    const newsGaz = new Gazetteer([newsLexicon(lexicon)]);
    const petrarchGaz = new Gazetteer([petrarch]);
    const modelFile = (await import('./data/perceptron.json', { with: { type: 'json' } })).default as unknown as ModelFile;
    const perceptron = options.model ? new PerceptronModel(modelFile) : null;
    // compromise is loaded only when it is used (it is slow to load and ~25x slower than wink).
    const compromise = options.properNouns && options.useCompromise ? ((await import('compromise')).default as unknown as Parameters<typeof properNounCandidates>[2]) : null;

    return (doc) => {
      const view = tokenView(doc);
      const n = view.surface.length;
      const candidates: Candidate[] = [];
      // Gazetteer matches: features for the model, and mentions by themselves where capitalised.
      const petrarchHits = petrarchGaz.findAllWords(view.norm, view.words);
      const newsHits = newsGaz.findAllWords(view.norm, view.words);
      if (perceptron) {
        const enc = encodeDoc(view, [petrarchHits, newsHits]);
        const { labels, margin } = decode(enc, perceptron);
        const fromModel: Candidate[] = [];
        for (const span of labelSpans(labels, margin)) {
          for (const c of modelCandidate(view, span, [newsGaz, petrarchGaz])) fromModel.push(extendHyphenatedName(view, appositivePerson(view, c)));
        }
        candidates.push(...organisationNames(view, fromModel));
      }
      if (options.gazetteerMentions) {
        for (const hit of newsHits) {
          if (!Gazetteer.cased(hit, view.surface)) continue;
          candidates.push(newCandidate(hit.first, hit.end, hit.type, [`gazetteer:${hit.source}`], 0.85, 4, hit.key));
        }
        for (const hit of petrarchHits) {
          if (!Gazetteer.cased(hit, view.surface)) continue;
          // One-word person names from the leaders list are too ambiguous alone.
          if (hit.type === 'PERSON' && hit.end - hit.first < 2) continue;
          // A person or organisation name that goes on ("Kim Jong" + "Un") is a longer name the list lacks.
          if ((hit.type === 'PERSON' || hit.type === 'ORG') && continuesName(view, hit.end)) continue;
          candidates.push(newCandidate(hit.first, hit.end, hit.type, [`gazetteer:${hit.source}`], 0.75, 2, hit.key));
        }
      }
      candidates.push(...lawCandidates(view), ...hyphenatedWeaponCandidates(view), ...officeCandidates(view), ...commonPlaceCandidates(view));
      if (options.numbers) candidates.push(...numberCandidates(view));

      let accepted = resolve(view, candidates, n);
      const covered = new Uint8Array(n);
      for (const c of accepted) for (let k = c.first; k < c.end; k++) covered[k] = 1;
      if (options.properNouns) accepted = resolve(view, [...accepted, ...properNounCandidates(view, covered, compromise)], n);

      const { added, links } = acronymCandidates(view, accepted);
      if (added.length > 0) accepted = resolve(view, [...accepted, ...added], n);
      const nominals = leaderNominals(view, accepted);
      if (nominals.length > 0) accepted = resolve(view, [...accepted, ...nominals.map((x) => x.nominal)], n);
      // Names that a rule or the model found and a gazetteer also knows get the gazetteer's key.
      for (const c of accepted) {
        if (c.key) continue;
        for (const gaz of [newsGaz, petrarchGaz]) {
          const hit = gaz.matchWordAt(view.norm, view.words, c.first);
          if (hit && hit.end === c.end && sameFamily(hit.type, c.type)) {
            c.key = hit.key;
            break;
          }
        }
      }
      // Offices after an organisation name: "United Nations Secretary-General".
      for (const c of accepted) {
        if (!c.nominal || c.type !== 'ORG') continue;
        const before = accepted.find((o) => o.end === c.first && (o.type === 'ORG' || o.type === 'GPE'));
        if (before) c.canonical = `${view.text.slice(view.start[before.first], view.end[before.end - 1])} ${view.text.slice(view.start[c.first], view.end[c.end - 1])}`;
      }

      accepted = personParts(view, accepted).filter((c) => c.confidence >= (options.minConfidence as number));
      return entitiesOf(view, accepted, links, nominals);
    };
  },
});

/**
 * The stage's output from the accepted candidates (in text order) and the links between them.
 * (A function of its own rather than part of the per-document closure: when V8 deoptimises one,
 * it recompiles only that one.)
 */
function entitiesOf(view: TokenView, accepted: readonly Candidate[], links: ReadonlyArray<readonly [Candidate, Candidate]>, nominals: ReadonlyArray<{ nominal: Candidate; referent: Candidate }>): { entities: EntityMention[]; entityClusters: EntityCluster[] } {
  // Arrays are built by push, not `map` (why: clusterMentions).
  const mentions: Candidate[] = [];
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i] as Candidate;
    const m = withDeterminer(view, c);
    // Never grow into the previous mention.
    const prev = i > 0 ? accepted[i - 1] : undefined;
    mentions.push(prev && m.first < prev.end ? c : m);
  }
  const linkPairs: Array<[number, number]> = [];
  for (const [a, b] of links) {
    const ia = findIndex(accepted, a);
    const ib = findIndex(accepted, b);
    if (ia >= 0 && ib >= 0) linkPairs.push([ia, ib]);
  }
  for (const { nominal, referent } of nominals) {
    const ia = findIndex(accepted, nominal);
    const ib = findIndex(accepted, referent);
    if (ia >= 0 && ib >= 0) linkPairs.push([ia, ib]);
  }
  const { clusterOf, clusters } = clusterMentions(view, mentions, linkPairs);
  const entities: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Candidate;
    const start = view.start[m.first] as number;
    const end = view.end[m.end - 1] as number;
    entities.push({
      id: `m${i + 1}`,
      start,
      end,
      text: view.text.slice(start, end),
      type: m.type,
      entity: `e${(clusterOf[i] as number) + 1}`,
      confidence: Math.round(m.confidence * 1000) / 1000,
      evidence: [...m.evidence],
    });
  }
  const entityClusters: EntityCluster[] = [];
  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k] as ClusterResult['clusters'][number];
    const members: string[] = [];
    for (const i of c.members) members.push(`m${i + 1}`);
    entityClusters.push({ id: `e${k + 1}`, canonical: c.canonical, type: c.type, aliases: c.aliases, mentions: members });
  }
  return { entities, entityClusters };
}

/**
 * A one-word name that the model typed otherwise but that is part of a person's full name in
 * the same document is that person ("Kim said", "Diemont added"): PERSON.
 */
function personParts(view: TokenView, accepted: readonly Candidate[]): Candidate[] {
  const parts = new Set<string>();
  for (const c of accepted) {
    if (c.type !== 'PERSON' || c.end - c.first < 2) continue;
    for (let k = c.first; k < c.end; k++) if (TITLE_CASE.test(view.surface[k] as string)) parts.add(view.surface[k] as string);
  }
  if (parts.size === 0) return [...accepted];
  return accepted.map((c) => {
    if (c.end - c.first !== 1 || c.type === 'PERSON' || c.key || c.evidence[0] !== 'model:perceptron' || !parts.has(view.surface[c.first] as string)) return c;
    const person = withEvidence(c, 'rule:person-part');
    person.type = 'PERSON';
    return person;
  });
}

function continuesName(view: TokenView, i: number): boolean {
  return i < view.surface.length && view.pos[i] === 'PROPN' && CAPITALISED.test(view.surface[i] as string) && view.sentence[i] === view.sentence[i - 1];
}

function findIndex(list: readonly Candidate[], c: Candidate): number {
  const i = list.indexOf(c);
  if (i >= 0) return i;
  return list.findIndex((o) => o.first === c.first && o.end === c.end);
}

/**
 * Picks non-overlapping candidates: longer spans first ("mark the longest name"), then higher
 * priority; candidates over the same tokens pool their evidence. Returns them in text order.
 */
function resolve(view: TokenView, raw: readonly Candidate[], n: number): Candidate[] {
  const cands: Candidate[] = [];
  for (const c of raw) {
    const t = trimCandidate(view, c);
    if (t) cands.push(t);
  }
  // Rules of priority 5 (resolutions, offices, hyphenated weapons, nominals) are certain of their span.
  cands.sort((a, b) => Number(b.priority >= 5) - Number(a.priority >= 5) || b.end - b.first - (a.end - a.first) || b.priority - a.priority || a.first - b.first);
  const owner = new Int32Array(n).fill(-1);
  const accepted: Candidate[] = [];
  for (const c of cands) {
    let clash = -1;
    for (let k = c.first; k < c.end; k++) if ((owner[k] as number) >= 0) clash = owner[k] as number;
    if (clash >= 0) {
      const o = accepted[clash] as Candidate;
      if (o.first === c.first && o.end === c.end) {
        for (const e of c.evidence) if (!o.evidence.includes(e)) o.evidence.push(e);
        if (!o.key && c.key && sameFamily(o.type, c.type)) o.key = c.key;
        o.confidence = Math.min(0.99, Math.max(o.confidence, c.confidence) + 0.05);
      }
      continue;
    }
    const copy = copyCandidate(c);
    for (let k = c.first; k < c.end; k++) owner[k] = accepted.length;
    accepted.push(copy);
  }
  return accepted.sort((a, b) => a.first - b.first);
}

function sameFamily(a: string, b: string): boolean {
  const f = (t: string): string => (t === 'GPE' || t === 'LOC' ? 'PLACE' : t);
  return f(a) === f(b);
}
