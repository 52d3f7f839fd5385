/**
 * From the model's four CoNLL classes to the news types: PER → PERSON, ORG → ORG, LOC → GPE or
 * LOC, MISC → NORP, EVENT, LAW or WEAPON. An exact gazetteer entry for the span decides first;
 * then the name's last word; a place defaults to GPE and a MISC name to NORP.
 */
import type { EntityType } from '../../pipeline/document-types.js';
import type { Gazetteer } from './gazetteer.js';
import { modelSpan, type ModelSpan } from './perceptron.js';
import { newCandidate, surfaceAt, withEvidence, type Candidate, type TokenView } from './types.js';

const LOC_HEADS = /^(Sea|Ocean|River|Lake|Mountains?|Mount|Mt|Peninsula|Gulf|Bay|Strait|Straits|Valley|Desert|Island|Islands|Coast|Basin|Channel|Plateau|Hills?|Forest|Canal|Region|Zone|Asia|Europe|Africa|America|Americas|Antarctica|Arctic|Atlantic|Pacific|Mediterranean|Caribbean|Balkans|Gaza|Strip|Bank|Heights|Alps|Himalayas|Sahara|Siberia|Middle|East|West)$/i;
const EVENT_HEADS = /^(War|Wars|Cup|Championships?|Open|Games|Olympics|Olympiad|Prix|Tour|Festival|Summit|Election|Elections|Marathon|Rally|Series|Trophy|Conference|Revolution|Crisis|Massacre|Uprising|Expo|Derby|Classic|Masters|Invitational|League)$/;
const LAW_HEADS = /^(Act|Treaty|Accords?|Protocol|Charter|Agreement|Convention|Resolution|Constitution|Amendment|Bill|Law)$/;
const WEAPON_SHAPE = /^[A-Z][A-Za-z]*-\d+[A-Za-z]?$/;
const WEAPON_NOUNS = /^(rockets?|missiles?|launchers?|satellites?|ICBMs?|drones?|tanks?|jets?|fighters?|bombers?|submarines?|warheads?|interceptors?)$/i;
/** Nationalities, peoples, religions, parties as adjectives or plurals: "Korean", "Britons", "Sunni", "Tories", "Houthi". */
const GROUP_LIKE = /(an|ans|ese|ish|i|is|ic|ics|ch|er|ers|ite|ites|ist|ists|ies|s)$/;

const CLASS_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP'];

