// PLOVER: one JSON line per event in PLOVER's terms (event category, mode, actor and
// recipient), keeping the ACLED coding and the sources alongside.
import type { StoredEvent } from '../store/index.js';
import { eventDate } from '../event-date.js';

export function ploverRecord({ event: e }: StoredEvent): object {
  return {
    id: e.id,
    date: eventDate(e),
    event: e.plover?.event ?? null,
    mode: e.plover?.mode ?? null,
    context: (e.plover as { context?: string[] } | undefined)?.context ?? [],
    actor: e.actor1?.name ?? null,
    actor_type: e.actor1?.type ?? null,
    recipient: e.actor2?.name ?? null,
    recipient_type: e.actor2?.type ?? null,
    location: e.location && { name: e.location.name, admin1: e.location.admin1, country_code: e.location.country_code, lat: e.location.lat, lon: e.location.lon, geonames_id: e.location.geonames_id },
    fatalities: e.fatalities,
    acled: { event_type: e.event_type, sub_event_type: e.sub_event_type, disorder_type: e.disorder_type },
    sources: e.sources.map((s) => ({ document_id: s.document_id, url: s.url, evidence: s.evidence.map((x) => x.text) })),
  };
}
