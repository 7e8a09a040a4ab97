// "it had been two weeks (already) since they had crossed": a length of time that ends at the
// narrated moment and so dates the earlier event.
import { addDays, addMonths, bare, fmt, type YMD } from '../calendar.js';
import { narrative, speech } from '../anchoring.js';
import { quantity } from '../lexicon.js';
import { COUNT, re } from '../words.js';
import { durationValue } from './durations.js';
import { regexRecogniser } from './regexRecogniser.js';

function back(day: YMD, n: number, unit: string): YMD | null {
  switch (unit.toLowerCase().replace(/s$/, '')) {
    case 'day': case 'night': return addDays(day, -n);
    case 'week': return addDays(day, -7 * n);
    case 'month': return addMonths(day, -n);
    case 'year': return addMonths(day, -12 * n);
  }
  return null;
}

export const sinceDurations = regexRecogniser('since-duration',
  re(`\\b(?:it|there)?\\s*(?:'s|'d|had|has|have)\\s+been\\s+(?:(?:about|almost|nearly|more than|over|just|only)\\s+)?((${COUNT})\\s+(day|night|week|month|year)s?)(?:\\s+(?:already|now))?\\s+since\\b`, 'gid'),
  (m) => {
    const n = quantity(m[2]);
    if (n === undefined) return null;
    const value = durationValue(n, m[3]) ?? 'PXD';
    const pastPerfect = /'d|had/i.test(m[0]);
    const [start, end] = m.indices![1];
    return {
      start, end, type: 'DURATION', priority: 5,
      resolve(a) {
        const base = pastPerfect ? narrative(a) : speech(a);
        const r = bare(value, null, base?.kind ?? 'none');
        const from = base && n !== null ? back(base.day, n, m[3]) : null;
        return from && base ? { ...r, sinceRange: { start: fmt(from), end: fmt(base.day) } } : r;
      },
    };
  }, /\bbeen\b/i);
