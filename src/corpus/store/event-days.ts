// The rows both backends' per-day query returns, folded into the timeline's days and the box
// that frames them: [date or null, count, min lon, min lat, max lon, max lat] a row.
import type { EventDays } from './store.js';

export type DayRow = [string | null, number, number | null, number, number, number];

export function eventDaysOf(rows: DayRow[]): EventDays {
  const out: EventDays = { days: [], undated: 0, bounds: null };
  for (const [date, count, w, s, e, n] of rows) {
    if (date === null) out.undated = count;
    else out.days.push({ date, count });
    if (w === null) continue;
    const b = out.bounds;
    out.bounds = b ? [Math.min(b[0], w), Math.min(b[1], s), Math.max(b[2], e), Math.max(b[3], n)] : [w, s, e, n];
  }
  return out;
}
