// Exports never damage the store and never leave half a file.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { sitrep } from '../helpers.js';
import { openStore } from '../../src/corpus/store/index.js';
import { openOutputFile } from '../../src/corpus/export/output.js';
import { analysis, tempFolder } from './fixtures.js';

let dir = '', db = '';
before(async () => {
  dir = tempFolder();
  db = join(dir, 'sitrep.db');
  const store = await openStore(db, { mode: 'write' });
  await store.writeBatch([
    { hash: 'a', source: 'a.txt', analysis: analysis('a', [{ fatalities: 4 }]) },
    { hash: 'b', source: 'b.txt', analysis: analysis('b', [{ day: '2023-05-02', fatalities: 2 }]) },
  ]);
  await store.close();
});

test('export --out onto the store, its WAL or SHM file, or a link to it is refused and the store is untouched', () => {
  const bytes = readFileSync(db);
  symlinkSync(db, join(dir, 'link.jsonl'));
  for (const out of [db, `${db}-wal`, `${db}-shm`, join(dir, '.', 'sitrep.db'), join(dir, 'link.jsonl')]) {
    const r = sitrep(['export', '--db', db, '--format', 'jsonl', '--out', out]);
    assert.equal(r.status, 2, out);
    assert.match(r.stderr, /^sitrep: --out .* is the store's own file/, out);
    assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
  }
  assert.deepEqual(readFileSync(db), bytes);
  const listed = sitrep(['events', '--db', db, '--format', 'jsonl']);
  assert.equal(listed.status, 0, listed.stderr);
  assert.equal(listed.stdout.trim().split('\n').length, 2);
});

test('an export replaces the target only when complete, and leaves no temporary file', () => {
  const out = join(dir, 'events.jsonl');
  writeFileSync(out, 'old export\n');
  const r = sitrep(['export', '--db', db, '--format', 'jsonl', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 2);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('an export that fails part-way leaves the earlier file as it was, and no temporary file', () => {
  const folder = tempFolder({ 'events.csv': 'the previous export\n' });
  const out = join(folder, 'events.csv');
  // The header is written before the search runs; the search then fails.
  const r = sitrep(['export', '--db', db, '--format', 'acled-csv', '--q', '"unterminated', '--out', out]);
  assert.notEqual(r.status, 0);
  assert.equal(readFileSync(out, 'utf8'), 'the previous export\n');
  assert.deepEqual(readdirSync(folder), ['events.csv']);
});

test('an output file aborted after some writes leaves nothing behind; committed, it appears whole', async () => {
  const folder = tempFolder();
  const target = join(folder, 'out.geojson');
  const failed = await openOutputFile(target);
  failed.stream.write('{"type":"FeatureCollection","features":[');
  failed.abort();
  assert.equal(existsSync(target), false);
  assert.deepEqual(readdirSync(folder), []);
  const ok = await openOutputFile(target);
  ok.stream.write('complete\n');
  assert.equal(existsSync(target), false, 'not visible before commit');
  await ok.commit();
  ok.abort();
  assert.equal(readFileSync(target, 'utf8'), 'complete\n');
  assert.deepEqual(readdirSync(folder), ['out.geojson']);
});
