// One input item through the whole pipeline, into what the store keeps: the document, its
// mention layers and its event reports. Runs inside a worker thread.
import { buildDocument } from '../document/index.js';
import { annotate } from '../pipeline.js';
import { codeEvents } from '../events/index.js';
import { documentRecord, eventRecord } from '../assembly/index.js';
import type { DocumentRecord, Report } from './types.js';
import type { SourceItem } from './sources.js';

export interface MentionRow {
  kind: 'time' | 'place' | 'actor';
  start: number;
  end: number;
  text: string;
  value: string | null;
  detail: string;
}

export interface Analysis {
  document: DocumentRecord;
  mentions: MentionRow[];
  reports: Report[];
}

export function analyseItem(item: SourceItem): Analysis {
  const doc = buildDocument({
    text: item.text, format: item.format, what: item.what, id: item.id, published: item.published, title: item.title, url: item.url,
  });
  const a = annotate(doc);
  const reports = codeEvents(a).map((e, i): Report => ({
    record: eventRecord(e, a, i),
    documentId: doc.id,
    position: i,
    dateStated: e.date?.mention?.anchor === 'absolute',
  }));
  const mentions: MentionRow[] = [
    ...a.times.map((t) => ({ kind: 'time' as const, start: t.start, end: t.end, text: t.text, value: t.value, detail: JSON.stringify({ type: t.type, range: t.range, anchor: t.anchor, rule: t.rule }) })),
    ...a.places.map((p) => ({ kind: 'place' as const, start: p.start, end: p.end, text: p.text, value: p.name, detail: JSON.stringify({ lat: p.lat, lon: p.lon, geonames_id: p.geonames_id, country_code: p.country_code, admin1: p.admin1, feature: p.feature, rule: p.rule }) })),
    ...a.actors.map((m) => ({ kind: 'actor' as const, start: m.start, end: m.end, text: m.text, value: m.name, detail: JSON.stringify({ id: m.actorId, type: m.type, country: m.country, narrator: m.narrator, rule: m.rule }) })),
  ];
  return { document: documentRecord(a), mentions, reports };
}
