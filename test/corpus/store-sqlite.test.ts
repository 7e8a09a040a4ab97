import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/corpus/store/index.js';
import { openDatabase } from '../../src/corpus/store/sqlite/database.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/corpus/store/sqlite/migrations.js';
import { InputError } from '../../src/errors.js';
import { storeContract } from './store-contract.js';
import { analysis, tempFolder } from './fixtures.js';

storeContract('SQLite', () => openStore(join(tempFolder(), 'sitrep.db'), { mode: 'write' }));

test('a new store gets every migration, in WAL mode, and reopening it changes nothing', () => {
  const path = join(tempFolder(), 'sitrep.db');
  const db = openDatabase(path, 'write');
  assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
  for (const t of ['documents', 'documents_fts', 'event_sources', 'events', 'inputs', 'mentions', 'reviews', 'audit_log']) assert.ok(tables.includes(t), t);
  db.close();
  const again = openDatabase(path, 'write');
  assert.equal(again.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  again.close();
  assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1), 'versions are 1, 2, 3 ... in order');
});

test('a store from a newer sitrep is refused with a message, not damaged', async () => {
  const path = join(tempFolder(), 'future.db');
  const raw = new Database(path);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  await assert.rejects(openStore(path, { mode: 'write' }), /newer than this sitrep knows/);
});

test('a file that is not a database is refused with a one-line message', async () => {
  const dir = tempFolder({ 'notes.db': 'just some text, not SQLite at all, but long enough to have a header'.repeat(20) });
  await assert.rejects(openStore(join(dir, 'notes.db'), { mode: 'write' }), /not a sitrep store/);
});

test('reading needs an existing store, and a store opened for reading refuses writes', async () => {
  const dir = tempFolder();
  await assert.rejects(openStore(join(dir, 'missing.db'), { mode: 'read' }), /no store at .*sitrep ingest/);
  const path = join(dir, 'sitrep.db');
  await (await openStore(path, { mode: 'write' })).close();
  const store = await openStore(path, { mode: 'read' });
  try {
    await assert.rejects(store.writeBatch([{ hash: 'h', source: 'x.txt', analysis: analysis('x') }]), /opened for reading only/);
  } finally {
    await store.close();
  }
});

test('an unknown URL scheme is refused with the schemes known', async () => {
  await assert.rejects(openStore('mysql://localhost/x', { mode: 'read' }), (e) => e instanceof InputError && /no store backend for mysql:.*postgres:/.test(e.message));
});
