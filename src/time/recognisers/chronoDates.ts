// Calendar dates and clock times written out in full ("March 12, 2019", "Sept. 30", "2019-05-03",
// "03/05/2017", "11:20 a.m.", "4 p.m. EST, Dec. 9"), read by chrono-node's strict parsers plus our
// foreign-month parsers. Only lines holding a digit reach chrono, which keeps the stage fast.
// The English parsers alone: the package root loads every locale (hundreds of files at start-up);
// other languages' month names are sitrep's own data (foreignMonthParser).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult, ParsingResult, Refiner } from 'chrono-node';
import { bare, dayRes, fmt, isValid, timeRes, type YMD } from '../calendar.js';
import { narrative, pastSlack, speech, weekdayNear, yearFor } from '../anchoring.js';
import type { Anchors, Draft, Recogniser, Resolution } from '../types.js';
import { foreignDayFirst, foreignMonthFirst } from './foreignMonthParser.js';
import { MONTH_ANY } from '../words.js';

// Relative phrases ("2 days later", "within 3 weeks") and weekdays are read by our own
// recognisers (chrono's strict mode also drops "6 p.m. Sunday" once it merges the weekday).
const UNUSED = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENWeekdayParser']);

/** Drops chrono readings that are not dates: bare hours ("from 3 to 5"), plain numbers. */
const dropBareNumbers: Refiner = {
  refine: (_ctx, results: ParsingResult[]) => results.filter((r) => {
    const s = r.start;
    const hasDate = s.isCertain('day') || s.isCertain('month') || s.isCertain('weekday') || s.isCertain('year');
    if (hasDate) return true;
    return /\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight|o'clock/i.test(r.text);
  }),
};

function buildChrono(): chrono.Chrono {
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => !UNUSED.has(p.constructor.name));
  c.parsers.push(foreignMonthFirst, foreignDayFirst);
  c.refiners.push(dropBareNumbers);
  return c;
}
let parser: chrono.Chrono | null = null;

/** Chrono's option-free reading of one line; the reference date is irrelevant as only certain parts are used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function resolveComponents(c: ParsedComponents, a: Anchors, text: string): Resolution {
  const hasHour = c.isCertain('hour') && /\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight|o'clock|\d{4}\s*(GMT|UTC)/i.test(text);
  let day: YMD | null = null;
  let kind: Resolution['anchor'] = 'absolute';
  if (c.isCertain('day') && c.isCertain('month')) {
    const m = c.get('month')!, d = c.get('day')!;
    if (c.isCertain('year')) day = { y: c.get('year')!, m, d };
    else {
      const s = speech(a);
      if (!s) return bare(`XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'day');
      day = { y: yearFor(m, d, s.day, a.tense, pastSlack(a)), m, d };
      kind = s.kind;
    }
    if (!isValid(day.y, day.m, day.d)) return bare(fmt(day));
  } else if (c.isCertain('weekday')) {
    const s = speech(a);
    if (!s) return bare(`XXXX-WXX-${c.get('weekday') || 7}`);
    day = weekdayNear(c.get('weekday') || 7, s.day, a.tense === 'future' ? 'future' : 'past');
    kind = s.kind;
  } else if (c.isCertain('month') && c.isCertain('year')) {
    const y = c.get('year')!, m = c.get('month')!;
    return { value: `${y}-${String(m).padStart(2, '0')}`, range: { start: fmt({ y, m, d: 1 }), end: fmt({ y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() }) }, precision: 'month', anchor: 'absolute' };
  } else if (hasHour) {
    // a clock time alone belongs to the day the narrative is on
    const n = narrative(a);
    if (!n) return bare(`XXXX-XX-XXT${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`, 'time');
    return timeRes(n.day, c.get('hour')!, c.get('minute') ?? 0, n.kind);
  } else {
    return bare('XXXX-XX-XX');
  }
  return hasHour ? timeRes(day, c.get('hour')!, c.get('minute') ?? 0, kind) : dayRes(day, kind);
}

function toDraft(r: ParsedResult, offset: number): Draft | null {
  // a trailing weekday-only or year-only reading is left to the dedicated recognisers
  const s = r.start;
  if (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('hour') && !s.isCertain('minute')) return null;
  const isTime = s.isCertain('hour') && /\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight|o'clock/i.test(r.text);
  const end = r.end;
  const clockOnly = isTime && !s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month');
  // chrono keeps a leading "at"/"on"; TimeML extents leave prepositions out
  const lead = /^(?:at|on|in|by|from|since|until|till)\s+/i.exec(r.text)?.[0].length ?? 0;
  return {
    clock: clockOnly ? { hour: s.get('hour')!, minute: s.get('minute') ?? 0 } : undefined,
    start: offset + r.index + lead,
    end: offset + r.index + r.text.length,
    type: isTime ? 'TIME' : 'DATE',
    rule: 'chrono-date',
    priority: 3,
    resolve(a) {
      const first = resolveComponents(s, a, r.text);
      if (!end || !first.range) return first;
      const last = resolveComponents(end, a, r.text);
      return last.range ? { ...first, range: { start: first.range.start, end: last.range.end } } : first;
    },
  };
}

/** "3 7/8" (a price), "1/2 percent": slashes between small numbers that are fractions, not dates. */
function isFraction(found: string, text: string, at: number): boolean {
  if (/\d \d{1,2}\/\d{1,2}\b/.test(found) || /^\/\d/.test(text.slice(at + found.length))) return true;
  if (!/^\d{1,2}\/\d{1,2}$/.test(found)) return false;
  // "5/12" without a year reads as a date only after a word that introduces one
  if (!/\b(on|by|since|until|till|from|before|after|dated|of)\s*$/i.test(text.slice(Math.max(0, at - 8), at))) return true;
  return /(\d|\$)\s*$/.test(text.slice(Math.max(0, at - 3), at)) || /^\s*(%|percent|point|of|inch|mile|cup)/i.test(text.slice(at + found.length, at + found.length + 10));
}

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;

