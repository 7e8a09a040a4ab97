// Time stage: finds date and duration expressions and resolves them to TIMEX3 values.
// (Stub interface; the implementation lives in this folder.)
import type { TimeMention, DatePrecision } from '../model.js';

export interface TimeContext {
  /** Document creation time, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** Date of the dateline ("Raqqa East front, Septembre 13th 2017"), if any. */
  dateline: string | null;
  /** Stretches to leave alone (metadata lines already read, for instance). */
  skip?: { start: number; end: number }[];
}

/** Every time expression in `text`, in text order, resolved against the best anchor. */
export function tagTimes(text: string, ctx: TimeContext): TimeMention[] {
  void text; void ctx;
  return [];
}

/** Reads a stand-alone date such as "October 29, 2017" or "Septembre 13th 2017". */
export function parseStandaloneDate(text: string): { value: string; precision: DatePrecision } | null {
  void text;
  return null;
}
