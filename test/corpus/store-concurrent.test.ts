// Several processes opening and writing one new store at once: none fails, nothing is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { root } from '../helpers.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/corpus/store/sqlite/migrations.js';
import { jsonLines, tempFolder } from './fixtures.js';

function run(command: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

test('processes that open a new store while another is creating it wait for it, then find it done', async () => {
  const module = pathToFileURL(join(root, 'dist', 'corpus', 'store', 'sqlite', 'database.js')).href;
  const path = join(tempFolder(), 'new.db');
  // This process starts creating the store and holds its write lock while three others open it.
  const first = new Database(path);
  first.pragma('journal_mode = WAL');
  first.exec('BEGIN IMMEDIATE');
  for (const m of MIGRATIONS) first.exec(m.sql);
  first.pragma(`user_version = ${SCHEMA_VERSION}`);
  const script = `const { openDatabase } = await import(${JSON.stringify(module)}); console.log('ready'); openDatabase(${JSON.stringify(path)}, 'write').close();`;
  const ready: Promise<void>[] = [];
  const results = [0, 1, 2].map(() => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    ready.push(new Promise((resolve) => child.stdout.once('data', () => resolve())));
    return new Promise<{ status: number | null; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stderr })));
  });
  await Promise.all(ready);
  await new Promise((resolve) => setTimeout(resolve, 300));
  first.exec('COMMIT');
  first.close();
  for (const r of await Promise.all(results)) assert.equal(r.status, 0, r.stderr);
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();
});

test('three sitrep ingest runs started together on a new store all succeed and store every document', async () => {
  const dir = tempFolder({ 'one.jsonl': jsonLines(3), 'two.jsonl': jsonLines(6).split('\n').slice(3).join('\n'), 'three.txt': 'Clashes in Gao\n\nGAO, 3 May 2023 — Gunmen attacked a checkpoint in Gao on 3 May 2023, killing four soldiers.\n' });
  const db = join(dir, 'store.db');
  const results = await Promise.all(['one.jsonl', 'two.jsonl', 'three.txt'].map((f) =>
    run(join(root, 'bin', 'sitrep'), ['ingest', '--quiet', '--db', db, '--workers', '1', join(dir, f)])));
  for (const r of results) assert.equal(r.status, 0, r.stderr);
  const store = new Database(db, { readonly: true });
  assert.equal(store.prepare('SELECT count(*) FROM documents').pluck().get(), 7);
  assert.equal(store.prepare('SELECT count(*) FROM inputs').pluck().get(), 7);
  assert.equal(store.pragma('integrity_check', { simple: true }), 'ok');
  store.close();
});
