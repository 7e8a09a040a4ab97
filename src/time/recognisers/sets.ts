// Recurrences: "daily", "every week", "each Thursday", "twice a year", "$2 million a year".
import { bare } from '../calendar.js';
import { englishMonths, weekdayNumber } from '../lexicon.js';
import { WEEKDAY_FULL, MONTH_FULL, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';
import { AMOUNT_BEFORE } from './durations.js';

const ADVERB: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M', yearly: 'P1Y', annually: 'P1Y', 'bi-weekly': 'P2W', 'semi-annually': 'P6M' };
const UNIT: Record<string, string> = { hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'P1W', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y' };

/** "daily", "weekly", "annually" used as adverbs (not "daily newspaper" — the noun after decides). */
export const frequencyAdverbs = regexRecogniser('frequency-adverb',
  re(`\\b(hourly|daily|nightly|weekly|bi-?weekly|monthly|yearly|annually|semi-annually)\\b(?!\\s+(?:newspaper|paper|news|mail|telegraph|star|beast|show|magazine|journal|standard|express))`),
  (m) => ({ type: 'SET', resolve: () => bare(ADVERB[m[1].toLowerCase()]) }));

/** "every week", "each year", "every other day", "each Thursday", "every July". */
export const everyPeriod = regexRecogniser('every-period',
  re(`\\b(?:every|each)\\s+(?:other\\s+|single\\s+)?(hour|day|night|morning|evening|week|weekend|month|quarter|year|decade|${WEEKDAY_FULL}|${MONTH_FULL})\\b`),
  (m) => {
    const w = m[1].toLowerCase();
    const wd = weekdayNumber(w);
    const month = englishMonths[w];
    const value = UNIT[w] ?? (wd ? `XXXX-WXX-${wd}` : month ? `XXXX-${String(month).padStart(2, '0')}` : null);
    if (!value) return null;
    return { type: 'SET', resolve: () => bare(value) };
  }, /\b(?:every|each)\s/i);

/** "once a week", "twice a year", "three times a day", "per year", "a year" after an amount. */
export const timesPer = regexRecogniser('times-per',
  re(`\\b(?:(?:once|twice|\\w+ times)\\s+)?(?:a|an|per)\\s+(hour|day|week|month|year)\\b`, 'gid'),
  (m, text) => {
    const counted = /^(once|twice|\w+ times)/i.test(m[0]);
    const afterAmount = AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    const per = /^per\b/i.test(m[0]);
    if (!counted && !afterAmount && !per) return null;
    return { type: 'SET', resolve: () => bare(UNIT[m[1].toLowerCase()]) };
  });
