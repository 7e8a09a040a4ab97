// Calendar arithmetic on plain year/month/day numbers (no time zones involved).
import type { DatePrecision } from '../model.js';
import type { Resolution } from './types.js';

export interface YMD { y: number; m: number; d: number }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmt(d: YMD): string { return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`; }

export function parseIso(s: string | null | undefined): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function fromUtc(t: number): YMD {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
const utc = (d: YMD) => Date.UTC(d.y, d.m - 1, d.d);

export function addDays(d: YMD, n: number): YMD { return fromUtc(utc(d) + n * 86400000); }

export function addMonths(d: YMD, n: number): YMD {
  const total = d.y * 12 + (d.m - 1) + n;
  const y = Math.floor(total / 12), m = (total % 12) + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }

export function compare(a: YMD, b: YMD): number { return utc(a) - utc(b); }

export function diffDays(a: YMD, b: YMD): number { return Math.round((utc(a) - utc(b)) / 86400000); }

/** ISO weekday: 1 Monday .. 7 Sunday. */
export function weekday(d: YMD): number { return ((new Date(utc(d)).getUTCDay() + 6) % 7) + 1; }

export function isoWeek(d: YMD): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

export function isValid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// ---- Resolutions: value, calendar range and precision of one calendar unit ----

type AnchorKind = Resolution['anchor'];
const res = (value: string, start: YMD | null, end: YMD | null, precision: DatePrecision, anchor: AnchorKind): Resolution =>
  ({ value, range: start && end ? { start: fmt(start), end: fmt(end) } : null, precision, anchor });

export function dayRes(d: YMD, anchor: AnchorKind): Resolution { return res(fmt(d), d, d, 'day', anchor); }

export function monthRes(y: number, m: number, anchor: AnchorKind): Resolution {
  return res(`${pad(y, 4)}-${pad(m)}`, { y, m, d: 1 }, { y, m, d: daysInMonth(y, m) }, 'month', anchor);
}

export function yearRes(y: number, anchor: AnchorKind): Resolution {
  return res(pad(y, 4), { y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year', anchor);
}

export function weekRes(d: YMD, anchor: AnchorKind): Resolution {
  const { year, week } = isoWeek(d);
  const monday = addDays(d, 1 - weekday(d));
  return res(`${year}-W${pad(week)}`, monday, addDays(monday, 6), 'week', anchor);
}

export function weekendRes(d: YMD, anchor: AnchorKind): Resolution {
  const { year, week } = isoWeek(d);
  const saturday = addDays(d, 6 - weekday(d));
  return res(`${year}-W${pad(week)}-WE`, saturday, addDays(saturday, 1), 'week', anchor);
}

export function quarterRes(y: number, q: number, anchor: AnchorKind): Resolution {
  const m1 = (q - 1) * 3 + 1;
  return res(`${pad(y, 4)}-Q${q}`, { y, m: m1, d: 1 }, { y, m: m1 + 2, d: daysInMonth(y, m1 + 2) }, 'quarter', anchor);
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
export function seasonRes(y: number, s: string, anchor: AnchorKind): Resolution {
  const start = { y, m: SEASON_START[s], d: 1 };
  const last = addMonths(start, 2);
  return res(`${pad(y, 4)}-${s}`, start, { ...last, d: daysInMonth(last.y, last.m) }, 'season', anchor);
}

export function decadeRes(decade: number, anchor: AnchorKind): Resolution {
  return res(String(decade), { y: decade * 10, m: 1, d: 1 }, { y: decade * 10 + 9, m: 12, d: 31 }, 'decade', anchor);
}

export function centuryRes(century: number, anchor: AnchorKind): Resolution {
  return res(pad(century, 2), { y: century * 100, m: 1, d: 1 }, { y: century * 100 + 99, m: 12, d: 31 }, 'century', anchor);
}

export function timeRes(d: YMD, hour: number, minute: number, anchor: AnchorKind): Resolution {
  return { value: `${fmt(d)}T${pad(hour)}:${pad(minute)}`, range: { start: fmt(d), end: fmt(d) }, precision: 'time', anchor };
}

/** A value that names no calendar interval (PRESENT_REF, XXXX-06-01, durations, sets). */
export function bare(value: string, precision: DatePrecision | null = null, anchor: AnchorKind = 'none'): Resolution {
  return { value, range: null, precision, anchor };
}
