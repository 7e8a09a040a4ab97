import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/corpus/store/index.js';
import { openDatabase } from '../../src/corpus/store/sqlite/database.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/corpus/store/sqlite/migrations.js';
import { InputError } from '../../src/errors.js';
import { storeContract } from './store-contract.js';
import { mergeReports } from '../../src/corpus/corroboration.js';
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

test('the events row holds the merged record without its sources: adding a report rewrites a row of the same size however many sources', async () => {
  const path = join(tempFolder(), 'sitrep.db');
  const store = await openStore(path, { mode: 'write' });
  const recordAt = () => {
    const db = new Database(path, { readonly: true });
    try { return db.prepare('SELECT record, source_count FROM events').get() as { record: string; source_count: number }; } finally { db.close(); }
  };
  const add = (from: number, to: number) => store.writeBatch(Array.from({ length: to - from }, (_, i) => {
    const d = `d${from + i}`;
    return { hash: d, source: `${d}.txt`, analysis: analysis(d, [{ fatalities: 5 }]) };
  }));
  try {
    await add(0, 2);
    const small = recordAt();
    await add(2, 400);
    const large = recordAt();
    assert.equal(large.source_count, 400);
    assert.ok(!('sources' in JSON.parse(large.record)), 'no sources in the events row');
    assert.equal(large.record.length, small.record.length);
    assert.equal((await store.getEvent(JSON.parse(large.record).id))!.event.sources.length, 400);
  } finally {
    await store.close();
  }
});

test('a store of schema 2, with sources inside the event record, is migrated and reads the same; new reports still corroborate', async () => {
  const path = join(tempFolder(), 'v2.db');
  const raw = new Database(path);
  for (const m of MIGRATIONS.filter((x) => x.version <= 2)) raw.exec(m.sql);
  raw.pragma('user_version = 2');
  const docs = [analysis('a', [{ fatalities: 9, actor1: 'Military Forces of Libya' }]), analysis('b', [{ fatalities: 4, stated: true }])];
  const addDoc = raw.prepare(`INSERT INTO documents (id, source, title, url, published, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 0)`);
  const addSource = raw.prepare('INSERT INTO event_sources (report_id, event_id, document_id, position, date_stated, record) VALUES (?, ?, ?, ?, ?, ?)');
  for (const d of docs) addDoc.run(d.document.id, `${d.document.id}.txt`, d.document.title, d.document.url, d.document.published, d.document.text);
  const reports = docs.flatMap((d) => d.reports);
  const old = mergeReports('a-r0', reports, (id) => ({ title: `Report ${id}`, url: `https://news.example.org/${id}`, published: '2023-03-04', source: `${id}.txt` }));
  raw.prepare(`INSERT INTO events (id, event_type, sub_event_type, event_date, lat, lon, country_code, country, actors, fatalities, fatalities_high, source_count, record, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, 2, ?, 0)`).run(old.id, old.event_type, old.sub_event_type, old.date!.start, old.location!.lat, old.location!.lon,
    old.location!.country_code, old.location!.country, old.fatalities, old.fatalities_high, JSON.stringify(old));
  raw.prepare("INSERT INTO reviews (event_id, status) VALUES (?, 'unreviewed')").run(old.id);
  for (const r of reports) addSource.run(r.record.id, old.id, r.documentId, r.position, r.dateStated ? 1 : 0, JSON.stringify(r.record));

  raw.close();

  const store = await openStore(path, { mode: 'write' });
  try {
    const got = (await store.getEvent(old.id))!;
    assert.deepEqual(got.coded, { ...JSON.parse(JSON.stringify(old)), review: 'unreviewed' });
    assert.equal(got.event.sources[0].report_id, 'b-r0', 'the primary report stays first');
    const [outcome] = await store.writeBatch([{ hash: 'c', source: 'c.txt', analysis: analysis('c', [{ fatalities: 6 }]) }]);
    assert.equal(outcome.corroborated, 1, 'the migrated keys are read by corroboration');
    const now = (await store.getEvent(old.id))!.event;
    assert.deepEqual(now.sources.map((s) => s.report_id), ['b-r0', 'a-r0', 'c-r0']);
    assert.deepEqual([now.fatalities, now.fatalities_high], [4, 9]);
    assert.equal(now.actor1?.name, 'Military Forces of Libya');
  } finally {
    await store.close();
  }
});

