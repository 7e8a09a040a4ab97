// The capital of a country, as a gazetteer place: ACLED codes an event its report places only
// by country at the capital's coordinates (geo precision 3).
import { readFileSync } from 'node:fs';
import type { PlaceMention } from '../model.js';
import { COUNTRIES_FILE } from './paths.js';
import { gazetteer } from './gazetteer.js';
import { placeKey } from './normalise.js';

let capitalNames: Map<string, string[]> | null = null;
const found = new Map<string, Omit<PlaceMention, 'start' | 'end' | 'text'> | null>();

function names(): Map<string, string[]> {
  if (capitalNames) return capitalNames;
  const countries = JSON.parse(readFileSync(COUNTRIES_FILE, 'utf8')) as { cca2: string; capital?: string[] }[];
  capitalNames = new Map(countries.map((c) => [c.cca2, c.capital ?? []]));
  return capitalNames;
}

/** The capital city of an ISO alpha-2 country, or null when the gazetteer does not know it. */
export function capitalOf(countryCode: string): Omit<PlaceMention, 'start' | 'end' | 'text'> | null {
  if (found.has(countryCode)) return found.get(countryCode)!;
  const gaz = gazetteer();
  let best = null as ReturnType<typeof gaz.lookup>[number] | null;
  for (const name of names().get(countryCode) ?? []) {
    for (const c of gaz.lookup(placeKey(name))) {
      if (c.entry.countryCode !== countryCode || c.entry.kind !== 'settlement') continue;
      const rank = (x: typeof c) => (x.entry.feature === 'PPLC' ? 1e12 : 0) + x.entry.population;
      if (!best || rank(c) > rank(best)) best = c;
    }
  }
  const e = best?.entry;
  const place = e ? {
    name: e.name, lat: e.lat, lon: e.lon, geonames_id: e.geonamesId, country_code: countryCode,
    country: gaz.countryNames[countryCode] ?? null, admin1: e.admin1Code ? gaz.admin1Names[e.admin1Code] ?? null : null,
    feature: e.feature || null, population: e.population, kind: 'settlement' as const, score: 1, rule: 'places/capital',
  } : null;
  found.set(countryCode, place);
  return place;
}
