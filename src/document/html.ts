// A saved web page reduced to its article text plus the metadata the page states.
// Readability finds the article but drops byline lines ("Submitted by X on DATE"),
// so those and the meta tags are read from the page before Readability runs.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { InputError } from '../errors.js';
import { oneLine } from '../text/terminal.js';
import { BLOCKS, MAX_HTML_DEPTH, NEVER_TEXT, scanHtml } from './html-plain.js';

// The DOM libraries cost a third of a second to load: only HTML input pays for them.
const require = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | null = null;
function loadDom() {
  dom ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  return dom;
}
const parseHTML: typeof ParseHTML = (...args) => loadDom().parseHTML(...args);

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

const BYLINE_LINE = /^(?:(?:submitted|posted|published|written)\s+by\s+\S.{0,80}?\s+on\s+\S.{2,40}|by\s+[A-Z][^\n]{1,80})$/i;

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    /<\/(?:p|div|article|body)>/i.test(text.slice(0, 20000));
}

export function reduceHtml(html: string, what: string): HtmlArticle {
  // The DOM and the article extractor slow down steeply with nesting: a page nested deeper
  // than any real article is read by the linear scan instead.
  const depth = scanHtml(html).depth;
  if (depth > MAX_HTML_DEPTH) return plainArticle(html, what, depth);
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
  const copy = parseHTML(html).document;
  removeFurniture(copy);
  const article = new (loadDom().Readability)(copy as unknown as Document, { charThreshold: 200 }).parse();
  const blocks = article?.content ? blockTexts(parseHTML(`<html><body>${article.content}</body></html>`).document)
    : blockTexts(document, true);
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

/** The page read without a DOM: its text as paragraphs and the metadata of its head. */
function plainArticle(html: string, what: string, depth: number): HtmlArticle {
  process.stderr.write(`sitrep: warning: ${oneLine(what)} nests its HTML ${depth} levels deep (over ${MAX_HTML_DEPTH}); read as plain text, without article extraction\n`);
  const page = scanHtml(html, true);
  const meta = (...keys: string[]) => keys.map((k) => page.meta.get(k)).find((v) => v) ?? null;
  if (page.blocks.length === 0) throw new InputError(`${what} is HTML with no text in it`);
  const title = meta('og:title') ?? page.title;
  const head = title && page.blocks[0] !== title ? [title] : [];
  return {
    text: [...head, ...page.blocks].join('\n\n'),
    title,
    summary: meta('description', 'og:description'),
    author: meta('author', 'article:author'),
    publishedCandidates: ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'time'].map((k) => page.meta.get(k)).filter((v): v is string => !!v),
    url: page.canonical ?? meta('og:url'),
    language: page.language,
  };
}

function findBylineLine(document: ReturnType<typeof parseHTML>['document']): string | null {
  for (const el of document.querySelectorAll('p, div, span, li, footer, header, address, small')) {
    const text = clean(el.textContent ?? '');
    if (text.length > 0 && text.length <= 140 && BYLINE_LINE.test(text)) return text;
  }
  return null;
}

/** Page furniture, skipped when Readability found no article and the whole body is read. */
const FURNITURE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER']);
const FURNITURE_CLASS = /\b(?:cookie|consent|banner|subscribe|newsletter|share|social|sidebar|related|comments?|breadcrumbs?|menu|advert|promo)\b/i;

/**
 * The text of a tree as paragraphs: a break at every block boundary, so even broken markup
 * ("<p>one<b>two<p>three") comes out as the paragraphs a reader sees.
 */
function blockTexts(document: ReturnType<typeof parseHTML>['document'], skipFurniture = false): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = clean(current);
    if (text) out.push(text);
    current = '';
  };
  type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode>; getAttribute?: (n: string) => string | null };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (NEVER_TEXT.has(name)) return;
    if (skipFurniture && (FURNITURE.has(name) || FURNITURE_CLASS.test(`${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`))) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk((document.body ?? document) as unknown as DomNode);
  flush();
  return out;
}

/** Cookie banners, menus and footers are never the article, whatever Readability would guess. */
function removeFurniture(document: ReturnType<typeof parseHTML>['document']): void {
  for (const el of Array.from(document.querySelectorAll('nav, footer, aside, form, script, style, noscript, [class], [id]'))) {
    const name = el.nodeName.toUpperCase();
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE.has(name) && name !== 'HEADER' || NEVER_TEXT.has(name) || FURNITURE_CLASS.test(label)) el.remove();
  }
}

function clean(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}
