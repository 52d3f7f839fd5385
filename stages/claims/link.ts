/** Source kinds and links from sources to document-level entities. */
import type { ClaimSource, EntityMention } from '../../pipeline/document-types.js';
import type { Lexicon } from './lexicon.js';
import type { TokRange } from './phrases.js';
import type { View } from './view.js';

const AGENT_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const TYPE_RANK: Record<string, number> = { PERSON: 0, ORG: 1, GPE: 2, NORP: 3 };

export interface LinkResult {
  source: ClaimSource;
  evidence: string[];
}

/** Mentions sorted by start, with a binary search. */
export class MentionIndex {
  private readonly starts: number[];
  constructor(readonly mentions: readonly EntityMention[]) {
    this.starts = mentions.map((m) => m.start);
  }
  /** Mentions lying inside [start, end). */
  within(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = this.lowerBound(start); i < this.mentions.length; i++) {
      const m = this.mentions[i] as EntityMention;
      if (m.start >= end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }
  /** The nearest mention ending at or before `offset` that passes `accept`, searching back at most `window` characters. */
  before(offset: number, accept: (m: EntityMention) => boolean, window = 1500): EntityMention | null {
    for (let i = this.lowerBound(offset) - 1; i >= 0; i--) {
      const m = this.mentions[i] as EntityMention;
      if (m.start < offset - window) break;
      if (m.end <= offset && accept(m)) return m;
    }
    return null;
  }
  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Classifies a source span and links it to an entity. */
export function linkSource(v: View, r: TokRange, lex: Lexicon, mentions: MentionIndex): LinkResult {
  const start = (v.tokens[r.first] as { start: number }).start;
  const end = (v.tokens[r.last] as { end: number }).end;
  const text = v.text.slice(start, end);
  const evidence: string[] = [];
  let kind: ClaimSource['kind'];
  let entity: string | null = null;
  const single = r.first === r.last;
  const w = v.low[r.first] as string;
  if (single && v.pos[r.first] === 'PRON' && lex.pronouns.has(w)) {
    kind = 'pronoun';
    const want = lex.pronouns.get(w) ?? null;
    if (want) {
      const accept = (m: EntityMention): boolean =>
        want === 'PERSON' ? m.type === 'PERSON' : want === 'GROUP' ? m.type === 'ORG' || m.type === 'GPE' || m.type === 'NORP' : AGENT_TYPES.has(m.type);
      const m = mentions.before(start, accept);
      if (m) {
        entity = m.entity;
        evidence.push(`source:pronoun-resolved:${w}`);
      }
    }
  } else {
    let anonymous = false;
    for (let i = r.first; i <= r.last; i++) if (lex.anonymousMarkers.has(v.low[i] as string)) anonymous = true;
    const inside = mentions.within(start, end).filter((m) => AGENT_TYPES.has(m.type));
    let head = r.last;
    // the head of "a spokesperson for the ministry" is before the first linking word
    for (let i = r.first; i <= r.last; i++) {
      const x = v.low[i] as string;
      if (x === ',' || (v.pos[i] === 'ADP' && x !== "'s")) {
        head = i - 1;
        break;
      }
    }
    // a capitalised plural at the start of a sentence ("Experts", "Critics") is not a name
    const sentenceInitial = head === r.first && (head === 0 || v.sentOf[head - 1] !== v.sentOf[head] || v.lineBefore[head]);
    const headIsName = v.pos[head] === 'PROPN' && !sentenceInitial || inside.some((m) => m.start <= (v.tokens[head] as { start: number }).start && m.end >= (v.tokens[head] as { end: number }).end);
    const hasPerson = inside.some((m) => m.type === 'PERSON');
    if (!anonymous && !headIsName && single && lex.anonymousHeads.has(v.low[head] as string) && (v.low[head] === 'source' || v.low[head] === 'sources')) anonymous = true;
    if (!anonymous && !headIsName && (v.low[head] === 'sources' || v.low[head] === 'source') && !hasPerson) anonymous = true;
    kind = anonymous ? 'anonymous' : headIsName || hasPerson ? 'named' : 'nominal';
    if (inside.length > 0) {
      const best = [...inside].sort((a, b) => (TYPE_RANK[a.type] ?? 9) - (TYPE_RANK[b.type] ?? 9) || a.start - b.start)[0] as EntityMention;
      // a named head wins over a type preference when it is itself a mention
      const headMention = inside.find((m) => m.start <= (v.tokens[head] as { start: number }).start && m.end >= (v.tokens[head] as { end: number }).end);
      entity = (hasPerson ? best : (headMention ?? best)).entity;
      evidence.push('source:entity-inside');
    }
  }
  evidence.push(`source:${kind}`);
  return { source: { start, end, text, kind, entity }, evidence };
}
