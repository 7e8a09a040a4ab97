// Reads the head of a report for what it says about itself: title, standfirst, byline,
// dateline and whether it continues an earlier post. Each recogniser looks at one
// paragraph; the first paragraphs of a post are where such lines live.
import type { Dateline, Span } from '../model.js';
import { parseStandaloneDate } from '../time/index.js';

export interface TextMetadata {
  title: string | null;
  summary: string | null;
  author: string | null;
  published: string | null;
  dateline: Dateline | null;
  followsPrevious: boolean;
  metadataSpans: Span[];
}

interface Paragraph extends Span {
  index: number;
}

/** How far into the text a byline or dateline may stand. */
const HEAD_PARAGRAPHS = 8;

const BYLINE_SUBMITTED = /^(?:submitted|posted|published|written|filed)\s+by\s+(.+?)\s+on\s+(.+?)\.?$/i;
const BYLINE_BY = /^by\s+([\p{Lu}][\p{L}.'’ -]{1,60}?)(?:\s*(?:[,|–—]|\s-\s|\bon\b)\s*(.+?))?\.?$/iu;
const PUBLISHED_LINE = /^(?:published|posted|updated|date)\s*(?:on|:)?\s+(.+?)\.?$/i;
/** "GOMA, Democratic Republic of Congo, 15 February 2024 —": a city in capitals, then place or date parts. */
const WIRE_DATELINE = /^(\p{Lu}[\p{Lu} .'’-]{1,40}?)((?:,\s*[^,—–\n()]{2,40}?)*)\s*(?:\([^)]{1,30}\))?\s*(?:[—–]|\s-\s|:\s)/u;
/** "Kupiansk, Kharkiv region, 2 March 2024. The shells..." — a place and a date opening the story. */
const LEAD_DATELINE = /^(\p{Lu}[^,.\n]{1,40}(?:,\s*[^,.\n]{2,40}){0,2}),\s*([^,.—–\n]{4,30}?(?:,\s*\d{4})?)\s*(?:\.\s|[—–]\s?|\s-\s|:\s)/u;
const FOLLOW_UP = /\b(?:follow(?:s|ing)?[- ]?up\s+(?:of|to|on)|continu(?:es|ed|ing|ation\s+of)(?:\s+from)?|sequel\s+to|part\s+(?:two|three|four|2|3|4)\s+of)\b[^.\n]{0,40}\b(?:previous|last|earlier|former|first)\s+(?:post|article|entry|report|story|piece|dispatch|letter|instal?ment)/i;

export function readMetadata(text: string): TextMetadata {
  const paragraphs = splitParagraphs(text);
  const meta: TextMetadata = {
    title: null, summary: null, author: null, published: null, dateline: null,
    followsPrevious: false, metadataSpans: [],
  };
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS);
  let bodyStarts = 0;
  for (const p of head) {
    if (readByline(p, meta) || readDateline(p, meta)) {
      meta.metadataSpans.push(p);
      bodyStarts = p.index + 1;
    }
  }
  const first = paragraphs[0];
  if (first && isHeadline(first.text) && !meta.metadataSpans.includes(first)) {
    meta.title = first.text.trim();
    meta.metadataSpans.push(first);
    const second = paragraphs[1];
    // A standfirst: one short paragraph between the title and the byline or dateline.
    if (second && second.index < bodyStarts && !meta.metadataSpans.includes(second) && isStandfirst(second.text)) {
      meta.summary = second.text.trim();
    }
  }
  meta.followsPrevious = head.some((p) => FOLLOW_UP.test(p.text));
  meta.metadataSpans.sort((a, b) => a.start - b.start);
  return meta;
}

function readByline(p: Paragraph, meta: TextMetadata): boolean {
  const line = p.text.trim();
  if (line.includes('\n') || line.length > 160) return false;
  const submitted = BYLINE_SUBMITTED.exec(line);
  if (submitted) {
    meta.author ??= submitted[1].trim();
    meta.published ??= parseStandaloneDate(submitted[2])?.value ?? null;
    return true;
  }
  const by = BYLINE_BY.exec(line);
  if (by && /^by\s/i.test(line)) {
    meta.author ??= by[1].trim();
    if (by[2]) meta.published ??= parseStandaloneDate(by[2])?.value ?? null;
    return true;
  }
  const published = PUBLISHED_LINE.exec(line);
  const date = published ? parseStandaloneDate(published[1]) : null;
  if (date) {
    meta.published ??= date.value;
    return true;
  }
  return false;
}

/** "Idlib South front, Octobre 4th 2019" on a line of its own, or a wire "MOSUL, Iraq —". */
function readDateline(p: Paragraph, meta: TextMetadata): boolean {
  if (meta.dateline) return false;
  const line = p.text.trim();
  const comma = line.indexOf(',');
  if (!line.includes('\n') && line.length <= 100 && comma > 1) {
    const place = line.slice(0, comma).trim();
    const date = parseStandaloneDate(line.slice(comma + 1).trim().replace(/[.:]$/, ''));
    if (date && /^\p{Lu}/u.test(place) && !/\d/.test(place)) {
      meta.dateline = { place, date: date.value, span: { start: p.start, end: p.end, text: p.text } };
      return true;
    }
  }
  const wire = WIRE_DATELINE.exec(line);
  if (wire) {
    const parts = wire[2].split(',').map((x) => x.trim()).filter(Boolean);
    const dates = parts.map((x) => parseStandaloneDate(x));
    const placeParts = [titleCase(wire[1].trim()), ...parts.filter((_, i) => !dates[i])];
    const date = dates.find((d) => d)?.value ?? null;
    const span = { start: p.start, end: p.start + wire[0].length, text: p.text.slice(0, wire[0].length) };
    meta.dateline = { place: placeParts.join(', '), date, span };
    // The rest of the paragraph is the story itself: only the dateline words are metadata.
    meta.metadataSpans.push(span);
    return false;
  }
  const lead = LEAD_DATELINE.exec(line);
  const leadDate = lead ? parseStandaloneDate(lead[2].trim()) : null;
  if (lead && leadDate && !/\d/.test(lead[1])) {
    const span = { start: p.start, end: p.start + lead[0].length, text: p.text.slice(0, lead[0].length) };
    meta.dateline = { place: lead[1].trim(), date: leadDate.value, span };
    meta.metadataSpans.push(span);
  }
  return false;
}

function isHeadline(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.length >= 3 && t.length <= 200 && !/[.:;,]$/.test(t) && /\p{L}/u.test(t);
}

function isStandfirst(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.length <= 300 && !BYLINE_SUBMITTED.test(t) && !/^by\s/i.test(t);
}

function titleCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase()) : s;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: out.length });
  }
  return out;
}
