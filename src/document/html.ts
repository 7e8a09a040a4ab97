// A saved web page reduced to its article text plus the metadata the page states.
// Readability finds the article but drops byline lines ("Submitted by X on DATE"),
// so those and the meta tags are read from the page before Readability runs.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputError } from '../errors.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  summary: string | null;
  author: string | null;
  /** Raw date strings the page states, most trustworthy first. */
  publishedCandidates: string[];
  url: string | null;
  language: string | null;
}

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';
const BYLINE_LINE = /^(?:(?:submitted|posted|published|written)\s+by\s+\S.{0,80}?\s+on\s+\S.{2,40}|by\s+[A-Z][^\n]{1,80})$/i;

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    /<\/(?:p|div|article|body)>/i.test(text.slice(0, 20000));
}

export function reduceHtml(html: string, what: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string, attr = 'content'): string | null => {
    const value = document.querySelector(selector)?.getAttribute(attr)?.trim();
    return value ? value : null;
  };
  const pageTitle = clean(document.querySelector('title')?.textContent ?? '');
  const h1 = clean(document.querySelector('article h1, h1')?.textContent ?? '');
  const title = meta('meta[property="og:title"]') ?? (h1 || null) ?? (pageTitle || null);
  const publishedCandidates = [
    meta('meta[property="article:published_time"]'),
    meta('meta[itemprop="datePublished"]'),
    meta('meta[name="date"]'),
    meta('meta[name="pubdate"]'),
    meta('meta[name="dc.date"]') ?? meta('meta[name="DC.date"]'),
    meta('time[datetime]', 'datetime'),
  ].filter((v): v is string => v !== null);
  const bylineLine = findBylineLine(document);
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const summary = meta('meta[name="description"]') ?? meta('meta[property="og:description"]');
  const url = meta('link[rel="canonical"]', 'href') ?? meta('meta[property="og:url"]');
  const language = document.documentElement?.getAttribute('lang') ?? null;

  // Readability rewrites the tree it is given, so it gets its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  const blocks = article?.content ? blockTexts(parseHTML(`<html><body>${article.content}</body></html>`).document)
    : blockTexts(document);
  if (blocks.length === 0) throw new InputError(`${what} is HTML with no article text in it`);

  const head: string[] = [];
  if (title && clean(blocks[0]) !== title) head.push(title);
  if (bylineLine && !blocks.some((b) => b.includes(bylineLine))) head.push(bylineLine);
  return {
    text: [...head, ...blocks].join('\n\n'),
    title,
    summary,
    author: author ?? (article?.byline ? clean(article.byline) : null),
    publishedCandidates,
    url,
    language,
  };
}

function findBylineLine(document: ReturnType<typeof parseHTML>['document']): string | null {
  for (const el of document.querySelectorAll('p, div, span, li, footer, header, address, small')) {
    const text = clean(el.textContent ?? '');
    if (text.length > 0 && text.length <= 140 && BYLINE_LINE.test(text)) return text;
  }
  return null;
}

function blockTexts(document: ReturnType<typeof parseHTML>['document']): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCK_SELECTOR)) {
    // Nested blocks (a <p> inside an <li>) are read once, at the innermost level.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    const text = clean(el.textContent ?? '');
    if (text) out.push(text);
  }
  if (out.length === 0) {
    const body = clean(document.body?.textContent ?? '');
    if (body) out.push(body);
  }
  return out;
}

function clean(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}
