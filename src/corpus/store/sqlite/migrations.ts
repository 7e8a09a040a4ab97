// The store's schema as an ordered list of migrations. A database records the last one it
// has (PRAGMA user_version); opening it applies the newer ones, together in one transaction.
// Never edit a released migration: add the next one.
import type { Database } from 'better-sqlite3';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, mentions, events, event sources, reviews, full-text search',
    sql: `
      CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,            -- content hash of text (the record's document.id)
        source TEXT NOT NULL,               -- where it was first read: file, file#line 4, file#item 2
        title TEXT, summary TEXT, author TEXT, url TEXT,
        published TEXT, dateline_place TEXT, dateline_date TEXT, language TEXT,
        text TEXT NOT NULL,
        ingested_at INTEGER NOT NULL        -- unix seconds
      );
      -- Every input already ingested, by a hash of its raw content and metadata: a re-run skips it.
      CREATE TABLE inputs (
        hash TEXT PRIMARY KEY,
        document_id TEXT NOT NULL,
        source TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TABLE mentions (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('time', 'place', 'actor')),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,                         -- TIMEX3 value, place name, actor name
        detail TEXT                         -- JSON: the rest of the mention
      );
      CREATE INDEX mentions_by_document ON mentions(document_id);
      -- One row per corroborated event; record holds the merged event record (JSON).
      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,          -- the number in ACLED's event_id_cnty
        id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        event_date TEXT,
        lat REAL, lon REAL,
        country_code TEXT, country TEXT,
        actors TEXT NOT NULL,               -- actor names, for --actor
        fatalities INTEGER NOT NULL,        -- ACLED's lowest reported figure
        fatalities_high INTEGER NOT NULL,
        source_count INTEGER NOT NULL,
        record TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX events_by_date ON events(event_date);
      CREATE INDEX events_by_type_date ON events(sub_event_type, event_date);
      CREATE INDEX events_by_place ON events(lat, lon);
      -- Each document's own record of an event it reports, tied to the corroborated event.
      CREATE TABLE event_sources (
        report_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL,          -- salience rank within its document
        date_stated INTEGER NOT NULL,       -- 1 when the text gives the date in full
        record TEXT NOT NULL
      );
      CREATE INDEX event_sources_by_event ON event_sources(event_id);
      CREATE INDEX event_sources_by_document ON event_sources(document_id);
      CREATE TABLE reviews (
        event_id TEXT PRIMARY KEY REFERENCES events(id),
        status TEXT NOT NULL DEFAULT 'unreviewed' CHECK (status IN ('unreviewed', 'accepted', 'rejected', 'edited')),
        note TEXT,
        reviewed_at INTEGER
      );
    `,
  },
  {
    version: 2,
    name: 'review edits and reviewer, audit log',
    sql: `
      -- edits: JSON object of field -> value a reviewer set; the coded record stays in events.record.
      ALTER TABLE reviews ADD COLUMN edits TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE reviews ADD COLUMN reviewed_by TEXT;
      -- Every review, with the review state before and after it (JSON). reviewed_at and at are unix ms.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        who TEXT NOT NULL,
        at INTEGER NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_event ON audit_log(event_id, id);
    `,
  },
  {
    version: 3,
    name: 'sources as rows: events.record no longer embeds them; corroboration keys per source',
    sql: `
      -- The report whose record informs the event (its first source).
      ALTER TABLE events ADD COLUMN primary_report TEXT;
      UPDATE events SET primary_report = record ->> '$.sources[0].report_id', record = json_remove(record, '$.sources');
      -- What corroboration compares of the report (JSON, see ReportKey in corroboration.ts).
      ALTER TABLE event_sources ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
      UPDATE event_sources SET match_key = json_object(
        'event_type', record ->> '$.event_type', 'sub_event_type', record ->> '$.sub_event_type',
        'date', CASE WHEN record ->> '$.date' IS NULL THEN NULL ELSE json_object('start', record ->> '$.date.start', 'end', record ->> '$.date.end') END,
        'location', CASE WHEN record ->> '$.location' IS NULL THEN NULL ELSE json_object('lat', record ->> '$.location.lat', 'lon', record ->> '$.location.lon') END,
        'actor1', CASE WHEN record ->> '$.actor1' IS NULL THEN NULL ELSE json_object('id', record ->> '$.actor1.id', 'name', record ->> '$.actor1.name', 'type', record ->> '$.actor1.type') END,
        'actor2', CASE WHEN record ->> '$.actor2' IS NULL THEN NULL ELSE json_object('id', record ->> '$.actor2.id', 'name', record ->> '$.actor2.name', 'type', record ->> '$.actor2.type') END,
        'dateStated', json(CASE WHEN date_stated THEN 'true' ELSE 'false' END));
      -- An event's distinct keys are read by seeking this index, one step per distinct key.
      DROP INDEX event_sources_by_event;
      CREATE INDEX event_sources_by_event_key ON event_sources(event_id, match_key);
    `,
  },
  {
    version: 4,
    name: "the map's columns in one covering index, reviews by status",
    sql: `
      -- A map of 100,000 events reads this index in date order, never the records.
      CREATE INDEX events_map ON events(event_date, event_type, sub_event_type, country_code, country, lat, lon, fatalities, id);
      CREATE INDEX reviews_by_status ON reviews(status);
    `,
  },
  {
    version: 5,
    name: 'certainty and review status as event columns; covering indexes for the workbench filters; documents to events by row number',
    sql: `
      -- As they stand after review (a reviewer's certainty over the coded one), like the other search columns.
      ALTER TABLE events ADD COLUMN certainty TEXT;
      ALTER TABLE events ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed';
      UPDATE events SET
        certainty = coalesce((SELECT r.edits ->> '$.certainty' FROM reviews r WHERE r.event_id = events.id), record ->> '$.certainty'),
        review = coalesce((SELECT r.status FROM reviews r WHERE r.event_id = events.id), 'unreviewed');
      -- Every filter but the text search is answered from one of these, never from the records:
      -- in date order (lists, counts, the timeline) or by place (the map of a box).
      -- (events_filter leads with the date too: a narrower date index only tempts the planner into reading records.)
      DROP INDEX events_map;
      DROP INDEX events_by_place;
      DROP INDEX events_by_date;
      CREATE INDEX events_filter ON events(event_date, event_type, sub_event_type, country_code, country, certainty, review, fatalities, lat, lon, actors, id);
      CREATE INDEX events_geo ON events(lat, lon, event_date, event_type, sub_event_type, country_code, country, certainty, review, fatalities, actors, id);
      -- Reviewed events and those not plainly reported are the few: their filters read only these
      -- (the queries repeat each WHERE condition, so that SQLite may use the partial index).
      CREATE INDEX events_reviewed ON events(review, event_date, event_type, sub_event_type, country_code, country, certainty, fatalities, lat, lon, actors, id)
        WHERE review != 'unreviewed';
      CREATE INDEX events_uncertain ON events(certainty, event_date, event_type, sub_event_type, country_code, country, review, fatalities, lat, lon, actors, id)
        WHERE certainty != 'reported';
      -- Which events each document reports, by row numbers: a text search goes from the
      -- full-text index's document rows to event rows without reading either table.
      CREATE TABLE document_events (
        document_rowid INTEGER NOT NULL,
        event_rowid INTEGER NOT NULL,
        PRIMARY KEY (document_rowid, event_rowid)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO document_events (document_rowid, event_rowid)
        SELECT d.rowid, e.rowid FROM event_sources es JOIN documents d ON d.id = es.document_id JOIN events e ON e.id = es.event_id;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** An SQLite database with tables but no sitrep schema: another application's, not to be touched. */
export class ForeignDatabase extends Error {}

/**
 * Applies the migrations the database does not have yet, all in one IMMEDIATE transaction
 * that first re-reads the version: two processes opening a new store at once do not both
 * create it; the second waits (busy timeout) and then finds it done. Returns how many ran.
 */
export function migrate(db: Database): number {
  const pending = (): Migration[] => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(`schema version ${current} is newer than this sitrep knows (${SCHEMA_VERSION}); upgrade sitrep`);
    }
    if (current === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined) throw new ForeignDatabase();
    return MIGRATIONS.filter((m) => m.version > current);
  };
  if (!pending().length) return 0;
  return db.transaction(() => {
    const todo = pending();
    for (const m of todo) db.exec(m.sql);
    if (todo.length) db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return todo.length;
  }).immediate();
}
