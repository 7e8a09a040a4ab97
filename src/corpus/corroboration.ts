// Corroboration: reports from different documents that describe one event become one event
// with several sources. Same sub-event type, dates within a day, places within 25 km and
// actors that do not contradict each other.
import type { EventRecord } from '../assembly/index.js';
import type { CorpusEvent, EventSource, Report } from './types.js';
import { notesFor } from '../assembly/notes.js';
import { kmBetween as distanceKm } from '../geo.js';

export const MAX_DISTANCE_KM = 25;
const DAY_MS = 86_400_000;

type Actor = EventRecord['actor1'];

/** A report joins an event only when it agrees with every report the event already has. */
export function corroborates(report: Report, eventReports: Report[]): boolean {
  return eventReports.every((other) => sameEvent(report, other));
}

export function sameEvent(a: Report, b: Report): boolean {
  // One document's extraction already separates its events: never merge two of them.
  if (a.documentId === b.documentId) return false;
  const x = a.record, y = b.record;
  if (x.sub_event_type !== y.sub_event_type) return false;
  if (!x.date || !y.date || !x.location || !y.location) return false;
  if (!datesAgree(a, b)) return false;
  if (distanceKm(x.location, y.location) > MAX_DISTANCE_KM) return false;
  return actorsCompatible(x, y);
}

/**
 * Same day; or one day apart when either report only infers its date (from "on Friday",
 * the dateline or the publication date), since such dates are often a day off. Two reports
 * that both state different dates in full are different days, so different events.
 */
function datesAgree(a: Report, b: Report): boolean {
  const gap = dayGap(a.record.date!, b.record.date!);
  if (gap === 0) return true;
  return gap <= 1 && !(a.dateStated && b.dateStated);
}

function dayGap(x: { start: string; end: string }, y: { start: string; end: string }): number {
  const [xs, xe, ys, ye] = [x.start, x.end, y.start, y.end].map((d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`));
  if (xs <= ye && ys <= xe) return 0;
  return Math.round(Math.min(Math.abs(xs - ye), Math.abs(ys - xe)) / DAY_MS);
}

export { kmBetween as distanceKm } from '../geo.js';

const KM_PER_DEGREE = 111.2;

/** Where a store looks for events a report may corroborate: its sub-event type, days and a box around its place. */
export interface CandidateArea {
  subEventType: string;
  fromDay: string;
  toDay: string;
  south: number;
  north: number;
  west: number;
  east: number;
}

/** The area to search, or null when the report has no date or no place (it cannot corroborate). */
export function candidateArea(report: Report): CandidateArea | null {
  const { date, location } = report.record;
  if (!date || !location) return null;
  const dLat = MAX_DISTANCE_KM / KM_PER_DEGREE;
  const dLon = dLat / Math.max(0.01, Math.cos((location.lat * Math.PI) / 180));
  return {
    subEventType: report.record.sub_event_type,
    fromDay: shiftDay(date.start.slice(0, 10), -2), toDay: shiftDay(date.end.slice(0, 10), 2),
    south: location.lat - dLat, north: location.lat + dLat, west: location.lon - dLon, east: location.lon + dLon,
  };
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Of the candidate events (with their reports), the nearest one the report agrees with, or null. */
export function bestCandidate<T extends { reports: Report[] }>(report: Report, candidates: Iterable<T>): T | null {
  const place = report.record.location;
  if (!place) return null;
  let best: { candidate: T; km: number } | null = null;
  for (const candidate of candidates) {
    if (!corroborates(report, candidate.reports)) continue;
    const km = Math.min(...candidate.reports.map((r) => distanceKm(r.record.location!, place)));
    if (!best || km < best.km) best = { candidate, km };
  }
  return best?.candidate ?? null;
}

/** Sides agree as given, or swapped (reports name a clash's sides in either order). */
function actorsCompatible(x: EventRecord, y: EventRecord): boolean {
  const straight = sameActor(x.actor1, y.actor1) && sameActor(x.actor2, y.actor2);
  const swapped = sameActor(x.actor1, y.actor2) && sameActor(x.actor2, y.actor1);
  return straight || (x.event_type === 'Battles' && swapped);
}

/** A side one report leaves unnamed or unidentified does not contradict a named one. */
function sameActor(p: Actor, q: Actor): boolean {
  if (!p || !q) return true;
  if (p.id === q.id || p.name === q.name) return true;
  if (isUnidentified(p) || isUnidentified(q)) return p.type === q.type || isUnidentified(p) && isUnidentified(q);
  return false;
}

function isUnidentified(a: NonNullable<Actor>): boolean {
  return /^unidentified\b/i.test(a.name) || a.id.startsWith('generic');
}

const CERTAINTY_RANK = ['eyewitness', 'reported', 'claimed', 'rumoured'];

/** The report whose record informs the event: most precise date and place, then most salient. */
export function primaryReport(reports: Report[]): Report {
  const score = (r: Report) => [
    r.record.date?.time_precision ?? 9,
    r.record.location?.geo_precision ?? 9,
    r.dateStated ? 0 : 1,
    CERTAINTY_RANK.indexOf(r.record.certainty),
    r.position,
  ];
  return [...reports].sort((a, b) => compareLists(score(a), score(b)) || a.record.id.localeCompare(b.record.id))[0];
}

function compareLists(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

export interface SourceInfo {
  title: string | null;
  url: string | null;
  published: string | null;
  source: string;
}

/**
 * Merges an event's reports. Fatalities: ACLED keeps the lowest reported figure; a report
 * that gives no toll is not a report of zero deaths, so it does not pull the figure down.
 */
export function mergeReports(eventId: string, reports: Report[], info: (documentId: string) => SourceInfo): CorpusEvent {
  const primary = primaryReport(reports);
  const base = primary.record;
  const figures = reports.map((r) => r.record.fatalities);
  const reported = figures.filter((f) => f > 0);
  const low = reported.length ? Math.min(...reported) : 0;
  const high = Math.max(0, ...figures);
  const others = reports.filter((r) => r !== primary);
  const actor1 = base.actor1 ?? others.find((r) => r.record.actor1)?.record.actor1 ?? null;
  const actor2 = base.actor2 ?? others.find((r) => r.record.actor2)?.record.actor2 ?? null;
  const sources: EventSource[] = [primary, ...others.sort((a, b) => a.record.id.localeCompare(b.record.id))].map((r) => {
    const i = info(r.documentId);
    return {
      document_id: r.documentId, report_id: r.record.id, title: i.title, url: i.url, published: i.published, source: i.source,
      fatalities: r.record.fatalities, evidence: r.record.evidence,
    };
  });
  const { triggers: _triggers, ...rest } = base;
  const merged = { ...rest, id: eventId, actor1, actor2, fatalities: low, fatalities_low: low, fatalities_high: high, sources };
  // The note is written again: the toll and the actors may now come from several reports.
  const note = notesFor(merged);
  const notes = low !== high ? `${note} Sources report ${low} to ${high} fatalities.` : note;
  return { ...merged, notes };
}
