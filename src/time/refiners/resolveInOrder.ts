// Resolves drafts in text order, so that each relative expression sees the anchors the text has
// set up to that point: the last narrated day and the quarter being discussed.
import type { TimeMention } from '../../model.js';
import { fmt as fmtDay, parseIso, type YMD } from '../calendar.js';
import { clauseTense } from '../tense.js';
import type { Anchors, Draft } from '../types.js';

/** How far (in characters) a quarter named by the text stays the one "the quarter" refers to. */
const FOCUS_REACH = 1000;

export function resolveInOrder(drafts: Draft[], text: string, published: string | null, dateline: string | null): TimeMention[] {
  const datelineDay = parseIso(dateline);
  const publishedDay = parseIso(published);
  const speech: YMD | null = datelineDay ?? publishedDay;
  const anchors: Anchors = {
    speech,
    speechKind: datelineDay ? 'dateline' : publishedDay ? 'published' : 'none',
    narrative: null,
    narrativePeriod: null,
    focusQuarter: null,
    tense: 'past',
  };
  const out: TimeMention[] = [];
  let focusAt = -Infinity;
  for (const d of drafts) {
    // a quarter stays in focus for a few paragraphs; news digests change subject quickly
    if (d.start - focusAt > FOCUS_REACH) anchors.focusQuarter = null;
    anchors.tense = clauseTense(text, d.start, d.end);
    const r = d.resolve(anchors);
    out.push({ start: d.start, end: d.end, text: text.slice(d.start, d.end), type: d.type, ...r, rule: d.rule });
    // a day the text names becomes the narrated day; a quarter it names becomes the quarter in focus
    if (d.type !== 'DURATION' && d.type !== 'SET' && r.range && (r.precision === 'day' || r.precision === 'time')) {
      anchors.narrative = parseIso(r.range.start);
    }
    // a period the text names ("in March 2003", "In May") is what "the following month" steps from;
    // deictic periods ("last month") and vague ones are not narrated periods
    if (r.range && d.type === 'DATE' && (r.anchor === 'absolute' || /^(month-name|season|numbered-quarter|holiday)/.test(d.rule))) anchors.narrativePeriod = parseIso(r.range.start);
    const q = /^(\d{4})-Q([1-4])$/.exec(r.value);
    // only a quarter that is over can be the one reported on: "fourth-quarter charges" in an October
    // story, or "the third quarter of 2004", are forecasts, not the period later comparisons refer to
    if (q && d.focus && (d.over || !r.range || !speech || r.range.end < fmtDay(speech))) { anchors.focusQuarter = { year: Number(q[1]), quarter: Number(q[2]) }; focusAt = d.end; }
    // after "the first nine months", "a year earlier" compares the year to date, not the quarter
    if (d.unfocus) anchors.focusQuarter = null;
  }
  return out;
}
