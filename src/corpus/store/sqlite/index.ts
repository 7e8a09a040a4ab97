// The SQLite backend of the store: one file beside the user's data, in-process, no server.
import Database from 'better-sqlite3';
import type { Db } from './database.js';
import type { Report } from '../../types.js';
import { openDatabase } from './database.js';
import { StoreWriter } from './writer.js';
import { eventDays, eventGrid, eventPage, queryEvents } from './query.js';
import { EVENT_COLUMNS, documentFromRow, eventFromRow, reviewState, type DocumentRow, type EventRow } from './rows.js';
import { nextReview } from '../review.js';
import { InputError } from '../../../errors.js';
import type {
  AuditEntry, EventDays, EventFilter, EventPage, GridCell, PageRequest, ReviewInput, SourceReport, Store, StoreCounts, StoreMode, StoredDocument, StoredEvent, WriteItem, WriteOutcome,
} from '../store.js';

export class SqliteStore implements Store {
  private readonly writer: StoreWriter | null;
  private readonly statements;
  /** Connections of the queries being read (see queryEvents). */
  private readonly readers = new Set<Db>();

  constructor(readonly location: string, private readonly db: Db, private readonly mode: StoreMode) {
    this.writer = mode === 'write' ? new StoreWriter(db) : null;
    this.statements = {
      event: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id WHERE e.id = ?`),
      document: db.prepare('SELECT * FROM documents WHERE id = ?'),
      hasReport: db.prepare('SELECT 1 FROM event_sources WHERE report_id = ?').pluck(),
      reports: db.prepare('SELECT report_id, document_id, record FROM event_sources WHERE event_id = ? ORDER BY rowid'),
      audit: db.prepare('SELECT event_id, who, at, before, after FROM audit_log WHERE event_id = ? ORDER BY id'),
      hasInput: db.prepare('SELECT 1 FROM inputs WHERE hash = ?').pluck(),
      events: db.prepare('SELECT count(*) FROM events').pluck(),
      documents: db.prepare('SELECT count(*) FROM documents').pluck(),
    };
  }

  async hasInput(hash: string): Promise<boolean> {
    return this.statements.hasInput.get(hash) !== undefined;
  }

  async writeBatch(items: WriteItem[]): Promise<WriteOutcome[]> {
    const writer = this.writable();
    // IMMEDIATE: take the write lock first, so a concurrent writer makes this wait, not fail.
    return this.db.transaction(() => items.map((i) => writer.write(i.hash, i.source, i.analysis))).immediate();
  }

  /**
   * A query streams from a connection of its own: while its rows are being read (an export,
   * a web page), the store's connection stays free for other calls, which SQLite would
   * otherwise refuse ("connection is busy"). In WAL mode the reader sees the store as it was
   * when the query began.
   */
  async *queryEvents(filter: EventFilter): AsyncIterable<StoredEvent> {
    const reader = new Database(this.location, { readonly: true, fileMustExist: true });
    this.readers.add(reader);
    try {
      reader.pragma('busy_timeout = 5000');
      yield* queryEvents(reader, filter);
    } finally {
      this.readers.delete(reader);
      reader.close();
    }
  }

  async eventPage(filter: EventFilter, page: PageRequest): Promise<EventPage> {
    return eventPage(this.db, filter, page);
  }

  async eventDays(filter: EventFilter): Promise<EventDays> {
    return eventDays(this.db, filter);
  }

  async eventGrid(filter: EventFilter, cell: number): Promise<GridCell[]> {
    return eventGrid(this.db, filter, cell);
  }

  async countEvents(): Promise<StoreCounts> {
    return { events: this.statements.events.get() as number, documents: this.statements.documents.get() as number };
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const row = this.statements.event.get(id) as EventRow | undefined;
    return row ? eventFromRow(row) : null;
  }

  async addReport(report: Report): Promise<string> {
    const writer = this.writable();
    return this.db.transaction(() => {
      if (!this.statements.document.get(report.documentId)) throw new InputError(`no document ${report.documentId} in ${this.location}`);
      if (this.statements.hasReport.get(report.record.id)) throw new InputError(`report ${report.record.id} is already stored`);
      return writer.attachReport(report).eventId;
    }).immediate();
  }

  async eventReports(eventId: string): Promise<SourceReport[]> {
    return (this.statements.reports.all(eventId) as { report_id: string; document_id: string; record: string }[])
      .map((r) => ({ report_id: r.report_id, document_id: r.document_id, record: JSON.parse(r.record) }));
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.statements.document.get(id) as DocumentRow | undefined;
    return row ? documentFromRow(row) : null;
  }

  async reviewEvent(id: string, input: ReviewInput): Promise<StoredEvent> {
    const writer = this.writable();
    const now = new Date();
    this.db.transaction(() => {
      const row = this.statements.event.get(id) as EventRow | undefined;
      if (!row) throw new InputError(`no event ${id} in ${this.location}`);
      const { coded } = eventFromRow(row);
      const before = reviewState(row);
      const after = nextReview(coded, before, input, now);
      writer.saveReview(id, after, now.getTime());
      const { sources: _sources, review: _review, ...merged } = coded;
      writer.reviewed(merged, after);
      writer.addAudit(id, input.who.trim(), now.getTime(), before, after);
    }).immediate();
    return (await this.getEvent(id))!;
  }

  async auditLog(eventId: string): Promise<AuditEntry[]> {
    return (this.statements.audit.all(eventId) as { event_id: string; who: string; at: number; before: string; after: string }[])
      .map((r) => ({ event_id: r.event_id, who: r.who, at: new Date(r.at).toISOString(), before: JSON.parse(r.before), after: JSON.parse(r.after) }));
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    for (const reader of this.readers) reader.close();
    this.readers.clear();
    if (this.mode === 'write') leaveWal(this.db);
    this.db.close();
  }

  private writable(): StoreWriter {
    if (!this.writer) throw new InputError(`${this.location} was opened for reading only`);
    return this.writer;
  }
}

/**
 * A store left in WAL mode cannot be read where its folder is read-only (readers must create
 * its -shm file), so the last writer to close switches it back to a rollback journal. While
 * another process has it open the switch is refused at once, and that process does it.
 */
function leaveWal(db: Db): void {
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
  } catch {
    // Another connection is open: it will switch when it closes.
  }
}

export async function openSqliteStore(path: string, mode: StoreMode): Promise<Store> {
  return new SqliteStore(path, openDatabase(path, mode), mode);
}
