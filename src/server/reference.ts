// What an edit may pick from: the taxonomy's sub-event types, the actor data's names and the
// gazetteer's places (with admin1 and country so that namesakes can be told apart).
import { loadEventData } from '../events/index.js';
import { loadActorData } from '../actors/data.js';
import { ACTOR_TYPES } from '../model.js';
import { gazetteer } from '../places/index.js';
import { placeKey } from '../places/normalise.js';

export interface PlaceChoice {
  ref: number;
  name: string;
  admin1: string | null;
  country: string | null;
  country_code: string | null;
  lat: number;
  lon: number;
  geonames_id: number | null;
  kind: string;
  population: number;
}

export function taxonomy() {
  return [...loadEventData().taxonomy.values()].map((t) => ({ sub_event_type: t.sub_event_type, event_type: t.event_type, disorder_type: t.disorder_type }));
}

export function subEventInfo(subEventType: string) {
  return loadEventData().taxonomy.get(subEventType) ?? null;
}

export const actorTypes = ACTOR_TYPES;

/** Named actors whose name or an alias contains `q` (case-insensitive), best matches first. */
export function searchActors(q: string, limit = 20) {
  const needle = q.trim().toLowerCase();
  const out: { id: string; name: string; type: string; country: string | null; rank: number }[] = [];
  for (const a of loadActorData().actors.values()) {
    const names = [a.name, ...a.aliases].map((n) => n.toLowerCase());
    const rank = names.some((n) => n === needle) ? 0 : names.some((n) => n.startsWith(needle)) ? 1 : names.some((n) => n.includes(needle)) ? 2 : -1;
    if (rank >= 0) out.push({ id: a.id, name: a.name, type: a.type, country: a.country, rank });
  }
  return out.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name)).slice(0, limit).map(({ rank: _rank, ...a }) => a);
}

/** Gazetteer entries named `q`, most populous first. */
export function searchPlaces(q: string, limit = 20): PlaceChoice[] {
  const key = placeKey(q);
  if (!key) return [];
  const seen = new Set<number>();
  return gazetteer().lookup(key)
    .filter((c) => !seen.has(c.entry.index) && seen.add(c.entry.index))
    .sort((a, b) => b.entry.population - a.entry.population)
    .slice(0, limit)
    .map((c) => placeChoice(c.entry.index));
}

/** The gazetteer entry behind a search result; null for a reference that is not one. */
export function placeByRef(ref: number): PlaceChoice | null {
  return Number.isInteger(ref) && ref >= 0 && ref < gazetteer().size ? placeChoice(ref) : null;
}

function placeChoice(ref: number): PlaceChoice {
  const gaz = gazetteer();
  const e = gaz.entry(ref);
  return {
    ref, name: e.name, lat: e.lat, lon: e.lon, geonames_id: e.geonamesId, kind: e.kind, population: e.population,
    country_code: e.countryCode || null,
    country: e.countryCode ? gaz.countryNames[e.countryCode] ?? null : null,
    admin1: e.kind === 'country' ? null : e.admin1Code ? gaz.admin1Names[e.admin1Code] ?? null : null,
  };
}
