// The store's schema as an ordered list of migrations. A database records the last one it
// has (PRAGMA user_version); opening it applies the newer ones, each in its own transaction.
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
    name: "the map's columns in one covering index, reviews by status",
    sql: `
      -- A map of 100,000 events reads this index in date order, never the records.
      CREATE INDEX events_map ON events(event_date, event_type, sub_event_type, country_code, country, lat, lon, fatalities, id);
      CREATE INDEX reviews_by_status ON reviews(status);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Applies the migrations the database does not have yet; returns how many ran. */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`schema version ${current} is newer than this sitrep knows (${SCHEMA_VERSION}); upgrade sitrep`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return pending.length;
}
