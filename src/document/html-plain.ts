// A cheap, linear scan of a page's tags (indexOf, no tree, no regular expression that can
// backtrack): how deep its elements nest, and, when asked, its text as paragraphs with the
// metadata its head states. The article extractor's cost grows steeply with nesting (a page
// nested 2,000 levels deep took minutes), so a page nested deeper than MAX_HTML_DEPTH is read
// from this scan instead.
import { createRequire } from 'node:module';
import type { decodeHTML as DecodeHTML } from 'entities/decode';

// The entity tables cost a one-file run of plain text about 15 ms to load: only pages pay for them.
let decoder: typeof DecodeHTML | null = null;
const decodeHTML: typeof DecodeHTML = (text, mode) => {
  decoder ??= (createRequire(import.meta.url)('entities/decode') as { decodeHTML: typeof DecodeHTML }).decodeHTML;
  return decoder(text, mode);
};

/**
 * Deeper than any real article page. Measured: linkedom and Readability take about 0.4 s at
 * 100 levels, 1.2 s at 256, 9 s at 512, minutes at 2,000.
 */
export const MAX_HTML_DEPTH = 256;

export const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
export const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'BUTTON', 'SELECT']);
/** Elements that never hold others, and those whose end tag may be left out: neither nests. */
const NOT_NESTING = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'PARAM', 'SOURCE', 'TRACK', 'WBR',
  'P', 'LI', 'DT', 'DD', 'TR', 'TD', 'TH', 'OPTION', 'OPTGROUP', 'THEAD', 'TBODY', 'TFOOT', 'COLGROUP', 'RB', 'RT', 'RP', 'HTML', 'HEAD', 'BODY']);
/** Their content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['SCRIPT', 'STYLE', 'TITLE', 'TEXTAREA', 'XMP', 'NOSCRIPT', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'PLAINTEXT']);

export interface PlainPage {
  /** The deepest nesting of elements met. */
  depth: number;
  blocks: string[];
  title: string | null;
  /** Meta tags by name, property or itemprop (lower case), first value kept; <time datetime> as "time". */
  meta: Map<string, string>;
  canonical: string | null;
  language: string | null;
}

/** The page's nesting depth; with `withText`, its text and metadata too. */
export function scanHtml(html: string, withText = false): PlainPage {
  const page: PlainPage = { depth: 0, blocks: [], title: null, meta: new Map(), canonical: null, language: null };
  const lower = html.toLowerCase();
  const n = html.length;
  let depth = 0, hidden = 0, current: string[] = [], title = '';
  const text = (s: string) => { if (withText && !hidden) current.push(s); };
  const flush = () => {
    if (!withText) return;
    const t = clean(decodeHTML(current.join('')));
    if (t) page.blocks.push(t);
    current = [];
  };
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { text(html.slice(i)); break; }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) { text(html.slice(lt)); break; }
    const tag = /^(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(lt + 1, Math.min(gt, lt + 64)));
    if (!tag) {
      // <!DOCTYPE>, <?xml?>: not elements. A "<" before anything else is text.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') i = gt + 1;
      else { text('<'); i = lt + 1; }
      continue;
    }
    const name = tag[2].toUpperCase();
    const closing = tag[1] === '/';
    const selfClosing = html[gt - 1] === '/';
    i = gt + 1;
    if (closing) {
      if (!NOT_NESTING.has(name) && depth > 0) depth--;
      if (NEVER_TEXT.has(name) && hidden > 0) hidden--;
      if (BLOCKS.has(name)) flush();
      continue;
    }
    if (!NOT_NESTING.has(name) && !selfClosing && ++depth > page.depth) page.depth = depth;
    if (BLOCKS.has(name)) flush();
    if (withText) readAttributes(page, name, html.slice(lt + 1 + tag[0].length, gt));
    if (name === 'BODY') hidden = 0;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const end = lower.indexOf(`</${name.toLowerCase()}`, i);
      const stop = end < 0 ? n : end;
      if (name === 'TITLE') title += html.slice(i, stop);
      else if (name === 'TEXTAREA' || name === 'XMP' || name === 'PLAINTEXT') text(html.slice(i, stop));
      if (!NOT_NESTING.has(name)) depth--;
      const gtEnd = end < 0 ? -1 : html.indexOf('>', end);
      i = gtEnd < 0 ? n : gtEnd + 1;
      continue;
    }
    if (NEVER_TEXT.has(name) && !selfClosing) hidden++;
  }
  flush();
  page.title = clean(decodeHTML(title)) || null;
  return page;
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function readAttributes(page: PlainPage, name: string, source: string): void {
  if (name !== 'META' && name !== 'LINK' && name !== 'HTML' && name !== 'TIME' || source.length > 4096) return;
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) attrs.set(m[1].toLowerCase(), decodeHTML(m[2] ?? m[3] ?? m[4] ?? '').trim());
  if (name === 'META') {
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    const content = attrs.get('content');
    if (key && content && !page.meta.has(key)) page.meta.set(key, content);
  } else if (name === 'LINK' && /\bcanonical\b/i.test(attrs.get('rel') ?? '')) page.canonical ??= attrs.get('href') || null;
  else if (name === 'HTML') page.language ??= attrs.get('lang') || null;
  else if (name === 'TIME' && attrs.get('datetime') && !page.meta.has('time')) page.meta.set('time', attrs.get('datetime')!);
}

function clean(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
}
