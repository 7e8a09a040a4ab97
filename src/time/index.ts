// Time stage: finds date and duration expressions and resolves them to TIMEX3 values.
// Recognisers (one pattern family each, in ./recognisers) propose drafts; refiners drop overlaps
// and resolve each draft against the anchors the text has set up so far (./refiners).
import type { TimeMention, DatePrecision } from '../model.js';
import { findDrafts } from './pipeline.js';
import { removeSkipped } from './refiners/removeSkipped.js';
import { resolveInOrder } from './refiners/resolveInOrder.js';

export interface TimeContext {
  /** Document creation time, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** Date of the dateline ("Northern sector, Octobre 4th 2019"), if any. */
  dateline: string | null;
  /** Stretches to leave alone (metadata lines already read, for instance). */
  skip?: { start: number; end: number }[];
}

/** Every time expression in `text`, in text order, resolved against the best anchor. */
export function tagTimes(text: string, ctx: TimeContext): TimeMention[] {
  const drafts = removeSkipped(findDrafts(text), ctx.skip);
  return resolveInOrder(drafts, text, ctx.published, ctx.dateline);
}

/** Reads a stand-alone date such as "March 12, 2019" or "Octobre 4th 2019". */
export function parseStandaloneDate(text: string): { value: string; precision: DatePrecision } | null {
  const found = tagTimes(text, { published: null, dateline: null })
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.precision && !t.value.startsWith('X') && !/_REF$/.test(t.value));
  if (!found.length) return null;
  const best = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return { value: best.value, precision: best.precision! };
}
