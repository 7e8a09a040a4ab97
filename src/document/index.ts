// Document stage: raw input (plain text or a saved web page) to a SourceDocument.
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../model.js';
import { InputError } from '../errors.js';
import { looksLikeHtml, reduceHtml } from './html.js';
import { readMetadata } from './metadata.js';
import { parseStandaloneDate } from '../time/index.js';
import { ISO_DAY, isValidDay } from './day.js';

export { decodeText } from './decode.js';
export { splitParagraphs } from './metadata.js';
export { isValidDay } from './day.js';
export { authorSpans } from './author.js';

export interface RawInput {
  text: string;
  /** 'auto' treats text that starts like a web page as HTML. */
  format: 'text' | 'html' | 'auto';
  /** Where the input came from, for messages ("report.txt", "line 4"). */
  what: string;
  id?: string | null;
  published?: string | null;
  title?: string | null;
  url?: string | null;
}


export function buildDocument(input: RawInput): SourceDocument {
  if (input.published != null && !isValidDay(input.published)) {
    throw new InputError(`${input.what}: published date "${input.published}" is not a real YYYY-MM-DD date`);
  }
  const isHtml = input.format === 'html' || (input.format === 'auto' && looksLikeHtml(input.text));
  const html = isHtml ? reduceHtml(input.text, input.what) : null;
  const text = html ? html.text : input.text;
  if (!text.trim()) throw new InputError(`${input.what} has no text`);
  const meta = readMetadata(text);
  const htmlDate = html?.publishedCandidates.map((d) => parseStandaloneDate(d)?.value ?? null).find((d) => d && ISO_DAY.test(d));
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    id,
    inputId: input.id ?? id,
    text,
    title: input.title ?? html?.title ?? meta.title,
    summary: meta.summary ?? html?.summary ?? null,
    author: meta.author ?? html?.author ?? null,
    url: input.url ?? html?.url ?? null,
    published: input.published ?? htmlDate ?? dayOrNull(meta.published),
    dateline: meta.dateline,
    followsPrevious: meta.followsPrevious,
    language: html?.language ?? null,
    metadataSpans: meta.metadataSpans,
  };
}

function dayOrNull(value: string | null): string | null {
  return value && ISO_DAY.test(value) ? value : null;
}

