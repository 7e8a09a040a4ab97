// RSS 2.0 and Atom feeds into items. Feeds come from strangers: a feed that declares its own
// XML entities is refused outright (the "billion laughs" expansion bomb needs them), and the
// parser's own limits stay on for the standard ones.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { htmlFragmentToText } from './html-text.js';

export interface FeedItem {
  title: string | null;
  url: string | null;
  published: string | null;
  /** Plain text of the item's content or summary. */
  text: string;
  guid: string | null;
}

/** Starts like an RSS or Atom document (after an optional XML declaration and comments). */
export function looksLikeFeed(head: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

export function parseFeed(xml: string, what: string): FeedItem[] {
  if (/<!ENTITY/i.test(xml)) {
    throw new InputError(`${what}: the feed declares its own XML entities (<!ENTITY>); refused, as entity expansion can exhaust memory`);
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(`${what} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    processEntities: { enabled: true, maxTotalExpansions: 1_000_000, maxExpandedLength: 10_000_000 },
    htmlEntities: true,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
    parseTagValue: false,
    trimValues: true,
  });
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`${what} could not be read as a feed: ${(err as Error).message.split('\n')[0]}`);
  }
  const rss = tree.rss as { channel?: { item?: unknown[] } } | undefined;
  const rdf = tree['rdf:RDF'] as { item?: unknown[] } | undefined;
  const atom = tree.feed as { entry?: unknown[] } | undefined;
  if (rss) return (rss.channel?.item ?? []).map((i) => rssItem(i as Record<string, unknown>));
  if (rdf) return (rdf.item ?? []).map((i) => rssItem(i as Record<string, unknown>));
  if (atom) return (atom.entry ?? []).map((e) => atomEntry(e as Record<string, unknown>));
  throw new InputError(`${what} is XML but neither an RSS nor an Atom feed`);
}

function rssItem(i: Record<string, unknown>): FeedItem {
  const body = textOf(i['content:encoded']) ?? textOf(i.description) ?? '';
  const link = Array.isArray(i.link) ? textOf(i.link[0]) : textOf(i.link);
  return {
    title: cleanTitle(textOf(i.title)),
    url: link,
    published: day(textOf(i.pubDate) ?? textOf(i['dc:date'])),
    text: htmlFragmentToText(body),
    guid: textOf(i.guid),
  };
}

function atomEntry(e: Record<string, unknown>): FeedItem {
  const links = (Array.isArray(e.link) ? e.link : []) as Record<string, unknown>[];
  const link = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  const body = textOf(e.content) ?? textOf(e.summary) ?? '';
  return {
    title: cleanTitle(textOf(e.title)),
    url: link ? (link['@href'] as string | undefined) ?? null : null,
    published: day(textOf(e.published) ?? textOf(e.updated)),
    text: htmlFragmentToText(body),
    guid: textOf(e.id),
  };
}

function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || null;
  if (typeof node === 'object') return textOf((node as Record<string, unknown>)['#text']);
  return null;
}

function cleanTitle(title: string | null): string | null {
  return title ? htmlFragmentToText(title).replace(/\s+/g, ' ').trim() || null : null;
}

/** RFC 822 (RSS) or ISO 8601 (Atom) to YYYY-MM-DD, in the date's own time zone when it gives one. */
function day(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const zone = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) * 60_000 : 0;
  return new Date(ms + offset).toISOString().slice(0, 10);
}
