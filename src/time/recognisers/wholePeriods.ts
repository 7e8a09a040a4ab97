// "the year", "the full year", "the fiscal year", "the weekend", "year-end": periods named by a
// definite noun phrase, resolved to the period around speech time.
import { addDays, bare, weekday, weekendRes, yearRes } from '../calendar.js';
import { speech } from '../anchoring.js';
import { re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

/** "for the year" is a length (P1Y); "in the year", "the full year" the current year. */
export const theYear = regexRecogniser('the-year',
  re(`\\b(?:(for|during|over|throughout)\\s+)?(the\\s+(?:full|whole|entire|fiscal|current|calendar)?\\s*year)\\b(?!\\s+(?:of|before|after|when|that|in|\\d)|-|'s|\\s+ago|\\s+earlier)`, 'gid'),
  (m) => {
    const [start, end] = m.indices![2];
    if (m[1] && !/full|current|calendar/i.test(m[2])) return { start, end, type: 'DURATION', resolve: () => bare('P1Y') };
    return { start, end, type: 'DATE', resolve(a) { const s = speech(a); return s ? yearRes(s.day.y, s.kind) : bare('XXXX', 'year'); } };
  });

/** "year-end", "year's end", "the end of the year": the speech year (TimeML keeps the year, the "end" is a modifier). */
export const yearEnd = regexRecogniser('year-end',
  re(`\\b(?:year[- ]end|year's end|the end of the year|end-of-year)\\b`),
  () => ({ type: 'DATE', resolve(a) { const s = speech(a); return s ? yearRes(s.day.y, s.kind) : bare('XXXX', 'year'); } }));

/** "the weekend": the last one in a past clause, the coming one in a future clause. */
export const theWeekend = regexRecogniser('the-weekend',
  re(`\\b(?:over\\s+|during\\s+)?the\\s+weekend\\b`),
  (m) => ({ start: m.index + m[0].toLowerCase().indexOf('the'), type: 'DATE', resolve(a) {
    const s = speech(a);
    if (!s) return bare('XXXX-WXX-WE', 'week');
    const wd = weekday(s.day);
    if (wd >= 6) return weekendRes(s.day, s.kind);
    return weekendRes(a.tense === 'future' ? s.day : addDays(s.day, -7), s.kind);
  } }));
