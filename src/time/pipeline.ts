// The time stage's configuration: an ordered list of recognisers, then refiners.
// Earlier recognisers win ties between equally long, equally prioritised readings.
import type { Draft, Recogniser, Refiner } from './types.js';
import { chronoDates } from './recognisers/chronoDates.js';
import { sinceDurations } from './recognisers/sinceDuration.js';
import { ordinalDayOfMonth, monthNames } from './recognisers/monthNames.js';
import { weekdayNames } from './recognisers/weekdays.js';
import { deicticDays, deicticPartsOfDay, deicticPeriods } from './recognisers/deictic.js';
import { narrativeSteps, unitOffsets, yearAgoAdjective } from './recognisers/relativeOffsets.js';
import { focusQuarter, halves, numberedQuarters } from './recognisers/quarters.js';
import { seasonNames } from './recognisers/seasons.js';
import { decades, years } from './recognisers/years.js';
import { countedDurations, vagueDurations } from './recognisers/durations.js';
import { everyPeriod, frequencyAdverbs, timesPer } from './recognisers/sets.js';
import { futureReference, onceReference, pastReference, presentReference, recentPeriods } from './recognisers/references.js';
import { removeOverlaps } from './refiners/removeOverlaps.js';
import { mergeClockWithDay } from './refiners/mergeClockWithDay.js';
import { namedClockTimes } from './recognisers/namedClockTimes.js';
import { holidays } from './recognisers/holidays.js';
import { theWeekend, theYear, yearEnd } from './recognisers/wholePeriods.js';
import { spokenYears } from './recognisers/spokenYears.js';
import { dayFirstRanges, monthFirstRanges, monthRanges } from './recognisers/ranges.js';
import { trimExtent } from './refiners/trimExtent.js';

export const recognisers: Recogniser[] = [
  dayFirstRanges,
  monthFirstRanges,
  monthRanges,
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
  vagueDurations,
  recentPeriods,
  presentReference,
  pastReference,
  futureReference,
  onceReference,
  namedClockTimes,
];

export const refiners: Refiner<Draft>[] = [trimExtent, removeOverlaps, mergeClockWithDay];

export function findDrafts(text: string): Draft[] {
  let drafts = recognisers.flatMap((r) => r.find(text));
  for (const f of refiners) drafts = f.refine(drafts, text);
  return drafts;
}
