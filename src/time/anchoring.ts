// How relative expressions pick their anchor and year, shared by the recognisers' resolvers.
import { addDays, diffDays, weekday, type YMD } from './calendar.js';
import type { Anchors, Resolution, Tense } from './types.js';

/** Deictic expressions ("yesterday", "last week") count from speech time. */
export function speech(a: Anchors): { day: YMD; kind: Resolution['anchor'] } | null {
  return a.speech ? { day: a.speech, kind: a.speechKind } : null;
}

/** Anaphoric expressions ("the next day", "two days later") count from the narrated date. */
export function narrative(a: Anchors): { day: YMD; kind: Resolution['anchor'] } | null {
  if (a.narrative) return { day: a.narrative, kind: 'narrative' };
  return speech(a);
}

/**
 * Year of a month (and day) named without a year: the anchor's year, moved back a year when a
 * past-tense clause would otherwise put it after the anchor, forward when a future one puts it before.
 */
export function yearFor(month: number, day: number | null, anchor: YMD, tense: Tense, slack = 31): number {
  // days from the anchor to the named date (to the month's first/last day when no day is named)
  const ahead = diffDays({ y: anchor.y, m: month, d: day ?? 1 }, anchor);
  const behind = diffDays({ y: anchor.y, m: month, d: day ?? 28 }, anchor);
  // a past clause never looks forward, a future one never back; a month of slack for loose tenses
  if (tense === 'past') return ahead > slack ? anchor.y - 1 : anchor.y;
  if (tense === 'future') return behind < -slack ? anchor.y + 1 : anchor.y;
  // otherwise the nearest such date
  if (ahead > 183) return anchor.y - 1;
  if (behind < -183) return anchor.y + 1;
  return anchor.y;
}

/**
 * How far a past-tense clause may name a date after the anchor: none for a dateline (the writer's
 * own day), two months for a publication date (news reports schedules in the past tense: "said
 * the coupon is payable Jan. 20").
 */
export function pastSlack(a: Anchors): number { return a.speechKind === 'dateline' ? 0 : 62; }

/** The given ISO weekday nearest the anchor in the direction the tense points (the anchor itself counts). */
export function weekdayNear(target: number, anchor: YMD, direction: 'past' | 'future' | 'strictPast' | 'strictFuture'): YMD {
  const diff = target - weekday(anchor);
  switch (direction) {
    case 'past': return addDays(anchor, diff <= 0 ? diff : diff - 7);
    case 'strictPast': return addDays(anchor, diff < 0 ? diff : diff - 7);
    case 'future': return addDays(anchor, diff >= 0 ? diff : diff + 7);
    case 'strictFuture': return addDays(anchor, diff > 0 ? diff : diff + 7);
  }
}
