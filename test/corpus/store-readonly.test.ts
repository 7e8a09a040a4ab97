// Reading commands open the store read-only: they never create, convert or change a file,
// and they work where the store cannot be written.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { root, sitrep } from '../helpers.js';
import { openStore } from '../../src/corpus/store/index.js';
import { MIGRATIONS } from '../../src/corpus/store/sqlite/migrations.js';
import { analysis, tempFolder } from './fixtures.js';

async function makeStore(path: string): Promise<void> {
  const store = await openStore(path, { mode: 'write' });
  await store.writeBatch([{ hash: 'a', source: 'a.txt', analysis: analysis('a', [{ fatalities: 4 }]) }]);
  await store.close();
}

let dir = '', db = '';
before(async () => {
  dir = tempFolder();
  db = join(dir, 'sitrep.db');
  await makeStore(db);
});

test('events and export refuse a file that is not a sitrep store, and leave it as it was', () => {
  const folder = tempFolder({ 'empty.txt': '', 'notes.txt': 'Some notes, not a database at all.\n'.repeat(40) });
  const other = new Database(join(folder, 'other.db'));
  other.exec('CREATE TABLE songs (title TEXT)');
  other.close();
  const before = Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f))]));
  for (const name of ['empty.txt', 'notes.txt', 'other.db']) {
    for (const args of [['events'], ['export', '--format', 'jsonl']]) {
      const r = sitrep([...args, '--db', join(folder, name)]);
      assert.equal(r.status, 1, `${args[0]} ${name}: ${r.stderr}`);
      assert.match(r.stderr, /^sitrep: .* is not a sitrep store/, name);
    }
  }
  const r = sitrep(['ingest', '--db', join(folder, 'other.db'), '--workers', '1', join(folder, 'notes.txt')]);
  assert.equal(r.status, 1, 'ingest does not turn another application\'s database into a store');
  assert.match(r.stderr, /other\.db is an SQLite database but not a sitrep store/);
  assert.deepEqual(Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f))])), before, 'no file changed or added');
});

test('reading a store changes no byte of it and leaves no WAL or SHM file behind', () => {
  const bytes = readFileSync(db);
  const files = readdirSync(dir).sort();
  assert.deepEqual(files, ['sitrep.db'], 'a closed store is one file');
  for (const args of [['events'], ['events', '--format', 'json'], ['export', '--format', 'geojson']]) {
    const r = sitrep([...args, '--db', db]);
    assert.equal(r.status, 0, r.stderr);
  }
  assert.deepEqual(readFileSync(db), bytes);
  assert.deepEqual(readdirSync(dir).sort(), files);
});

test('a store made by the previous schema is upgraded once, then read', () => {
  const path = join(tempFolder(), 'old.db');
  const raw = new Database(path);
  raw.exec(MIGRATIONS[0].sql);
  raw.pragma('user_version = 1');
  raw.close();
  const r = sitrep(['events', '--db', path, '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
});

test('a store in a folder that cannot be written can be queried and exported', (t) => {
  const folder = tempFolder();
  const path = join(folder, 'sitrep.db');
  writeFileSync(path, readFileSync(db));
  chmodSync(path, 0o444);
  chmodSync(folder, 0o555);
  t.after(() => chmodSync(folder, 0o755));
  // root writes anywhere: run the commands as an unprivileged user instead, when it can read the project.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  if ('uid' in asUser) {
    const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(root, 'dist', 'cli', 'main.js'))}, 4)`], { ...asUser, cwd: folder });
    if (probe.status !== 0) { t.skip('running as root and user "nobody" cannot read the project to drop privileges'); return; }
  }
  for (const args of [['events', '--format', 'jsonl'], ['export', '--format', 'acled-csv']]) {
    const r = spawnSync(join(root, 'bin', 'sitrep'), [...args, '--db', path], { ...asUser, cwd: folder, encoding: 'utf8' });
    assert.equal(r.status, 0, `${args[0]}: ${r.stderr}`);
    assert.ok(r.stdout.length > 0, args[0]);
  }
  assert.deepEqual(readdirSync(folder), ['sitrep.db']);
});
