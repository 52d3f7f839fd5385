import { defineStage } from '../../pipeline/stage.js';
import type { Claim, EntityMention, Span } from '../../pipeline/document-types.js';
import { buildLexicon, type CueClasses, type CuePrecision, type MinedCues, type ReportingVerbs } from './lexicon.js';
import { findQuotes } from './quotes.js';
import { retagSpeechVerbs } from './retag.js';
import { buildView } from './view.js';
import { extractClaims, type RawClaim } from './extract.js';
import { linkSource, MentionIndex, type LinkResult } from './link.js';

/**
 * `claims`: attributions (ANNOTATION.md section 2): direct quotes, reported speech, beliefs and
 * intentions, "according to", noun cues; each with its cue, source (linked to an entity) and
 * content spans. Rules over tokens (POS, lemma), sentences and quote-mark pairing.
 */
export default defineStage({
  name: 'claims',
  version: '1.6.0',
  requires: ['tokenize', 'entities'],
  produces: ['claims'],
  defaults: {
    /** A PolNeAR-mined verb lemma is a cue when it headed at least this many train cues… */
    minedMinCount: 3,
    /** …and at least this share of its occurrences. */
    minedMinRatio: 0.2,
    /** Attach-after words ("call for") need this many train cues. */
    tailMinCount: 3,
    /** Reported-speech cue lemmas below this precision on PolNeAR train are dropped (0 keeps all). */
    precisionFloor: 0.35,
    /** …when they were predicted at least this many times there. */
    precisionMinCount: 3,
    /** Claims below this confidence are dropped. */
    minConfidence: 0,
  },
  async create(options) {
    const classes = (await import('./data/cue-classes.json', { with: { type: 'json' } })).default as unknown as CueClasses;
    const lists = (await import('./data/reporting-verbs.json', { with: { type: 'json' } })).default as unknown as ReportingVerbs;
    const mined = (await import('./data/polnear-cues.json', { with: { type: 'json' } })).default as unknown as MinedCues;
    const precision = (await import('./data/cue-precision.json', { with: { type: 'json' } })).default as unknown as { lemmas: CuePrecision };
    const lex = buildLexicon(classes, lists, mined, precision.lemmas, {
      precisionFloor: options.precisionFloor,
      precisionMinCount: options.precisionMinCount,
      minedMinCount: options.minedMinCount,
      minedMinRatio: options.minedMinRatio,
      tailMinCount: options.tailMinCount,
    });
    return (doc) => {
      const tokens = doc.tokens ?? [];
      const sentences = doc.sentences ?? [];
      const view = buildView(doc.text, tokens, sentences, findQuotes(doc.text));
      retagSpeechVerbs(view, lex);
      const raw = extractClaims(view, lex);
      const mentions = new MentionIndex([...(doc.entities ?? [])].sort((a: EntityMention, b: EntityMention) => a.start - b.start));
      const links = new Map<RawClaim, LinkResult>();
      const claims: Claim[] = [];
      for (const r of raw) {
        if (r.confidence < options.minConfidence) continue;
        let link: LinkResult;
        if (r.sourceFrom && links.has(r.sourceFrom)) {
          const from = links.get(r.sourceFrom) as LinkResult;
          link = { source: from.source, evidence: ['source:previous-speaker'] };
        } else if (r.source) {
          link = linkSource(view, r.source, lex, mentions);
        } else {
          link = { source: { start: null, end: null, text: null, kind: 'author', entity: null }, evidence: ['source:author'] };
        }
        links.set(r, link);
        const spans = [...r.content];
        let first = Infinity;
        let last = -1;
        for (const s of spans) {
          first = Math.min(first, s.start);
          last = Math.max(last, s.end);
        }
        if (r.cue) {
          first = Math.min(first, r.cue.start);
          last = Math.max(last, r.cue.end);
        }
        if (link.source.start !== null && link.source.end !== null && !r.sourceFrom) {
          first = Math.min(first, link.source.start);
          last = Math.max(last, link.source.end);
        }
        const sentIdx: number[] = [];
        for (let i = firstSentenceEndingAfter(sentences, first); i < sentences.length && (sentences[i] as Span).start < last; i++) sentIdx.push(i);
        claims.push({
          id: `c${claims.length + 1}`,
          kind: r.kind,
          cue: r.cue ? { start: r.cue.start, end: r.cue.end, text: doc.text.slice(r.cue.start, r.cue.end), lemma: r.cue.lemma } : null,
          source: { ...link.source },
          content: spans.map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) })),
          sentences: sentIdx,
          confidence: Math.round(Math.min(1, Math.max(0, r.confidence)) * 100) / 100,
          evidence: [...r.evidence, ...link.evidence],
        });
      }
      return { claims };
    };
  },
});

/** Index of the first sentence whose end lies after `offset` (binary search). */
function firstSentenceEndingAfter(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
