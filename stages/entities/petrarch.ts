/**
 * Parser for the TABARI/PETRARCH actor dictionaries (Phoenix.*.actors.txt, MIT, Open Event Data
 * Alliance). Used only by `scripts/train-entities.ts` to build `data/gazetteer.json`; the stage
 * itself never reads these files. Takes file contents as strings.
 */
import type { GazetteerType } from './gazetteer.js';

export interface ActorEntry {
  names: string[];
  codes: string[];
  comment: string;
}

/** Splits a TABARI actor file into entries: a head line, `+ALIAS` lines, tab-indented `[CODE]` lines. */
export function parseActorFile(content: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | null = null;
  for (const raw of content.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash) : '';
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    const codes = [...line.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] as string).trim());
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(raw)) {
      if (current) {
        current.codes.push(...codes);
        current.comment += comment;
      }
      continue;
    }
    if (raw.startsWith('+')) {
      if (current && name.length > 1) current.names.push(name.slice(1));
      if (current) current.codes.push(...codes);
      continue;
    }
    current = { names: name ? [name] : [], codes, comment };
    entries.push(current);
  }
  return entries;
}

/** `NORTH_KOREA_` → `North Korea` style phrase tokens joined by spaces (case kept upper; matching is case-insensitive). */
export function phraseOf(name: string): string {
  return name
    .replace(/_+$/, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOC_WORDS = /\b(MOUNTAINS?|MOUNT|RIVER|LAKE|SEA|OCEAN|CANYON|FALLS|ISLANDS?|VALLEY|DESERT|GULF|BAY|STRAIT|PENINSULA|COAST|PLATEAU|BASIN|DELTA|CHANNEL|REGION|PARK|HILLS?|FOREST)\b/;
const ROLE_WORDS = /\b(PRESIDENT|CHIEF|SECRETARY|SECY|SEC\.|HEAD|LEADER|MINISTER|SPOKESMAN|SPOKESWOMAN|OFFICIALS?|CHAIRMAN|DIRECTOR|GENERAL|JUSTICES|SOLDIERS|TROOPS|FORCES? OF|AMBASSADOR|ENVOY|DELEGATES?|MEMBERS?|STAFF|OBSERVERS?|INSPECTORS?|PEACEKEEPERS?)\b/;
const DEMONYM = /(AN|ANS|ESE|ISH|I|IS|IC|ICS)$/;

function cleanPhrases(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const p = phraseOf(n);
    if (p.length < 2 || /[^A-Z0-9 .'&\-À-Ý]/.test(p)) continue;
    out.push(p);
  }
  return out;
}

export interface GazetteerRecord {
  phrase: string;
  type: GazetteerType;
  key: string;
  source: string;
}

const isPersonEntry = (e: ActorEntry): boolean =>
  /CountryInfo|rulers/i.test(e.comment) || e.codes.some((c) => /\s[<>]?\d{6}/.test(c) || /\d{6}-\d{6}/.test(c));

/** Countries file: country blocks (`NAME_ [ISO3]`) → GPE (+ NORP demonyms, LOC landmarks), leaders → PERSON, institutions → ORG. */
export function countryRecords(content: string): GazetteerRecord[] {
  const out: GazetteerRecord[] = [];
  let country = '';
  for (const e of parseActorFile(content)) {
    const phrases = cleanPhrases(e.names);
    if (phrases.length === 0) continue;
    const head = phrases[0] as string;
    const iso = e.codes.find((c) => /^[A-Z]{3}$/.test(c));
    if (iso) {
      country = iso;
      for (const p of phrases) {
        const words = p.split(' ');
        let type: GazetteerType = 'GPE';
        if (LOC_WORDS.test(p)) type = 'LOC';
        else if (p !== head && words.length <= 2 && DEMONYM.test(p) && !head.startsWith(p) && !/REPUBLIC|STAN$/.test(p) && p.slice(0, 4) === head.slice(0, 4)) type = 'NORP';
        // Common words that are also place names add noise: keep them out.
        if (/^(US|IT|IN|AM|ME|OR|OK|HI|ID|MA|PA|DE|LA|CO|GA|THE .*)$/.test(p) && p !== 'US') continue;
        // Only the country's own names share its code ("U.S.", "USA", "United States"); its
        // cities and regions ("Glasgow", "Scotland" under GBR) are places of their own.
        const headWords = new Set(head.split(' ').filter((w) => w.length > 3));
        const ownName = p === head || /^[A-Z]{2,3}$|^([A-Z]\.\s?){2,}[A-Z]?\.?$/.test(p) || p.split(' ').some((w) => headWords.has(w));
        const key = type === 'NORP' ? `${iso}:NORP` : type === 'LOC' ? `LOC:${p}` : ownName ? iso : `GPE:${p}`;
        out.push({ phrase: p, type, key, source: 'petrarch-countries' });
      }
    } else if (isPersonEntry(e)) {
      for (const p of phrases) if (p.split(' ').length >= 2 && !ROLE_WORDS.test(p)) out.push({ phrase: p, type: 'PERSON', key: `PER:${head}`, source: 'petrarch-leaders' });
    } else if (e.codes.some((c) => /^[A-Z]{6,}/.test(c)) || country) {
      for (const p of phrases) if (p.split(' ').length >= 2 && !ROLE_WORDS.test(p)) out.push({ phrase: p, type: 'ORG', key: `ORG:${head}`, source: 'petrarch-institutions' });
    }
  }
  return out;
}

/** International and armed-group files: organisations → ORG, their heads → PERSON. */
export function organisationRecords(content: string, source: string): GazetteerRecord[] {
  const out: GazetteerRecord[] = [];
  for (const e of parseActorFile(content)) {
    const phrases = cleanPhrases(e.names);
    if (phrases.length === 0) continue;
    const head = phrases[0] as string;
    if (isPersonEntry(e)) {
      for (const p of phrases) if (p.split(' ').length >= 2 && !ROLE_WORDS.test(p)) out.push({ phrase: p, type: 'PERSON', key: `PER:${head}`, source: source.replace(/-.*/, '') + '-leaders' });
      continue;
    }
    for (const p of phrases) {
      if (ROLE_WORDS.test(p)) continue;
      // Acronyms in parentheses inside a name: "ADEN ABYAN ISLAMIC ARMY (AAIA)".
      const paren = /^(.*?)\s*\(([A-Z.&-]{2,})\)$/.exec(p);
      if (paren) {
        out.push({ phrase: (paren[1] as string).trim(), type: 'ORG', key: `ORG:${head}`, source });
        out.push({ phrase: paren[2] as string, type: 'ORG', key: `ORG:${head}`, source });
        continue;
      }
      if (/[()]/.test(p)) continue;
      out.push({ phrase: p, type: 'ORG', key: `ORG:${head}`, source });
    }
  }
  return out;
}
