// "Russian artillery", "Nigerian troops": a demonym before a force noun names the state forces
// of that country, so the dictionaries need not list every weapon with every demonym.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrase-matcher.js';
import type { Word } from '../text/words.js';
import { countryByWord } from './possessive.js';
import type { ActorData, ActorEntry } from './data.js';

let matcher: PhraseMatcher<string> | null = null;
function nouns(): PhraseMatcher<string> {
  if (matcher) return matcher;
  const data = JSON.parse(readFileSync(dataPath('actors', 'force-nouns.json'), 'utf8')) as { nouns: Record<string, string[]> };
  matcher = new PhraseMatcher<string>();
  for (const [tag, list] of Object.entries(data.nouns)) for (const noun of list) matcher.add(noun, tag);
  return matcher;
}

/** The state forces a demonym and force noun name, with the span of both words. */
export function demonymForces(text: string, data: ActorData, ws?: Word[]): PhraseMatch<ActorEntry>[] {
  const out: PhraseMatch<ActorEntry>[] = [];
  for (const noun of nouns().find(text, ws)) {
    const before = /(\p{Lu}[\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, noun.start - 40), noun.start));
    if (!before) continue;
    const country = countryByWord(before[1]);
    if (!country || country.demonym.toLowerCase() !== before[1].toLowerCase()) continue;
    const actor = forcesOf(data, country.code, noun.value);
    if (!actor) continue;
    const start = noun.start - before[0].length;
    out.push({ start, end: noun.end, text: text.slice(start, noun.end), value: actor });
  }
  return out;
}

/** The country's current forces with the tag: the entry without an end date, else the first. */
function forcesOf(data: ActorData, code: string, tag: string): ActorEntry | null {
  const candidates = [...data.actors.values()].filter((a) => a.country === code && a.type === 'State forces' && a.tags.includes(tag));
  const current = candidates.filter((a) => !(a as { active?: { to?: string | null } }).active?.to);
  return current[0] ?? candidates[0] ?? null;
}
