// The time stage's configuration: an ordered list of recognisers, then refiners.
// Adding a pattern family means adding a file in ./recognisers and a line here. Among overlapping
// readings the longest wins, then the higher priority, then the one listed first.
import type { Draft, Recogniser, Refiner } from './types.js';
// calendar dates and clock times
import { dayFirstRanges, monthFirstRanges, monthRanges, yearRanges } from './recognisers/ranges.js';
import { chronoDates } from './recognisers/chronoDates.js';
import { ordinalDayOfMonth, monthNames } from './recognisers/monthNames.js';
import { weekdayNames } from './recognisers/weekdays.js';
import { holidays } from './recognisers/holidays.js';
import { namedClockTimes } from './recognisers/namedClockTimes.js';
// expressions relative to speech or narrative time
import { sinceDurations } from './recognisers/sinceDuration.js';
import { deicticDays, deicticPartsOfDay, deicticPeriods } from './recognisers/deictic.js';
import { narrativeSteps, unitOffsets, yearAgoAdjective } from './recognisers/relativeOffsets.js';
import { theWeekend, theYear, yearEnd } from './recognisers/wholePeriods.js';
// longer periods
import { focusQuarter, halves, numberedQuarters } from './recognisers/quarters.js';
import { seasonNames } from './recognisers/seasons.js';
import { centuries, decades, years } from './recognisers/years.js';
import { spokenYears } from './recognisers/spokenYears.js';
// recurrences, lengths and vague references
import { everyPeriod, frequencyAdverbs, timesPer } from './recognisers/sets.js';
import { countedDurations, pastLongPeriods, vagueDurations } from './recognisers/durations.js';
import { futureReference, onceReference, soonReference, pastReference, presentReference, recentPeriods } from './recognisers/references.js';
// refiners
import { trimExtent } from './refiners/trimExtent.js';
import { removeOverlaps } from './refiners/removeOverlaps.js';
import { mergeWeekdayWithDate } from './refiners/mergeWeekdayWithDate.js';
import { mergeClockWithDay } from './refiners/mergeClockWithDay.js';
import { relativeToDay } from './refiners/relativeToDay.js';

export const recognisers: Recogniser[] = [
  dayFirstRanges,
  monthFirstRanges,
  monthRanges,
  yearRanges,
  chronoDates,
  sinceDurations,
  ordinalDayOfMonth,
  monthNames,
  weekdayNames,
  deicticDays,
  deicticPartsOfDay,
  deicticPeriods,
  narrativeSteps,
  unitOffsets,
  yearAgoAdjective,
  numberedQuarters,
  focusQuarter,
  halves,
  seasonNames,
  decades,
  centuries,
  years,
  spokenYears,
  holidays,
  theYear,
  yearEnd,
  theWeekend,
  everyPeriod,
  timesPer,
  frequencyAdverbs,
  countedDurations,
  pastLongPeriods,
  vagueDurations,
  recentPeriods,
  presentReference,
  pastReference,
  futureReference,
  soonReference,
  onceReference,
  namedClockTimes,
];

/** Run on the drafts in this order; resolution against anchors happens afterwards, in text order. */
export const refiners: Refiner<Draft>[] = [trimExtent, removeOverlaps, mergeWeekdayWithDate, mergeClockWithDay, relativeToDay];

/** Every candidate expression in `text`, overlaps removed, in text order, not yet resolved. */
export function findDrafts(text: string): Draft[] {
  let drafts = recognisers.flatMap((r) => r.find(text));
  for (const f of refiners) drafts = f.refine(drafts, text);
  return drafts;
}