test('a store of schema 4 gets certainty and review columns from its records and reviews, and the filter indexes', async () => {
  const path = join(tempFolder(), 'v4.db');
  const raw = new Database(path);
  for (const m of MIGRATIONS.filter((x) => x.version <= 4)) raw.exec(m.sql);
  raw.pragma('user_version = 4');
  raw.close();
  // Written by this sitrep, then the new columns wiped, as a schema-4 store would have them.
  const writer = await openStore(path, { mode: 'write' });
  await writer.writeBatch([
    { hash: 'a', source: 'a.txt', analysis: analysis('a', [{ fatalities: 3 }]) },
    { hash: 'b', source: 'b.txt', analysis: analysis('b', [{ fatalities: 5, day: '2023-05-01', lat: 20 }]) },
  ]);
  await writer.reviewEvent('a-r0', { status: 'accepted', set: { certainty: 'claimed' }, who: 'ana' });
  await writer.close();
  const old = new Database(path);
  old.exec("DROP INDEX events_filter; DROP INDEX events_geo; DROP INDEX events_reviewed; DROP INDEX events_uncertain; DROP TABLE document_events; UPDATE events SET certainty = NULL, review = 'unreviewed';");
  old.exec(`CREATE INDEX events_map ON events(event_date, event_type, sub_event_type, country_code, country, lat, lon, fatalities, id);
    CREATE INDEX events_by_place ON events(lat, lon); CREATE INDEX events_by_date ON events(event_date); ALTER TABLE events DROP COLUMN certainty; ALTER TABLE events DROP COLUMN review;`);
  old.pragma('user_version = 4');
  old.close();
  const store = await openStore(path, { mode: 'write' });
  try {
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), 5);
    assert.deepEqual(db.prepare('SELECT id, certainty, review FROM events ORDER BY id').raw().all(), [['a-r0', 'claimed', 'accepted'], ['b-r0', 'reported', 'unreviewed']]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    for (const i of ['events_filter', 'events_geo', 'event_sources_by_event_key']) assert.ok(indexes.includes(i), i);
    assert.ok(!indexes.includes('events_map'));
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join('\n');
    assert.match(plan("SELECT count(*) FROM events e WHERE e.certainty IN ('claimed') AND e.review IN ('accepted') AND e.actors LIKE '%x%'"), /COVERING INDEX events_(filter|geo)/, 'a count reads no record');
    assert.doesNotMatch(plan('SELECT e.rowid FROM events e ORDER BY e.event_date DESC, e.rowid DESC LIMIT 50'), /TEMP B-TREE FOR ORDER BY/, 'a page needs no sort of every row');
    assert.match(plan("SELECT e.rowid FROM events e WHERE e.review IN ('accepted') AND e.review != 'unreviewed' ORDER BY e.event_date DESC LIMIT 50"), /COVERING INDEX events_reviewed/);
    assert.match(plan("SELECT count(*) FROM events e WHERE e.certainty IN ('claimed') AND e.certainty != 'reported'"), /COVERING INDEX events_uncertain/);
    assert.match(plan('SELECT count(*) FROM events e WHERE e.lat BETWEEN 10 AND 20 AND e.lon BETWEEN 0 AND 30'), /COVERING INDEX events_geo/);
    db.close();
    const page = await store.eventPage({ certainty: ['claimed'] }, { offset: 0, limit: 10, countCap: 100 });
    assert.deepEqual(page.events.map((e) => [e.event.id, e.review.status]), [['a-r0', 'accepted']]);
    const searched = await store.eventPage({ q: 'drone' }, { offset: 0, limit: 10, countCap: 100 });
    assert.deepEqual(searched.events.map((e) => e.event.id), ['b-r0', 'a-r0'], 'a text search finds the events of the backfilled documents');
    assert.deepEqual(new Database(path, { readonly: true }).prepare('SELECT count(*) FROM document_events').pluck().get(), 2, 'each document tied to its event');
  } finally {
    await store.close();
  }
});
