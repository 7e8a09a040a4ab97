import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/corpus/store/database.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/corpus/store/migrations.js';
import { tempFolder } from './fixtures.js';

test('a new store gets every migration, in WAL mode, and reopening it changes nothing', () => {
  const path = join(tempFolder(), 'sitrep.db');
  const db = openStore(path);
  assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
  for (const t of ['documents', 'documents_fts', 'event_sources', 'events', 'inputs', 'mentions', 'reviews']) assert.ok(tables.includes(t), t);
  db.close();
  const again = openStore(path);
  assert.equal(again.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  again.close();
  assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1), 'versions are 1, 2, 3 ... in order');
});

test('a store from a newer sitrep is refused with a message, not damaged', () => {
  const path = join(tempFolder(), 'future.db');
  const raw = new Database(path);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  assert.throws(() => openStore(path), /newer than this sitrep knows/);
});

test('a file that is not a database is refused with a one-line message', () => {
  const dir = tempFolder({ 'notes.db': 'just some text, not SQLite at all, but long enough to have a header'.repeat(20) });
  assert.throws(() => openStore(join(dir, 'notes.db')), /not a sitrep store/);
});

test('queries need an existing store', () => {
  assert.throws(() => openStore(join(tempFolder(), 'missing.db'), { mustExist: true }), /no store at .*sitrep ingest/);
});
