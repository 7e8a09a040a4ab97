// `export --out` onto something that is not a regular file: a pipe or device is written as it
// is (renaming a finished file over it would replace it: as root, /dev/null itself), and a
// folder is refused naming it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, sitrep } from '../helpers.js';
import { SIRTE_MARKET_A, tempFolder } from './fixtures.js';

let dir = '', db = '';
before(() => {
  dir = tempFolder({ 'market.txt': SIRTE_MARKET_A });
  db = join(dir, 'sitrep.db');
  assert.equal(sitrep(['ingest', '--db', db, '--workers', '1', '--quiet', dir]).status, 0);
});

test('an export onto a named pipe writes into the pipe and leaves it a pipe', { timeout: 60_000 }, async () => {
  const fifo = join(dir, 'events.pipe');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
  let received = '';
  reader.stdout.on('data', (d) => { received += d; });
  const readerDone = new Promise((resolve) => reader.on('close', resolve));
  const exported = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(join(root, 'bin', 'sitrep'), ['export', '--db', db, '--format', 'jsonl', '--out', fifo], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stderr }); });
  });
  reader.kill();
  await readerDone;
  assert.ok(statSync(fifo).isFIFO(), 'still a pipe');
  assert.equal(exported.code, 0, exported.stderr);
  assert.equal(received.trim().split('\n').length, 1);
  assert.ok(JSON.parse(received.trim().split('\n')[0]).sub_event_type);
});

test('an export onto a folder is refused, naming the folder', () => {
  const folder = join(dir, 'out-folder');
  mkdirSync(folder);
  const r = sitrep(['export', '--db', db, '--format', 'jsonl', '--out', folder]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `sitrep: cannot write ${folder}: it is a folder, not a file\n`);
  assert.ok(statSync(folder).isDirectory());
  assert.equal(readFileSync(db).length > 0, true);
});
