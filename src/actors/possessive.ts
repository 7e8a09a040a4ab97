// "Sudan's army", "Lebanon's Internal Security Forces": a country's possessive names the same
// actor as its demonym ("Sudanese army"), so the dictionaries need not list both forms.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allMatches } from '../text/matches.js';

interface CountryEntry { cca2: string; name: { common: string; official: string }; demonyms?: { eng?: { m: string } } }

export interface Possessive {
  /** Offset of the country name in the text. */
  start: number;
  /** Offset just after "'s ". */
  after: number;
  code: string;
  country: string;
  demonym: string;
}

let byName: Map<string, { code: string; country: string; demonym: string }> | null = null;
let byDemonym: Map<string, { code: string; country: string; demonym: string }> | null = null;
function countries() {
  if (byName) return byName;
  byName = new Map();
  try {
    // The package's compact copy: the same records in half the bytes to parse.
    const file = createRequire(import.meta.url).resolve('world-countries/dist/countries-unescaped.json');
    for (const c of JSON.parse(readFileSync(file, 'utf8')) as CountryEntry[]) {
      const demonym = c.demonyms?.eng?.m;
      if (demonym) byName.set(c.name.common.toLowerCase(), { code: c.cca2, country: c.name.common, demonym });
      if (demonym) (byDemonym ??= new Map()).set(demonym.toLowerCase(), { code: c.cca2, country: c.name.common, demonym });
    }
  } catch { /* without the country list, possessives stay unread */ }
  return byName;
}

const POSSESSIVE = /\b(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})['’]s\s+/gu;

export function possessives(text: string): Possessive[] {
  const out: Possessive[] = [];
  for (const m of allMatches(POSSESSIVE, text)) {
    // The country list is read at the first possessive, not for a text without one.
    const map = countries();
    const words = m[1].split(/\s+/);
    // "the Congo's army", "Mali's": try the longest tail of the capitalised run that names a country.
    for (let k = 0; k < words.length; k++) {
      const name = words.slice(k).join(' ');
      const hit = map.get(name.toLowerCase());
      if (!hit) continue;
      const start = (m.index ?? 0) + m[1].length - name.length;
      out.push({ start, after: (m.index ?? 0) + m[0].length, ...hit });
      break;
    }
  }
  return out;
}

/** A country named by its name or its demonym ("Iran", "Turkish"). */
export function countryByWord(word: string): { code: string; country: string; demonym: string } | null {
  const key = word.toLowerCase();
  return countries().get(key) ?? byDemonym?.get(key) ?? null;
}
