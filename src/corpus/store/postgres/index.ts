// The Postgres backend of the store: one database shared by workers on many machines, chosen
// by a postgres:// URL (--db or SITREP_DB). Same tables, corroboration and queries as SQLite
// (see ./migrations.ts, ./writer.ts, ./query.ts); PostGIS for box queries where installed.
import pg from 'pg';
import { InputError } from '../../../errors.js';
// The row readers are the SQLite store's: the columns are the same.
import { documentFromRow, eventFromRow, reviewState, type DocumentRow, type EventRow } from '../sqlite/rows.js';
import { nextReview } from '../review.js';
import { displayLocation } from '../open.js';
import type {
  AuditEntry, EventDays, EventFilter, EventPage, GridCell, PageRequest, ReviewInput, SourceReport, Store, StoreCounts, StoreMode, StoredDocument, StoredEvent, WriteItem, WriteOutcome,
} from '../store.js';
import type { Report } from '../../types.js';
import { SCHEMA_VERSION, hasGeometry, migrate, schemaVersion } from './migrations.js';
import { EVENT_COLUMNS, eventDays, eventGrid, eventPage, streamEvents } from './query.js';
import { attachReport, reviewed, writeBatch } from './writer.js';

// BIGINT columns (row numbers, unix times) are far below 2^53: read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);

/** Transient conflicts between concurrent writers: the batch is redone from the start. */
const RETRY_CODES = new Set(['40P01', '40001']);
const RETRIES = 5;

export class PostgresStore implements Store {
  constructor(readonly location: string, private readonly pool: pg.Pool, private readonly mode: StoreMode, private readonly geometry: boolean) {}

  async hasInput(hash: string): Promise<boolean> {
    return ((await this.pool.query('SELECT 1 FROM inputs WHERE hash = $1', [hash])).rowCount ?? 0) > 0;
  }

  async writeBatch(items: WriteItem[]): Promise<WriteOutcome[]> {
    this.writable();
    return this.transaction((client) => writeBatch(client, items));
  }

  queryEvents(filter: EventFilter): AsyncIterable<StoredEvent> {
    const pool = this.pool, geometry = this.geometry;
    return (async function* () {
      const client = await pool.connect();
      try { yield* streamEvents(client, filter, geometry); } finally { client.release(); }
    })();
  }

  async eventPage(filter: EventFilter, page: PageRequest): Promise<EventPage> {
    return eventPage(this.pool, filter, page, this.geometry);
  }

  async eventDays(filter: EventFilter): Promise<EventDays> {
    return eventDays(this.pool, filter, this.geometry);
  }

  async eventGrid(filter: EventFilter, cell: number): Promise<GridCell[]> {
    return eventGrid(this.pool, filter, cell, this.geometry);
  }

  async addReport(report: Report): Promise<string> {
    this.writable();
    return this.transaction(async (client) => {
      if (!(await client.query('SELECT 1 FROM documents WHERE id = $1', [report.documentId])).rowCount) throw new InputError(`no document ${report.documentId} in ${this.location}`);
      if ((await client.query('SELECT 1 FROM event_sources WHERE report_id = $1', [report.record.id])).rowCount) throw new InputError(`report ${report.record.id} is already stored`);
      return attachReport(client, report);
    });
  }

  async eventReports(eventId: string): Promise<SourceReport[]> {
    const rows = (await this.pool.query('SELECT report_id, document_id, record FROM event_sources WHERE event_id = $1 ORDER BY report_id = (SELECT primary_report FROM events WHERE id = $1) DESC, report_id COLLATE "C"', [eventId])).rows;
    return rows.map((r) => ({ report_id: r.report_id, document_id: r.document_id, record: JSON.parse(r.record) }));
  }

  async countEvents(): Promise<StoreCounts> {
    const r = await this.pool.query('SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM documents) AS documents');
    return { events: r.rows[0].events, documents: r.rows[0].documents };
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const row = (await this.pool.query(`SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id WHERE e.id = $1`, [id])).rows[0] as EventRow | undefined;
    return row ? eventFromRow(row) : null;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = (await this.pool.query('SELECT * FROM documents WHERE id = $1', [id])).rows[0] as DocumentRow | undefined;
    return row ? documentFromRow(row) : null;
  }

  async reviewEvent(id: string, input: ReviewInput): Promise<StoredEvent> {
    this.writable();
    const now = new Date();
    await this.transaction(async (client) => {
      // The row lock keeps two reviewers of one event in order, each seeing the other's result.
      const row = (await client.query(`SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id WHERE e.id = $1 FOR UPDATE OF e`, [id])).rows[0] as EventRow | undefined;
      if (!row) throw new InputError(`no event ${id} in ${this.location}`);
      const { coded } = eventFromRow(row);
      const before = reviewState(row);
      const after = nextReview(coded, before, input, now);
      await client.query(`INSERT INTO reviews (event_id, status, edits, note, reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (event_id) DO UPDATE SET status = excluded.status, edits = excluded.edits, note = excluded.note,
          reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at`,
      [id, after.status, JSON.stringify(after.edits), after.note, after.by, now.getTime()]);
      const { sources: _sources, review: _review, ...merged } = coded;
      await reviewed(client, merged, after);
      await client.query('INSERT INTO audit_log (event_id, who, at, before, after) VALUES ($1, $2, $3, $4, $5)',
        [id, input.who.trim(), now.getTime(), JSON.stringify(before), JSON.stringify(after)]);
    });
    return (await this.getEvent(id))!;
  }

  async auditLog(eventId: string): Promise<AuditEntry[]> {
    const rows = (await this.pool.query('SELECT event_id, who, at, before, after FROM audit_log WHERE event_id = $1 ORDER BY id', [eventId])).rows;
    return rows.map((r) => ({ event_id: r.event_id, who: r.who, at: new Date(r.at).toISOString(), before: JSON.parse(r.before), after: JSON.parse(r.after) }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      for (let attempt = 1; ; attempt++) {
        await client.query('BEGIN');
        try {
          const result = await fn(client);
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          if (!RETRY_CODES.has((err as { code?: string }).code ?? '') || attempt >= RETRIES) throw err;
        }
      }
    } finally {
      client.release();
    }
  }

  private writable(): void {
    if (this.mode !== 'write') throw new InputError(`${this.location} was opened for reading only`);
  }
}

export async function openPostgresStore(url: string, mode: StoreMode): Promise<Store> {
  const location = displayLocation(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops must not crash the process.
  pool.on('error', () => undefined);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new InputError(`cannot connect to ${location}: ${(err as Error).message.split('\n')[0]}`);
  }
  let released = false;
  const release = () => { if (!released) { released = true; client.release(); } };
  try {
    if (mode === 'write') await migrate(client);
    else {
      const version = await schemaVersion(client);
      if (version === null) throw new InputError(`no sitrep store in ${location}: run "sitrep ingest --db ${location}" first`);
      if (version !== SCHEMA_VERSION) throw new InputError(`the store in ${location} has schema ${version}, this sitrep needs ${SCHEMA_VERSION}: run "sitrep ingest" once to upgrade it`);
    }
    const geometry = await hasGeometry(client);
    return new PostgresStore(location, pool, mode, geometry);
  } catch (err) {
    release();
    await pool.end().catch(() => undefined);
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot open the store in ${location}: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    release();
  }
}
