// "the year", "the full year", "the fiscal year", "the weekend", "year-end": periods named by a
// definite noun phrase, resolved to the period around speech time.
import { addDays, bare, dayRes, weekday, weekendRes, yearRes } from '../calendar.js';
import { speech } from '../anchoring.js';
import { re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';
import { calendarUnitRes } from './deictic.js';

/**
 * "the year ended June 30" and "throughout the year" are twelve-month stretches (P1Y); otherwise
 * "the year", "the full year", "the current year" are the year of speech time.
 */
export const theYear = regexRecogniser('the-year',
  re(`\\b(?:(throughout)\\s+)?(the\\s+(?:full|whole|entire|fiscal|current|calendar)?\\s*(?:year|month|week))\\b(?!\\s+(?:of|before|after|when|that|in|\\d)|-|'s|\\s+ago|\\s+earlier)(\\s+(?:ended|ending|that ended|which ended)\\b)?`, 'gid'),
  (m) => {
    const [start, end] = m.indices![2];
    const unit = /week$/i.test(m[2]) ? 'week' : /month$/i.test(m[2]) ? 'month' : 'year';
    if (m[1] || m[3]) return { start, end, type: 'DURATION', resolve: () => bare(unit === 'week' ? 'P1W' : unit === 'month' ? 'P1M' : 'P1Y') };
    return { start, end, type: 'DATE', resolve(a) { const s = speech(a); return s ? calendarUnitRes(s.day, unit, s.kind) : bare('XXXX', 'year'); } };
  }, /\b(?:year|month|week)\b/i);

/**
 * "year-end", "year's end", "the end of the year": the speech year (TimeML keeps the year, the "end"
 * is a modifier; "by year-end" too). As the point a change counts from ("since year-end") it is
 * last year's last day.
 */
export const yearEnd = regexRecogniser('year-end',
  re(`\\b(?:(since|after)\\s+)?(year[- ]end|year's end|the end of the year|end-of-year)\\b(?!-\\w)`, 'gid'),
  (m) => {
    const prep = m[1]?.toLowerCase();
    const [start, end] = m.indices![2];
    return { start, end, type: 'DATE', resolve(a) {
      const s = speech(a);
      if (!s) return bare(prep ? 'XXXX-12-31' : 'XXXX', prep ? 'day' : 'year');
      if (!prep) return yearRes(s.day.y, s.kind);
      return dayRes({ y: s.day.y - 1, m: 12, d: 31 }, s.kind);
    } };
  }, /year/i);

/** "the weekend": the last one in a past clause, the coming one in a future clause. */
export const theWeekend = regexRecogniser('the-weekend',
  re(`\\b(?:over\\s+|during\\s+)?the\\s+weekend\\b`),
  (m) => ({ start: m.index + m[0].toLowerCase().indexOf('the'), type: 'DATE', resolve(a) {
    const s = speech(a);
    if (!s) return bare('XXXX-WXX-WE', 'week');
    const wd = weekday(s.day);
    if (wd >= 6) return weekendRes(s.day, s.kind);
    return weekendRes(a.tense === 'future' ? s.day : addDays(s.day, -7), s.kind);
  } }), /weekend/i);
