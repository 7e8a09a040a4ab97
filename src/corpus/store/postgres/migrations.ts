// The Postgres store's schema: the same tables and meanings as the SQLite store's, in
// Postgres' types. Migrations run in one transaction under an advisory lock, so that several
// workers opening a new database at once apply them exactly once (the others wait, then find
// them done). Never edit a released migration: add the next one.
import type { PoolClient } from 'pg';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any fixed number: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 0x5173_0001;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, mentions, events, event sources, reviews, audit log, full-text search',
    sql: `
      CREATE TABLE documents (
        rowid BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT, summary TEXT, author TEXT, url TEXT,
        published TEXT, dateline_place TEXT, dateline_date TEXT, language TEXT,
        text TEXT NOT NULL,
        ingested_at BIGINT NOT NULL,
        -- Words of title and text, unstemmed like SQLite's FTS5 default.
        search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
      );
      CREATE INDEX documents_search ON documents USING GIN (search);
      CREATE TABLE inputs (
        hash TEXT PRIMARY KEY,
        document_id TEXT NOT NULL,
        source TEXT NOT NULL
      );
      CREATE TABLE mentions (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('time', 'place', 'actor')),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        detail TEXT
      );
      CREATE INDEX mentions_by_document ON mentions(document_id);
      CREATE TABLE events (
        rowid BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        event_date TEXT,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION,
        country_code TEXT, country TEXT,
        actors TEXT NOT NULL,
        fatalities INTEGER NOT NULL,
        fatalities_high INTEGER NOT NULL,
        source_count INTEGER NOT NULL,
        record TEXT NOT NULL,               -- the merged record, without its sources (they are rows)
        primary_report TEXT,                -- the report whose record informs the event
        updated_at BIGINT NOT NULL
      );
      CREATE INDEX events_by_date ON events(event_date);
      CREATE INDEX events_by_type_date ON events(sub_event_type, event_date);
      CREATE INDEX events_by_place ON events(lat, lon);
      CREATE TABLE event_sources (
        report_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL,
        date_stated INTEGER NOT NULL,
        record TEXT NOT NULL,
        match_key TEXT NOT NULL             -- what corroboration compares (ReportKey, JSON)
      );
      CREATE INDEX event_sources_by_event_key ON event_sources(event_id, match_key);
      CREATE INDEX event_sources_by_document ON event_sources(document_id);
      CREATE TABLE reviews (
        event_id TEXT PRIMARY KEY REFERENCES events(id),
        status TEXT NOT NULL DEFAULT 'unreviewed' CHECK (status IN ('unreviewed', 'accepted', 'rejected', 'edited')),
        note TEXT,
        reviewed_at BIGINT,
        edits TEXT NOT NULL DEFAULT '{}',
        reviewed_by TEXT
      );
      CREATE TABLE audit_log (
        id BIGSERIAL PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        who TEXT NOT NULL,
        at BIGINT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_event ON audit_log(event_id, id);
    `,
  },
  {
    version: 2,
    name: 'certainty and review status as event columns; indexes for the workbench filters',
    sql: `
      -- As they stand after review (a reviewer's certainty over the coded one), like the other search columns.
      ALTER TABLE events ADD COLUMN certainty TEXT;
      ALTER TABLE events ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed';
      UPDATE events e SET
        certainty = coalesce((SELECT r.edits::json ->> 'certainty' FROM reviews r WHERE r.event_id = e.id), e.record::json ->> 'certainty'),
        review = coalesce((SELECT r.status FROM reviews r WHERE r.event_id = e.id), 'unreviewed');
      -- Lists are newest first, undated last: read in this index's order, a page needs no sort.
      CREATE INDEX events_newest ON events(event_date DESC NULLS LAST, rowid DESC);
      -- Few events are claimed, rumoured or reviewed: those filters seek, the others scan.
      CREATE INDEX events_by_certainty ON events(certainty);
      CREATE INDEX events_by_review ON events(review);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The schema version of the database, or null when it holds no sitrep store. */
export async function schemaVersion(client: PoolClient): Promise<number | null> {
  const exists = await client.query("SELECT to_regclass('sitrep_schema') IS NOT NULL AS yes");
  if (!exists.rows[0].yes) return null;
  const r = await client.query('SELECT version FROM sitrep_schema');
  return r.rows[0]?.version ?? 0;
}

/**
 * Applies the migrations the database lacks, all in one transaction under the migration lock,
 * then adds PostGIS' point column and GiST index when the extension can be had. Returns how
 * many migrations ran.
 */
export async function migrate(client: PoolClient): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS sitrep_schema (version INTEGER NOT NULL)');
    const current = (await schemaVersion(client)) ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(`schema version ${current} is newer than this sitrep knows (${SCHEMA_VERSION}); upgrade sitrep`);
    }
    const pending = MIGRATIONS.filter((m) => m.version > current);
    for (const m of pending) await client.query(m.sql);
    if (pending.length) {
      await client.query('DELETE FROM sitrep_schema');
      await client.query('INSERT INTO sitrep_schema (version) VALUES ($1)', [SCHEMA_VERSION]);
    }
    await addPostgis(client);
    await client.query('COMMIT');
    return pending.length;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/**
 * Box queries use a PostGIS point with a GiST index where the extension is installed (and we
 * may create it); elsewhere the (lat, lon) btree serves them. Tried at every opening for
 * writing, so a server that gains PostGIS later gets the index then.
 */
async function addPostgis(client: PoolClient): Promise<void> {
  if (await hasGeometry(client)) return;
  const available = await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'");
  if (!available.rowCount) return;
  await client.query('SAVEPOINT postgis');
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await client.query(`ALTER TABLE events ADD COLUMN geom geometry(Point, 4326)
      GENERATED ALWAYS AS (CASE WHEN lat IS NULL OR lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED`);
    await client.query('CREATE INDEX events_geom ON events USING GIST (geom)');
    await client.query('RELEASE SAVEPOINT postgis');
  } catch {
    // No right to create the extension: the btree index will do.
    await client.query('ROLLBACK TO SAVEPOINT postgis');
  }
}

export async function hasGeometry(client: PoolClient): Promise<boolean> {
  const r = await client.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'geom' AND table_schema = current_schema()");
  return (r.rowCount ?? 0) > 0;
}