// Regular expressions on per-span paths are constants: a literal is a new object each time it is evaluated.
const NOT_NAME_START = /^(The|the|A|An|Former|Acting|Outgoing|Incoming|Veteran)$/;
const LOWER_INITIAL = /^[a-z]/;
const POSSESSIVE = /^['’]s?$/;
const NAME_BREAK = /^[,;:"“”‘’]$/;
const DANGLING = /^(&|-|,|\.)$/;
const DIGITS = /^\d+$/;
const DIGIT = /\d/;
const THE = /^(The|the)$/;

const ORG_TAIL = /^(Ministry|Agency|Council|Party|Committee|Commission|Administration|Army|Navy|Force|Forces|Command|Government|Embassy|Parliament|Assembly|Police|Guard|Office|Department|Service|Media|Military|Executive|Cabinet|Senate|Congress|Bank|University|Institute|Association|Federation|Union|Court)$/;

/** The model's span as a candidate (none when only a courtesy title is left). */
export function modelCandidate(view: TokenView, span0: ModelSpan, gazetteers: readonly Gazetteer[]): Candidate[] {
  let span = span0;
  // A sentence-initial article is not part of a name the model found ("The ICBM flew"), nor is
  // a courtesy title part of a person's name ("Ms Diemont").
  while (span.end - span.first > 1 && (NOT_NAME_START.test(view.surface[span.first] as string) || (span.cls === 0 && HONORIFICS.test(view.surface[span.first] as string)))) {
    span = modelSpan(span.first + 1, span.end, span.cls, span.margin);
    if (view.surface[span.first] === '.') span = modelSpan(span.first + 1, span.end, span.cls, span.margin);
  }
  if (span.cls === 0 && HONORIFICS.test(view.surface[span.first] as string)) return [];
  const before = span.end;
  span = trimSpan(view, span);
  // A span cut short lost the words its class was guessed from: a gazetteer type is then better.
  const cut = span.end !== before;
  if (span.end <= span.first) return [];
  // "Scottish Executive", "South Korean Defence Ministry": a MISC name ending in an organisation
  // word is an organisation (mark the longest name).
  if (span.cls === 3 && span.end - span.first >= 2 && ORG_TAIL.test(view.surface[span.end - 1] as string)) {
    const org = single(view, modelSpan(span.first, span.end, 1, span.margin), gazetteers);
    org.evidence.push('rule:org-head');
    return [org];
  }
  return [single(view, span, gazetteers, cut)];
}

/**
 * Cuts what a name never holds from a model span: a leading "US-based", trailing lower-case
 * words ("Liberal Democrats' foreign"), and everything from an inner possessive on ("BBC One's
 * Breakfast" → "BBC One").
 */
function trimSpan(view: TokenView, span: ModelSpan): ModelSpan {
  let { first, end } = span;
  const lower = (k: number): boolean => LOWER_INITIAL.test(view.surface[k] as string);
  for (let k = first + 1; k + 1 < end; k++) {
    if (view.surface[k] === '-' && lower(k + 1) && view.end[k] === view.start[k + 1] && k + 2 < end) first = k + 2;
  }
  for (let k = first + 1; k < end - 1; k++) {
    if (POSSESSIVE.test(view.surface[k] as string)) {
      end = k;
      break;
    }
  }
  // A name does not run on over a comma, a quote or a lower-case word that is no connector
  // ("New York trial, the United States" → "New York").
  for (let k = first + 1; k < end; k++) {
    const w = view.surface[k] as string;
    const attached = view.surface[k - 1] === '-' && view.end[k - 1] === view.start[k];
    if (NAME_BREAK.test(w) || (lower(k) && !attached && !NAME_CONNECTORS.has(w))) {
      end = k;
      break;
    }
  }
  while (end > first + 1 && (lower(end - 1) || DANGLING.test(view.surface[end - 1] as string))) end--;
  return first === span.first && end === span.end ? span : modelSpan(first, end, span.cls, span.margin);
}

const NAME_CONNECTORS = new Set(['of', 'and', 'de', 'du', 'des', 'la', 'le', 'les', 'the', 'for', 'on', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'dos', 'y', 'al', 'el', 'bin', 'ibn', 'in', 'at', 'upon', 'am', 'an', 'und', 'et', "'s", '’s']);

const HONORIFICS = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Messrs)$/;

function single(view: TokenView, span: ModelSpan, gazetteers: readonly Gazetteer[], cut = false): Candidate {
  const confidence = Math.round((0.5 + 0.49 * Math.tanh(span.margin / 4)) * 1000) / 1000;
  const cand = newCandidate(span.first, span.end, CLASS_TYPES[span.cls] as EntityType, ['model:perceptron'], confidence, 3);
  // An exact gazetteer entry refines the type and gives a key for grouping.
  for (const gaz of gazetteers) {
    const hit = gaz.matchWordAt(view.norm, view.words, span.first);
    if (hit && hit.end === span.end && (cut || compatible(span.cls, hit.type))) {
      cand.type = hit.type;
      cand.key = hit.key;
      cand.evidence.push(`gazetteer:${hit.source}`);
      return cand;
    }
  }
  const last = view.surface[span.end - 1] as string;
  if (span.cls === 2) {
    if (LOC_HEADS.test(last) || LOC_HEADS.test(view.surface[span.first] as string)) cand.type = 'LOC';
  } else if (span.cls === 3) {
    const beforeLast = surfaceAt(view, span.end - 2);
    if (EVENT_HEADS.test(last)) cand.type = 'EVENT';
    else if (LAW_HEADS.test(last) || (DIGITS.test(last) && LAW_HEADS.test(beforeLast))) cand.type = 'LAW';
    else if (WEAPON_SHAPE.test(last) && WEAPON_NOUNS.test(surfaceAt(view, span.end))) cand.type = 'WEAPON';
    else if (!GROUP_LIKE.test(last) || DIGIT.test(last)) {
      // Not a nationality or group: an unnamed MISC ("COVID-19", "Euro 2024") is taken as an EVENT.
      cand.type = 'EVENT';
      cand.evidence.push('rule:misc-default');
      cand.confidence = Math.round(cand.confidence * 800) / 1000;
    }
  }
  return cand;
}

function compatible(cls: number, type: string): boolean {
  switch (cls) {
    case 0:
      return type === 'PERSON';
    case 1:
      return type === 'ORG';
    case 2:
      return type === 'GPE' || type === 'LOC';
    default:
      return type === 'NORP' || type === 'EVENT' || type === 'LAW' || type === 'WEAPON';
  }
}

const ORG_HEADS = /^(University|College|Institute|Ministry|Agency|Council|Committee|Commission|Administration|Party|Bank|Corporation|Corp|Inc|Ltd|Company|Association|Federation|Union|Authority|Board|Bureau|Department|Office|Foundation|Academy|Court|Parliament|Assembly|Army|Navy|Police|Service|Group|School|Hospital)\.?$/;

/**
 * Organisation names that the model splits or mistypes: a span ending in an organisation word is
 * an ORG ("National University" is not a PERSON), and a place right before such a name is part
 * of it ("Seoul National University", mark the longest name). `cands` are model candidates in
 * text order; returns a new list.
 */
export function organisationNames(view: TokenView, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c0 of cands) {
    let c = c0;
    const headed = c.end - c.first >= 2 && ORG_HEADS.test(view.surface[c.end - 1] as string);
    if (headed && c.type === 'PERSON') {
      c = withEvidence(c0, 'rule:org-head');
      c.type = 'ORG';
    }
    const prev = out[out.length - 1];
    if (headed && c.type === 'ORG' && prev && prev.end === c.first && (prev.type === 'GPE' || prev.type === 'LOC') && view.sentence[prev.first] === view.sentence[c.first] && !THE.test(view.surface[c.first] as string)) {
      const merged = withEvidence(c, 'rule:longest-name');
      merged.first = prev.first;
      merged.confidence = Math.min(prev.confidence, c.confidence);
      merged.key = null;
      out[out.length - 1] = merged;
      continue;
    }
    out.push(c);
  }
  return out;
}
