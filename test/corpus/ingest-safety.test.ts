// What ingest reads when walking a folder, and how it stops: no link out of the folder, no
// FIFO or device, no README taken for a report, Ctrl-C stops at once keeping what is
// committed, and no more worker threads than cores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { root, sitrep } from '../helpers.js';
import { SIRTE_HOUSE, SIRTE_MARKET_A, SIRTE_TRUCE_AND_CLASH, tempFolder } from './fixtures.js';

function sources(db: string): string[] {
  const store = new Database(db, { readonly: true });
  try { return (store.prepare('SELECT source FROM documents ORDER BY source').pluck().all() as string[]).map((s) => s.replace(/^.*[\\/]/, '')); } finally { store.close(); }
}

test('a link is followed only to a file inside the folder given; the others are listed as not read', () => {
  const outside = tempFolder({ 'secret.txt': SIRTE_HOUSE, 'elsewhere/x.txt': SIRTE_TRUCE_AND_CLASH });
  const dir = tempFolder({ 'reports/a.txt': SIRTE_MARKET_A, 'reports/sub/b.txt': SIRTE_TRUCE_AND_CLASH });
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'reports', 'passwd.txt'));
  symlinkSync(join(outside, 'elsewhere'), join(dir, 'reports', 'linked-folder'));
  symlinkSync(join(dir, 'reports', 'sub', 'b.txt'), join(dir, 'reports', 'inside.txt'));
  symlinkSync(join(dir, 'reports', 'nowhere.txt'), join(dir, 'reports', 'dangling.txt'));
  symlinkSync(join(dir, 'reports', 'sub'), join(dir, 'reports', 'sub-again'));
  const db = join(dir, 'store.db');
  const r = sitrep(['ingest', '--db', db, '--workers', '1', join(dir, 'reports')]);
  assert.equal(r.status, 0, r.stderr);
  // The link inside the folder is read (sub/b.txt, the same text, is then already there).
  assert.deepEqual(sources(db), ['a.txt', 'inside.txt']);
  assert.match(r.stdout, /^2 new documents stored .*, 1 already there, 0 failed/);
  assert.match(r.stdout, /^Not read \(4\):$/m);
  assert.match(r.stdout, new RegExp(`passwd\\.txt: a link to ${join(outside, 'secret.txt')}, outside .*reports; not followed`));
  assert.match(r.stdout, new RegExp(`linked-folder: a link to ${join(outside, 'elsewhere')}, outside .*reports; not followed`));
  assert.match(r.stdout, /sub-again: a link to a folder; not followed/);
  assert.match(r.stdout, /dangling\.txt: a link that leads nowhere readable \(no such file or folder\); not followed/);
  // Named on the command line, a link is the user's choice and is read.
  const named = sitrep(['ingest', '--db', db, '--workers', '1', join(dir, 'reports', 'passwd.txt')]);
  assert.equal(named.status, 0, named.stderr);
  assert.match(named.stdout, /^1 new documents stored/);
});

test('a FIFO, a socket or a device in a folder is skipped with a message instead of blocking the run', { timeout: 180_000 }, () => {
  const dir = tempFolder({ 'a.txt': SIRTE_MARKET_A });
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
  assert.equal(fifo.status, 0, 'mkfifo');
  const db = join(dir, 'store.db');
  const r = spawnSync(join(root, 'bin', 'sitrep'), ['ingest', '--db', db, '--workers', '1', dir], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `ingest ended by itself: ${r.stderr}`);
  assert.match(r.stdout, /pipe\.txt: a FIFO \(named pipe\), not a regular file; not read/);
  assert.deepEqual(sources(db), ['a.txt']);
  const named = spawnSync(join(root, 'bin', 'sitrep'), ['ingest', '--db', db, join(dir, 'pipe.txt')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(named.status, 0, named.stderr);
  assert.match(named.stdout, /pipe\.txt: a FIFO \(named pipe\), not a regular file; not read/);
});

test("a folder's README and index files are not reports unless named", () => {
  const dir = tempFolder({ 'a.txt': SIRTE_MARKET_A, 'README.md': SIRTE_HOUSE, 'sub/index.html': `<html><body><p>${SIRTE_TRUCE_AND_CLASH}</p></body></html>`, 'readme.txt': SIRTE_HOUSE });
  const db = join(dir, 'store.db');
  const r = sitrep(['ingest', '--db', db, '--workers', '1', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(sources(db), ['a.txt']);
  for (const name of ['README\\.md', 'readme\\.txt', 'index\\.html']) {
    assert.match(r.stdout, new RegExp(`${name}: the folder's own documentation, not a report \\(name the file to read it\\)`));
  }
  const named = sitrep(['ingest', '--db', db, '--workers', '1', join(dir, 'README.md')]);
  assert.equal(named.status, 0, named.stderr);
  assert.deepEqual(sources(db), ['README.md', 'a.txt']);
});

test('Ctrl-C stops at once: what is analysed is committed, the long document under way is dropped', { timeout: 180_000 }, async () => {
  // A long report (about 3 MB) takes the one worker seconds; a short one is done first.
  const sentences: string[] = [];
  // (The length is kept as it grows: joining each time would be quadratic.)
  for (let i = 0, length = 0; length < 3_000_000; i++) {
    sentences.push(`Gunmen attacked a checkpoint in ${['Sirte', 'Derna', 'Sabha', 'Gao'][i % 4]} on ${1 + (i % 28)} March 2023, killing ${1 + (i % 9)} soldiers, officials said.${i % 5 === 4 ? '\n\n' : ''}`);
    length += sentences[i].length + 1;
  }
  const dir = tempFolder({ 'a-short.txt': SIRTE_MARKET_A, 'b-long.txt': `Long report\n\n${sentences.join(' ')}` });
  const db = join(dir, 'store.db');
  const child = spawn(join(root, 'bin', 'sitrep'), ['ingest', '--db', db, '--workers', '1', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // The first progress line comes when the short report is analysed; the long one is then under way.
  const started = await Promise.race([
    new Promise<boolean>((resolve) => child.stderr.on('data', (d) => { stderr += d; if (/1 documents analysed/.test(stderr)) resolve(true); })),
    ended.then(() => false),
  ]);
  assert.ok(started, `the short report was analysed before the run ended; stderr: ${stderr}`);
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await ended;
  clearTimeout(timer);
  assert.equal(code, 130, `exit status; stderr: ${stderr}`);
  assert.match(stdout, /^Interrupted: 1 new documents stored/);
  assert.deepEqual(sources(db), ['a-short.txt']);
});

test('--workers is bounded by the cores, with a notice when it is lowered', () => {
  const dir = tempFolder({ 'a.txt': SIRTE_MARKET_A });
  const cores = availableParallelism();
  const r = sitrep(['ingest', '--db', join(dir, 'store.db'), '--workers', String(cores + 1), '--quiet', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, `sitrep: --workers ${cores + 1} is more than the ${cores} cores of this machine; using ${cores}\n`);
  const help = sitrep(['--help']);
  assert.match(help.stdout, /--workers N [^]*\(default and at most the number\s+of cores\)/);
});
