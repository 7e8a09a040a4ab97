// What sitrep prints for a person is safe to show on a terminal (no escape sequence from a
// document reaches it), and writing that output fails cleanly: a closed pipe is success,
// a full disk one line and exit 1, a link loop or a folder named by its path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sitrep, tempFile } from '../helpers.js';
import { forTerminal, oneLine } from '../../src/text/terminal.js';
import { SIRTE_MARKET_A, jsonLines, tempFolder } from '../corpus/fixtures.js';

/** Any control character a terminal acts on, or a bidi override, that should never be printed. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE_REPORT = [
  'Drone strike hits \x1b]0;you have been pwned\x07market in \x1b[2J\x1b[HSirte\u202e',
  '',
  'SIRTE, Libya, 4 March 2023 — A drone struck the vegetable market in Sirte on Friday afternoon, \x1b[8mkilling\x1b[0m three civilians, \x1b]8;;http://evil.example/\x1b\\a hospital\x1b]8;;\x1b\\ official said.\x9b31m',
  '',
].join('\n');

test('escape sequences, C0/C1 controls and bidi overrides are stripped; text, tabs and line breaks stay', () => {
  assert.equal(forTerminal('a\x1b[31mred\x1b[0m b'), 'ared b');
  assert.equal(forTerminal('t\x1b]0;title\x07x'), 'tx');
  assert.equal(forTerminal('\x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\'), 'link');
  assert.equal(forTerminal('\x1bPq#0;2;0;0;0\x1b\\ok'), 'ok');
  assert.equal(forTerminal('c1\x9b2Jcsi \x9d0;t\x9c.'), 'c1csi .');
  assert.equal(forTerminal('over\u202eride\u2066x\u2069 back\rspace\x08\x7f'), 'overridex backspace');
  assert.equal(forTerminal('كتب\tفي\nسرت'), 'كتب\tفي\nسرت');
  assert.equal(oneLine('two\nlines\x1b[2K'), 'two lines');
});

test('extract prints a document\'s title and evidence without its escape sequences', () => {
  const r = sitrep(['extract', tempFile('hostile.txt', HOSTILE_REPORT)]);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, UNSAFE);
  assert.match(r.stdout, /^Document: Drone strike hits market in Sirte$/m);
  // The evidence (the headline or the sentence, both laced with sequences) is printed clean.
  assert.match(r.stdout, /evidence: +“(?:Drone strike hits market in Sirte|A drone struck .* killing three civilians, a hospital official said\.)”/);
  // JSON keeps the text exactly, escaped by JSON itself.
  const json = sitrep(['extract', '--format', 'json', tempFile('hostile.txt', HOSTILE_REPORT)]);
  assert.ok(JSON.parse(json.stdout).document.text.includes('\x1b[2J'));
});

test('file names, failure lines, progress lines and error messages reach the terminal stripped', () => {
  const dir = tempFolder({ 'good.txt': SIRTE_MARKET_A });
  writeFileSync(join(dir, 'empty\x1b[2J\x1b]0;owned\x07.txt'), '');
  const r = sitrep(['ingest', '--db', join(dir, 's\x1b[31m.db'), '--workers', '1', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^ {2}.*empty\.txt is empty/m);
  assert.doesNotMatch(r.stdout, UNSAFE);
  assert.match(r.stderr, /skipped: .*empty\.txt is empty/);
  assert.doesNotMatch(r.stderr, UNSAFE);
  const missing = sitrep(['extract', join(dir, 'no\x1b]0;x\x07such.txt')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nosuch\.txt: no such file/);
  assert.doesNotMatch(missing.stderr, UNSAFE);
  const q = sitrep(['events', '--db', join(dir, 's\x1b[31m.db'), '--q', '\x1b[2J"']);
  assert.equal(q.status, 2);
  assert.doesNotMatch(q.stderr, UNSAFE);
});

test('a reader that stops early (| head) ends the run quietly with success', () => {
  const docs = tempFile('docs.jsonl', jsonLines(60));
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${join(root, 'bin', 'sitrep')}" times --input-format jsonl "${docs}" | head -c 100 >/dev/null`], { encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('a full disk is one line and exit 1, for a document and for a listing', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, () => {
  const dir = tempFolder({ 'market.txt': SIRTE_MARKET_A });
  const db = join(dir, 'sitrep.db');
  assert.equal(sitrep(['ingest', '--db', db, '--workers', '1', '--quiet', dir]).status, 0);
  for (const args of [['extract', join(dir, 'market.txt')], ['events', '--db', db]]) {
    const r = spawnSync('bash', ['-c', `"${join(root, 'bin', 'sitrep')}" "$@" > /dev/full`, 'sitrep', ...args], { encoding: 'utf8' });
    assert.equal(r.status, 1, args.join(' '));
    assert.equal(r.stderr, 'sitrep: cannot write the output: no space left on the device\n', args.join(' '));
  }
});

test('a link loop and a folder are named by their path', () => {
  const dir = tempFolder();
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
  mkdirSync(join(dir, 'folder'));
  const loop = sitrep(['extract', join(dir, 'loop-a')]);
  assert.equal(loop.status, 1);
  assert.equal(loop.stderr, `sitrep: ${join(dir, 'loop-a')}: a loop of symbolic links (or too many links in a row)\n`);
  const folder = sitrep(['extract', join(dir, 'folder')]);
  assert.equal(folder.status, 1);
  assert.equal(folder.stderr, `sitrep: ${join(dir, 'folder')} is a folder, not a file\n`);
  const ingest = sitrep(['ingest', '--db', join(dir, 's.db'), '--quiet', join(dir, 'loop-a')]);
  assert.equal(ingest.status, 1);
  assert.match(ingest.stdout, /loop-a: a loop of symbolic links/);
  assert.doesNotMatch(ingest.stdout, /internal error/);
});
