// Corroboration: reports from different documents that describe one event become one event
// with several sources. Same sub-event type, dates within a day, places within 25 km and
// actors that do not contradict each other. The rules are here, for every store backend:
// a backend finds candidate events, hands over what their reports look like (their keys),
// and stores what comes back.
import type { EventRecord } from '../assembly/index.js';
import type { CorpusEvent, EventSource, Report } from './types.js';
import { notesFor } from '../assembly/notes.js';
import { kmBetween as distanceKm } from '../geo.js';

export const MAX_DISTANCE_KM = 25;
const DAY_MS = 86_400_000;

interface ActorKey { id: string; name: string; type: string }

/**
 * What corroboration compares of a report, and nothing else (no text, evidence or toll). The
 * many sources of a big event mostly share a few keys, so a store compares a new report with
 * the event's distinct keys, not with each of its reports.
 */
export interface ReportKey {
  event_type: string;
  sub_event_type: string;
  date: { start: string; end: string } | null;
  location: { lat: number; lon: number } | null;
  actor1: ActorKey | null;
  actor2: ActorKey | null;
  dateStated: boolean;
}

export function reportKey(r: Report): ReportKey {
  const x = r.record;
  const actor = (a: EventRecord['actor1']): ActorKey | null => a && { id: a.id, name: a.name, type: a.type };
  return {
    event_type: x.event_type, sub_event_type: x.sub_event_type,
    date: x.date && { start: x.date.start, end: x.date.end },
    location: x.location && { lat: x.location.lat, lon: x.location.lon },
    actor1: actor(x.actor1), actor2: actor(x.actor2), dateStated: r.dateStated,
  };
}

/** A report joins an event only when it agrees with every report the event already has. */
export function corroborates(report: Report, eventReports: Report[]): boolean {
  return eventReports.every((other) => sameEvent(report, other));
}

export function sameEvent(a: Report, b: Report): boolean {
  // One document's extraction already separates its events: never merge two of them.
  return a.documentId !== b.documentId && keysAgree(reportKey(a), reportKey(b));
}

/** Everything sameEvent asks except that the documents differ. */
export function keysAgree(x: ReportKey, y: ReportKey): boolean {
  if (x.sub_event_type !== y.sub_event_type) return false;
  if (!x.date || !y.date || !x.location || !y.location) return false;
  if (!datesAgree(x, y)) return false;
  if (distanceKm(x.location, y.location) > MAX_DISTANCE_KM) return false;
  return actorsCompatible(x, y);
}

/**
 * Same day; or one day apart when either report only infers its date (from "on Friday",
 * the dateline or the publication date), since such dates are often a day off. Two reports
 * that both state different dates in full are different days, so different events.
 */
function datesAgree(a: ReportKey, b: ReportKey): boolean {
  const gap = dayGap(a.date!, b.date!);
  if (gap === 0) return true;
  return gap <= 1 && !(a.dateStated && b.dateStated);
}

