// Weekdays: "Friday", "last Tuesday", "Wednesday night", "the previous Friday", "Samstag".
import { bare, dayRes } from '../calendar.js';
import { narrative, speech, weekdayNear } from '../anchoring.js';
import { weekdayNumber } from '../lexicon.js';
import type { Anchors, Resolution } from '../types.js';
import { PART_OF_DAY, WEEKDAY_FOREIGN, WEEKDAY_FULL, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

/**
 * "Friday night" resolves to the day: the news annotation we measure against more often gives the
 * day than the TIMEX3 part-of-day value (2021-06-11TNI), and an event record needs the day.
 */
function resolveWeekday(a: Anchors, wd: number, det: string): Resolution {
  const anaphoric = det === 'the previous' || det === 'the following' || det === 'the next';
  const base = anaphoric ? narrative(a) : speech(a);
  if (!base) return bare(`XXXX-WXX-${wd}`);
  const direction = det === 'last' || det === 'the previous' || det === 'this past' ? 'strictPast'
    : det === 'next' || det === 'the following' || det === 'the next' || det === 'this coming' ? 'strictFuture'
    : a.tense === 'future' ? 'future' : 'past';
  return dayRes(weekdayNear(wd, base.day, direction), base.kind);
}

export const weekdayNames = regexRecogniser('weekday',
  re(`(?<![\\p{L}\\p{N}])(?:(last|next|this|this past|this coming|the previous|the following|the next|early|late)\\s+)?(${WEEKDAY_FULL}|${WEEKDAY_FOREIGN})(?:'s)?(?:\\s+(${PART_OF_DAY}))?(?![\\p{L}\\p{N}])`, 'giu'),
  (m) => {
    const word = m[2];
    const wd = weekdayNumber(word);
    if (!wd) return null;
    // Weekday names are proper nouns; a lower-case "domingo" or "sabato" is something else
    if (!/^\p{Lu}/u.test(word)) return null;
    const det = (m[1] ?? '').toLowerCase();
    const end = m.index + m[0].length - (/'s$/i.test(m[0]) ? 2 : 0);
    // "late Monday", "early Friday morning": like "earlier Friday", the modifier stays outside the extent
    const start = det === 'early' || det === 'late' ? m.index + m[0].indexOf(word) : m.index;
    return { start, end, type: 'DATE', priority: 1, resolve: (a) => resolveWeekday(a, wd, det) };
  });
