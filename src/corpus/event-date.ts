// The single date ACLED gives an event, from a record's date range and precision.
import type { CorpusEvent } from './types.js';

/**
 * ACLED's single event date: the day, or the middle of the week; for a month, its middle
 * day (the first or last day when the record says early or late, which its range shows).
 */
export function eventDate(e: Pick<CorpusEvent, 'date'>): string | null {
  const d = e.date;
  if (!d) return null;
  const start = d.start.slice(0, 10), end = d.end.slice(0, 10);
  if (start === end || d.time_precision === 1) return start;
  const a = Date.parse(`${start}T00:00:00Z`), b = Date.parse(`${end}T00:00:00Z`);
  return new Date(a + Math.floor((b - a) / 86_400_000 / 2) * 86_400_000).toISOString().slice(0, 10);
}
