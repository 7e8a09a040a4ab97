// A stand-in for the corpus' Store over the current SQLite schema: reads through the corpus'
// queries, keeps reviews and their audit trail in memory. Replaced by the corpus Store.
import { openStore, queryEvents, type Db } from '../corpus/index.js';
import { StoreWriter } from '../corpus/store/writer.js';
import { analyseItem } from '../corpus/analysis.js';
import { inputHash } from '../corpus/ingest.js';
import { InputError } from '../errors.js';
import type { AuditEntry, ReviewInput, StoredDocument, StoredEventRow, WorkbenchFilter, WorkbenchStore } from './store.js';

export function openSqliteAdapter(path: string): WorkbenchStore {
  const db: Db = openStore(path);
  const reviews = new Map<string, { status: string; set: Record<string, unknown> }>();
  const audit: AuditEntry[] = [];
  const apply = (row: StoredEventRow): StoredEventRow => {
    const r = reviews.get(row.event.id);
    if (r) { Object.assign(row.event, r.set); row.event.review = r.status; }
    return row;
  };
  return {
    async queryEvents(f: WorkbenchFilter) {
      const out: StoredEventRow[] = [];
      const inDocument = f.document
        ? new Set(db.prepare('SELECT event_id FROM event_sources WHERE document_id = ?').pluck().all(f.document) as string[])
        : null;
      const types = f.types?.map((t) => t.toLowerCase());
      try {
        for (const row of queryEvents(db, { ...f, types: undefined, limit: undefined })) {
          if (inDocument && !inDocument.has(row.event.id)) continue;
          apply(row);
          if (types && !types.includes(row.event.event_type.toLowerCase()) && !types.includes(row.event.sub_event_type.toLowerCase())) continue;
          if (f.review?.length && !f.review.includes(row.event.review as never)) continue;
          if (f.certainty?.length && !f.certainty.includes(row.event.certainty)) continue;
          out.push(row);
          if (f.limit && out.length >= f.limit) break;
        }
      } catch (err) {
        if (f.q && !(err instanceof InputError)) throw new InputError(`"${f.q}" is not a valid search (${(err as Error).message}); put phrases in double quotes`);
        throw err;
      }
      return out;
    },
    async getEvent(id) {
      const rowid = db.prepare('SELECT rowid FROM events WHERE id = ?').pluck().get(id) as number | undefined;
      if (rowid === undefined) return null;
      const record = db.prepare('SELECT record, updated_at FROM events WHERE id = ?').get(id) as { record: string; updated_at: number };
      const event = JSON.parse(record.record);
      event.review = 'unreviewed';
      const reports = (db.prepare('SELECT document_id, record FROM event_sources WHERE event_id = ? ORDER BY rowid').all(id) as { document_id: string; record: string }[])
        .map((r) => ({ document_id: r.document_id, record: JSON.parse(r.record) }));
      return { ...apply({ rowid, updatedAt: record.updated_at, event }), reports };
    },
    async getDocument(id) {
      return (db.prepare('SELECT id, source, title, url, published, text FROM documents WHERE id = ?').get(id) as StoredDocument | undefined) ?? null;
    },
    async reviewEvent(id, input: ReviewInput) {
      const row = await this.getEvent(id);
      if (!row) throw new Error(`no event ${id}`);
      const set = input.action === 'edit' ? input.set ?? {} : {};
      const before: Record<string, unknown> = { review: row.event.review };
      for (const k of Object.keys(set)) before[k] = (row.event as unknown as Record<string, unknown>)[k] ?? null;
      const status = input.action === 'accept' ? 'accepted' : input.action === 'reject' ? 'rejected' : 'edited';
      const prev = reviews.get(id)?.set ?? {};
      reviews.set(id, { status, set: { ...prev, ...set } });
      const entry: AuditEntry = { event_id: id, action: input.action, who: input.who, at: new Date().toISOString(), note: input.note ?? null, before, after: { review: status, ...set } };
      audit.push(entry);
      return entry;
    },
    async addDocument(doc) {
      const item = { what: doc.source, text: doc.text, format: doc.format, id: null, published: doc.published, title: doc.title, url: null };
      const analysis = analyseItem(item);
      const writer = new StoreWriter(db);
      const outcome = db.transaction(() => writer.write(inputHash(item), doc.source, analysis))();
      return { documentId: analysis.document.id, stored: outcome.newDocument };
    },
    async auditLog(id) {
      return audit.filter((a) => a.event_id === id);
    },
    async countEvents() {
      return {
        events: db.prepare('SELECT count(*) FROM events').pluck().get() as number,
        documents: db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
      };
    },
    async close() { db.close(); },
  };
}
