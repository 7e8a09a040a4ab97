// When an event happened: its sentence's own date, else the narrated date of the story so far,
// else the dateline or the publication date. Never today.
import type { Annotated, Sentence, TimeMention } from '../model.js';
import { insideAny, spansBefore, spansWithin } from '../text/spans.js';

export interface EventDate {
  start: string;
  end: string;
  precision: 'day' | 'week' | 'month' | 'year' | 'range';
  mention: TimeMention | null;
  how: 'sentence' | 'narrative' | 'since' | 'dateline' | 'published';
}

const DAY_MS = 86400000;
/** How many time expressions back the narrated date is looked for: a long document stays linear. */
const TIMES_LOOKED_BACK = 200;
const SINCE_BEFORE = /\b(?:since|from|until|till|before)\s+$/i;

/** A date this long before the report's own date is history, not the report's news. */
const BACKGROUND_DAYS = 365;

export function dateOf(sentence: Sentence, triggerStart: number, habitual: boolean, a: Annotated): EventDate | null {
  const own = spansWithin(a.times, sentence.start, sentence.end).filter((t) => t.range && t.type !== 'DURATION' && !inMetadata(t, a));
  if (own.length) {
    const nearest = own.sort((x, y) => Math.abs(x.start - triggerStart) - Math.abs(y.start - triggerStart))[0];
    return fromMention(nearest, 'sentence');
  }
  // The narrated date: the last dated statement before the sentence, in the body of the story.
  // Nearest first: the story's dated statements before this sentence.
  const earlier = spansBefore(a.times, sentence.start, TIMES_LOOKED_BACK).filter((t) => !inMetadata(t, a) && (t.range || t.sinceRange));
  const paragraphStart = paragraphStarts(a).get(sentence.paragraph) ?? sentence.start;
  if (habitual) {
    const since = earlier.find((t) => t.sinceRange && t.start >= paragraphStart);
    if (since?.sinceRange) return { start: since.sinceRange.start, end: since.sinceRange.end, precision: 'range', mention: since, how: 'since' };
  }
  // "Since last spring" opens a period; it is not the moment the story has reached.
  const narrated = earlier.find((t) => t.range && t.type !== 'DURATION' && !isBackground(t, a) &&
    !SINCE_BEFORE.test(a.doc.text.slice(Math.max(0, t.start - 12), t.start)));
  if (narrated) return fromMention(narrated, 'narrative');
  const anchor = a.doc.dateline?.date ?? a.doc.published;
  if (anchor && /^\d{4}-\d{2}-\d{2}$/.test(anchor)) {
    return { start: anchor, end: anchor, precision: 'day', mention: null, how: a.doc.dateline?.date ? 'dateline' : 'published' };
  }
  return null;
}

const paragraphsOf = new WeakMap<Annotated, Map<number, number>>();

/** Where each paragraph's first sentence starts: found once a document (a paragraph may hold thousands of sentences). */
function paragraphStarts(a: Annotated): Map<number, number> {
  let starts = paragraphsOf.get(a);
  if (!starts) {
    starts = new Map();
    for (const s of a.sentences) if (!starts.has(s.paragraph)) starts.set(s.paragraph, s.start);
    paragraphsOf.set(a, starts);
  }
  return starts;
}

/** The sentence is dated well before the report: history or memory, not an event of the report. */
export function sentenceIsBackground(sentence: Sentence, a: Annotated): boolean {
  const own = ownDates(sentence, a);
  return own.length > 0 && own.every((t) => isBackground(t, a));
}

/** The dates a sentence's own words give (not a byline's or dateline's). */
function ownDates(sentence: Sentence, a: Annotated): TimeMention[] {
  return spansWithin(a.times, sentence.start, sentence.end).filter((t) => t.range && !inMetadata(t, a));
}

/**
 * An undated sentence right after one dated well before the report, in the same paragraph,
 * goes on telling that past ("... the border post fell in 2009. Twelve guards died.").
 */
export function continuesHistory(sentence: Sentence, a: Annotated): boolean {
  const previous = a.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return false;
  return ownDates(sentence, a).length === 0 && sentenceIsBackground(previous, a);
}

/** An event dated by its own words to well before the report is history. */
export function dateIsBackground(date: EventDate | null, a: Annotated): boolean {
  return !!date?.mention && date.how === 'sentence' && isBackground(date.mention, a);
}

function isBackground(t: TimeMention, a: Annotated): boolean {
  const anchor = a.doc.dateline?.date ?? a.doc.published;
  if (!t.range || !anchor) return false;
  return Date.parse(t.range.end) < Date.parse(anchor.slice(0, 10)) - BACKGROUND_DAYS * DAY_MS;
}

function inMetadata(t: TimeMention, a: Annotated): boolean {
  return insideAny(t, a.doc.metadataSpans);
}

function fromMention(t: TimeMention, how: EventDate['how']): EventDate {
  const r = t.range!;
  const p = t.precision;
  const precision: EventDate['precision'] = r.start === r.end ? 'day'
    : p === 'week' ? 'week' : p === 'month' ? 'month' : p === 'year' ? 'year' : 'range';
  return { start: r.start, end: r.end, precision, mention: t, how };
}
