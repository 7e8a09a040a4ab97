// Resolves drafts in text order, so that each relative expression sees the anchors the text has
// set up to that point: the last narrated day and the quarter being discussed.
import type { TimeMention } from '../../model.js';
import { parseIso, type YMD } from '../calendar.js';
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
    if (r.anchor === 'absolute' && r.range && d.type === 'DATE') anchors.narrativePeriod = parseIso(r.range.start);
    const q = /^(\d{4})-Q([1-4])$/.exec(r.value);
    if (q && d.focus) { anchors.focusQuarter = { year: Number(q[1]), quarter: Number(q[2]) }; focusAt = d.end; }
  }
  return out;
}
