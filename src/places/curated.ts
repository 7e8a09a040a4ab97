// The hand-curated word lists and places under data/places/, read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACES_DATA_DIR } from './paths.js';

export interface CuratedPlace {
  name: string;
  alt: string[];
  lat: number;
  lon: number;
  feature: string;
  geonames_id: number | null;
  country_code: string | null;
}

export interface NameCues {
  personTitles: string[];
  orgHeads: string[];
  locativeWords: string[];
  usStateAbbreviations: Record<string, string>;
  functionWords: string[];
  connectors: string[];
  placeModifiers: string[];
  placeFollowers: string[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(PLACES_DATA_DIR, file), 'utf8')) as T;
}

let cache: {
  regions: CuratedPlace[];
  demonyms: Record<string, string | null>;
  nonPlaceWords: Set<string>;
  cues: NameCues;
  countryAliases: Record<string, string>;
  countryPoints: Record<string, [number, number]>;
  /** The cue lists as sets, for the recogniser's and filter's per-word checks. */
  sets: Record<'titles' | 'orgHeads' | 'followers' | 'modifiers' | 'locatives' | 'functionWords' | 'connectors', Set<string>>;
} | null = null;

export function curated() {
  if (cache) return cache;
  const nonPlace = readJson<{ words: string[]; placeWhenSignificant: string[] }>('non-place-words.json');
  const significant = new Set(nonPlace.placeWhenSignificant);
  const countries = readJson<{ aliases: Record<string, string>; points: Record<string, [number, number]> }>('countries.json');
  const cues = readJson<NameCues>('name-cues.json');
  cache = {
    regions: readJson<{ places: CuratedPlace[] }>('regions.json').places,
    demonyms: readJson<{ words: Record<string, string | null> }>('demonyms.json').words,
    nonPlaceWords: new Set(nonPlace.words.filter((w) => !significant.has(w))),
    cues,
    sets: {
      titles: new Set(cues.personTitles.map((t) => t.toLowerCase().replace(/\.$/, ''))),
      orgHeads: new Set(cues.orgHeads),
      followers: new Set(cues.placeFollowers),
      modifiers: new Set(cues.placeModifiers),
      locatives: new Set(cues.locativeWords),
      functionWords: new Set(cues.functionWords),
      connectors: new Set(cues.connectors),
    },
    countryAliases: countries.aliases,
    countryPoints: countries.points,
  };
  return cache;
}
