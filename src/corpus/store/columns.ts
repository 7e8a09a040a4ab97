// The searchable columns of an events row, the same for every backend: from the event as it
// stands after review, so that filters see the reviewer's values.
import type { MergedEvent } from '../corroboration.js';
import type { ReviewState } from './store.js';
import { eventDate } from '../event-date.js';
import { reviewedEvent } from './review.js';

export function searchColumns(coded: MergedEvent, review: ReviewState | null) {
  const e = review ? reviewedEvent({ ...coded, sources: [] }, review) : coded;
  const actors = [e.actor1, e.actor2, ...(e.assoc_actor_1 ?? []), ...(e.assoc_actor_2 ?? [])].filter((a) => a).map((a) => a!.name);
  return {
    id: coded.id, event_type: e.event_type, sub_event_type: e.sub_event_type, event_date: eventDate(e),
    lat: e.location?.lat ?? null, lon: e.location?.lon ?? null, country_code: e.location?.country_code ?? null, country: e.location?.country ?? null,
    actors: actors.join(' | '), fatalities: e.fatalities, fatalities_high: e.fatalities_high, certainty: e.certainty ?? null,
    review: review?.status ?? 'unreviewed', updated_at: Math.floor(Date.now() / 1000),
  };
}