/**
 * Numeric dates are month-first in chrono; a document that writes "13/05/2017" anywhere writes
 * day-first everywhere, so its ambiguous "05/06/2017" is 5 June.
 */
function numericDayFirst(found: string): Draft | null {
  const m = NUMERIC.exec(found);
  if (!m) return null;
  const day = Number(m[1]), month = Number(m[3]);
  const y = m[4].length === 2 ? 2000 + Number(m[4]) - (Number(m[4]) > 50 ? 100 : 0) : Number(m[4]);
  if (!isValid(y, month, day)) return null;
  return { start: 0, end: 0, type: 'DATE', rule: 'chrono-date+day-first', priority: 3, resolve: () => dayRes({ y, m: month, d: day }, 'absolute') };
}

// Where a date or clock time may be: a month name next to a number, digits joined by / . - :, or
// a number before a.m./p.m. Chrono only reads a short window around each such spot.
const CANDIDATE = new RegExp(`(?:${MONTH_ANY})[\\s,.]{0,3}\\d|\\d(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?(?:${MONTH_ANY})|\\d[/.:-]\\d|\\d\\s*[ap]\\.?m\\b|\\d{4}\\s+(?:${MONTH_ANY})`, 'giu');
const REACH_BEFORE = 40, REACH_AFTER = 45;

function candidateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let from = Math.max(0, m.index - REACH_BEFORE), to = Math.min(text.length, m.index + m[0].length + REACH_AFTER);
    // widen to whole words and stay within the line
    while (from > 0 && /\S/.test(text[from - 1])) from--;
    while (to < text.length && /\S/.test(text[to])) to++;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    from = Math.max(from, lineStart);
    if (lineEnd >= 0) to = Math.min(to, lineEnd);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** "Feb. 12 to Apr. 3": two dates, each its own mention; "May 3-5" stays one ranged mention. */
function splitFullRange(r: ParsedResult, offset: number): Draft[] {
  const whole = toDraft(r, offset);
  if (!whole || !r.end || !(r.end.isCertain('month') && r.end.isCertain('day'))) return whole ? [whole] : [];
  const m = /^(.*?\S)\s*(?:-|–|to|until|till|through)\s*(\S.*)$/i.exec(r.text);
  if (!m || !/[A-Za-z]/.test(m[2])) return [whole];
  const first = { ...r, text: m[1], start: r.start, end: undefined } as unknown as ParsedResult;
  const second = { ...r, text: m[2], index: r.index + r.text.length - m[2].length, start: r.end, end: undefined } as unknown as ParsedResult;
  return [toDraft(first, offset), toDraft(second, offset)].filter((d): d is Draft => d !== null);
}

export const chronoDates: Recogniser = {
  name: 'chrono-date',
  find(text) {
    parser ??= buildChrono();
    const dayFirst = /(?<![\d/.])(1[3-9]|2\d|3[01])[/.](0?[1-9]|1[0-2])[/.]\d{2,4}\b/.test(text);
    const out: Draft[] = [];
    for (const [from, to] of candidateWindows(text)) {
      const window = text.slice(from, to);
      for (const r of parser.parse(window, REFERENCE)) {
        if (isFraction(r.text, text, from + r.index)) continue;
        const swapped = dayFirst ? numericDayFirst(r.text) : null;
        if (swapped) { out.push({ ...swapped, start: from + r.index, end: from + r.index + r.text.length }); continue; }
        out.push(...splitFullRange(r, from));
      }
    }
    return out;
  },
};