function dayGap(x: { start: string; end: string }, y: { start: string; end: string }): number {
  const [xs, xe, ys, ye] = [x.start, x.end, y.start, y.end].map((d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`));
  if (xs <= ye && ys <= xe) return 0;
  return Math.round(Math.min(Math.abs(xs - ye), Math.abs(ys - xe)) / DAY_MS);
}

export { kmBetween as distanceKm } from '../geo.js';

/** Sides agree as given, or swapped (reports name a clash's sides in either order). */
function actorsCompatible(x: ReportKey, y: ReportKey): boolean {
  const straight = sameActor(x.actor1, y.actor1) && sameActor(x.actor2, y.actor2);
  const swapped = sameActor(x.actor1, y.actor2) && sameActor(x.actor2, y.actor1);
  return straight || (x.event_type === 'Battles' && swapped);
}

/** A side one report leaves unnamed or unidentified does not contradict a named one. */
function sameActor(p: ActorKey | null, q: ActorKey | null): boolean {
  if (!p || !q) return true;
  if (p.id === q.id || p.name === q.name) return true;
  if (isUnidentified(p) || isUnidentified(q)) return p.type === q.type || isUnidentified(p) && isUnidentified(q);
  return false;
}

function isUnidentified(a: ActorKey): boolean {
  return /^unidentified\b/i.test(a.name) || a.id.startsWith('generic');
}

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

/** A candidate event as a store hands it over. */
export interface Candidate {
  id: string;
  /** The distinct keys of the event's reports. */
  keys: ReportKey[];
  /** The event already has a report from the new report's document. */
  sharesDocument: boolean;
}

/** Of the candidate events, the nearest one the report agrees with, or null. */
export function bestCandidate<T extends Candidate>(report: Report, candidates: Iterable<T>): T | null {
  const place = report.record.location;
  if (!place) return null;
  const key = reportKey(report);
  let best: { candidate: T; km: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.sharesDocument || !candidate.keys.length || !candidate.keys.every((k) => keysAgree(key, k))) continue;
    const km = Math.min(...candidate.keys.map((k) => distanceKm(k.location!, place)));
    if (!best || km < best.km) best = { candidate, km };
  }
  return best?.candidate ?? null;
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

/** An event's merged record without its list of sources, which a store keeps as rows beside it. */
export type MergedEvent = Omit<CorpusEvent, 'sources' | 'review'>;

/** The event a first report starts. */
export function startEvent(eventId: string, report: Report): MergedEvent {
  const f = report.record.fatalities;
  return compose(eventId, report, report.record.actor1, report.record.actor2, f > 0 ? f : 0, Math.max(0, f));
}

/**
 * The event with one more report, and its primary report now, from the event and its primary
 * report alone: the cost does not grow with the number of sources. Fatalities: ACLED keeps the
 * lowest reported figure; a report that gives no toll is not a report of zero deaths, so it
 * does not pull the figure down.
 */
export function addReport(event: MergedEvent, primary: Report, report: Report): { event: MergedEvent; primary: Report } {
  const next = primaryReport([primary, report]);
  const [first, second] = next === report ? [report.record, event] : [event, report.record];
  const f = report.record.fatalities;
  const low = f > 0 && (event.fatalities_low === 0 || f < event.fatalities_low) ? f : event.fatalities_low;
  const high = Math.max(event.fatalities_high, f, 0);
  return { event: compose(event.id, next, first.actor1 ?? second.actor1, first.actor2 ?? second.actor2, low, high), primary: next };
}

function compose(eventId: string, primary: Report, actor1: EventRecord['actor1'], actor2: EventRecord['actor2'], low: number, high: number): MergedEvent {
  const { triggers: _triggers, ...rest } = primary.record;
  const merged = { ...rest, id: eventId, actor1, actor2, fatalities: low, fatalities_low: low, fatalities_high: high };
  // The note is written again: the toll and the actors may now come from several reports.
  const note = notesFor(merged);
  return { ...merged, notes: low !== high ? `${note} Sources report ${low} to ${high} fatalities.` : note };
}

/** Merges an event's reports at once (what a store does report by report), with its sources listed primary first. */
export function mergeReports(eventId: string, reports: Report[], info: (documentId: string) => SourceInfo): CorpusEvent {
  let event = startEvent(eventId, reports[0]);
  let primary = reports[0];
  for (const r of reports.slice(1)) ({ event, primary } = addReport(event, primary, r));
  const others = reports.filter((r) => r !== primary).sort((a, b) => a.record.id.localeCompare(b.record.id));
  const sources: EventSource[] = [primary, ...others].map((r) => {
    const i = info(r.documentId);
    return {
      document_id: r.documentId, report_id: r.record.id, title: i.title, url: i.url, published: i.published, source: i.source,
      fatalities: r.record.fatalities, evidence: r.record.evidence,
    };
  });
  return { ...event, sources };
}
