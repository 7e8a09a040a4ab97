// Country facts the ACLED export needs: numeric ISO code, alpha-3 code and ACLED region,
// from data/corpus/countries.json (a user can correct it in their own SITREP_DATA_DIR).
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

export interface CountryInfo {
  numeric: number;
  alpha3: string;
  name: string;
  region: string;
}

let cache: Map<string, CountryInfo> | null = null;

export function loadCountries(): Map<string, CountryInfo> {
  if (!cache) {
    const file = JSON.parse(readFileSync(dataPath('corpus', 'countries.json'), 'utf8')) as { countries: Record<string, CountryInfo> };
    cache = new Map(Object.entries(file.countries));
  }
  return cache;
}

export function countryInfo(alpha2: string | null | undefined): CountryInfo | null {
  return alpha2 ? loadCountries().get(alpha2.toUpperCase()) ?? null : null;
}
