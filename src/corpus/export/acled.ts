// ACLED's CSV: the 31 columns of ACLED's current data export, in ACLED's order. Events with
// no date or no place cannot be ACLED rows and are left out (the caller counts them).
import type { StoredEvent } from '../store/index.js';
import type { CorpusEvent } from '../types.js';
import { countryInfo } from '../countries.js';
import { eventDate } from '../event-date.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number>;

export function acledRow({ rowid, updatedAt, event: e }: StoredEvent): AcledRow | null {
  const date = eventDate(e);
  if (!date || !e.location) return null;
  const country = countryInfo(e.location.country_code);
  const names = (actors: CorpusEvent['assoc_actor_1']) => (actors ?? []).map((a) => a.name).join('; ');
  return {
    event_id_cnty: `${country?.alpha3 ?? 'XXX'}${rowid}`,
    event_date: date,
    year: Number(date.slice(0, 4)),
    time_precision: e.date?.time_precision ?? 3,
    disorder_type: e.disorder_type,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actor1?.name ?? '',
    assoc_actor_1: names(e.assoc_actor_1),
    inter1: e.actor1?.type ?? '',
    actor2: e.actor2?.name ?? '',
    assoc_actor_2: names(e.assoc_actor_2),
    inter2: e.actor2?.type ?? '',
    interaction: e.interaction ?? '',
    civilian_targeting: e.civilian_targeting ?? '',
    iso: country?.numeric ?? '',
    region: country?.region ?? '',
    country: e.location.country ?? country?.name ?? '',
    admin1: e.location.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: e.location.name,
    latitude: round(e.location.lat),
    longitude: round(e.location.lon),
    geo_precision: e.location.geo_precision,
    source: sourceNames(e),
    source_scale: '',
    notes: e.notes,
    fatalities: e.fatalities,
    tags: tags(e),
    timestamp: updatedAt,
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** ACLED names publications; sitrep has the site of a URL, else the file it read. */
function sourceNames(e: CorpusEvent): string {
  const names = e.sources.map((s) => {
    if (s.url) { try { return new URL(s.url).hostname.replace(/^www\./, ''); } catch { /* not a URL: fall through */ } }
    return s.source.replace(/^.*[\\/]/, '').replace(/ (?:line|item) \d+$/, '');
  });
  return [...new Set(names)].sort().join('; ');
}

/** ACLED tags demonstrations with their crowd size. */
function tags(e: CorpusEvent): string {
  if (e.event_type !== 'Protests' && e.event_type !== 'Riots') return '';
  const p = e.participants;
  if (!p || p.low == null) return 'crowd size=no report';
  return `crowd size=${p.high && p.high !== p.low ? `${p.low}-${p.high}` : p.low}`;
}
