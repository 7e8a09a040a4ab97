// How stored events look to the page: a compact summary for the map and the list, and each
// source's highlights (the spans of one document's own record of the event).
import type { CorpusEvent } from '../corpus/index.js';
import { eventDate } from '../corpus/index.js';
import type { SourceReport, StoredEvent } from '../corpus/index.js';
import type { EventRecord } from '../assembly/index.js';

type Kind = 'evidence' | 'trigger' | 'actor' | 'place' | 'date' | 'fatalities' | 'certainty';
interface Span { start: number; end: number; text: string }

export function summary(e: CorpusEvent) {
  return {
    id: e.id,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    date: eventDate(e),
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    place: e.location?.name ?? null,
    country: e.location?.country ?? null,
    actor1: e.actor1?.name ?? null,
    actor2: e.actor2?.name ?? null,
    fatalities: e.fatalities,
    certainty: e.certainty,
    review: e.review ?? 'unreviewed',
    sources: e.sources?.length ?? 0,
  };
}

export function sourceViews(row: StoredEvent, reports: SourceReport[]) {
  return row.event.sources.map((s) => {
    const report = reports.find((r) => r.report_id === s.report_id) ?? reports.find((r) => r.document_id === s.document_id);
    return {
      document_id: s.document_id, title: s.title, url: s.url, published: s.published, source: s.source,
      highlights: report ? highlights(report.record) : s.evidence.map((sp) => ({ ...pick(sp), kind: 'evidence' as Kind })),
    };
  });
}

function highlights(r: EventRecord) {
  const out: (Span & { kind: Kind })[] = [];
  const add = (kind: Kind, s: Span | null | undefined) => { if (s && s.end > s.start) out.push({ ...pick(s), kind }); };
  r.evidence.forEach((s) => add('evidence', s));
  r.triggers.forEach((s) => add('trigger', s));
  for (const a of [r.actor1, r.actor2, ...(r.assoc_actor_1 ?? []), ...(r.assoc_actor_2 ?? [])]) add('actor', a?.mention);
  add('place', r.location?.mention);
  add('date', r.date?.mention);
  add('fatalities', r.fatalities_mention);
  // Only a cue that makes the report less than plainly reported (claimed, rumoured, seen) has words.
  add('certainty', r.certainty_mention);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function pick(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}
