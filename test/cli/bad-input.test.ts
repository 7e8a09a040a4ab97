import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSync, ftruncateSync, closeSync } from 'node:fs';
import { sitrep, tempFile } from '../helpers.js';

function assertOneLineError(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  assert.equal(r.status, 1, `exit status, stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line expected, got: ${r.stderr}`);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /\bat .*\.(?:js|ts):\d+/);
}

test('an empty file gets a one-line error', () => {
  assertOneLineError(sitrep(['extract', tempFile('empty.txt', '')]), /^sitrep: .*empty\.txt is empty/);
});

test('a missing file gets a one-line error', () => {
  assertOneLineError(sitrep(['extract', '/nonexistent/report.txt']), /no such file/);
});

test('a binary file gets a one-line error', () => {
  assertOneLineError(sitrep(['extract', tempFile('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]))]), /looks like a binary file/);
});

test('invalid UTF-8 gets a one-line error naming the byte', () => {
  assertOneLineError(sitrep(['extract', tempFile('latin1.txt', Buffer.from('Shelling in Sa\xefda', 'latin1'))]), /not valid UTF-8 \(at byte 14\)/);
});

test('a 50 MB file is refused before it is read, and the limit can be raised', () => {
  const file = tempFile('huge.txt', '');
  const fd = openSync(file, 'r+');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  assertOneLineError(sitrep(['extract', file]), /50\.0 MB, over the 10\.0 MB limit .*--max-size/);
  // Raised above its size, the same file is read and found to be binary (all NUL bytes).
  assertOneLineError(sitrep(['extract', '--max-size', '60', file]), /looks like a binary file/);
});

test('bad usage exits 2 with a hint, and --help tells the commands', () => {
  const r = sitrep(['extract', '--published', '2017-13-01', 'x.txt']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--published must be a real date/);
  const unknown = sitrep(['frobnicate', 'x']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  const help = sitrep(['--help']);
  assert.equal(help.status, 0);
  for (const word of ['extract', 'times', 'places', '--format', '--input-format', '--published', '--max-size']) assert.ok(help.stdout.includes(word), word);
});

test('JSON lines: bad lines get their own error and the other lines are still processed, in order', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'Protesters marched through Nairobi on Monday.', published: '2023-07-18' }),
    'this is not json',
    JSON.stringify({ id: 'c', title: 'no text here' }),
    JSON.stringify({ id: 'd', text: 'Gunmen abducted ten villagers in Tsafe on Sunday.', published: '2023-05-02' }),
    JSON.stringify({ id: 'e', text: 'x'.repeat(2 * 1024 * 1024) }),
    JSON.stringify({ id: 'f', text: 'Nothing happened.', published: 'yesterday' }),
  ];
  const r = sitrep(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '--max-size', '1', tempFile('docs.jsonl', lines.join('\n') + '\n')]);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 6);
  assert.deepEqual(out.map((o) => o.id), ['a', null, 'c', 'd', null, 'f']);
  assert.ok(Array.isArray(out[0].events) && out[0].document);
  assert.match(out[1].error, /line 2 is not valid JSON/);
  assert.match(out[2].error, /line 3 has no "text" string/);
  assert.ok(Array.isArray(out[3].events));
  assert.match(out[4].error, /line 5: over the 1\.0 MB limit/);
  assert.match(out[5].error, /"published" must be YYYY-MM-DD/);
  assert.match(r.stderr, /4 of 6 lines could not be processed/);
});

test('JSON lines get the checks a file gets: a line that is not UTF-8 or holds binary data is refused on its own line', () => {
  // Line 1 holds the byte 0xEF alone, as Latin-1 writes "ï": not UTF-8.
  const head = '{"id":"latin1","text":"Shelling in Sa';
  const lines = [
    Buffer.concat([Buffer.from(head), Buffer.from([0xef]), Buffer.from('da on Monday."}')]),
    Buffer.from(JSON.stringify({ id: 'ok', text: 'Gunmen abducted ten villagers in Tsafe on Sunday.', published: '2023-05-02' })),
    Buffer.from(JSON.stringify({ id: 'bin', text: '\u0000\u0001\u0002PNG\u0003\u0004' })),
  ];
  const file = tempFile('mixed.jsonl', Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
  const r = sitrep(['extract', file]);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['latin1', 'ok', 'bin']);
  assert.match(out[0].error, new RegExp(`^line 1 is not valid UTF-8 \\(at byte ${head.length} of the line\\)$`));
  assert.ok(Array.isArray(out[1].events));
  assert.match(out[2].error, /line 3: its "text" looks like binary data/);
  assert.match(r.stderr, /2 of 3 lines could not be processed/);
});

test('an empty JSON-lines file, or one of blank lines, is a one-line error', () => {
  assertOneLineError(sitrep(['extract', tempFile('empty.jsonl', '')]), /empty\.jsonl is empty: there is no JSON line in it/);
  assertOneLineError(sitrep(['extract', '--input-format', 'jsonl', tempFile('blank.txt', '\n  \n\n')]), /blank\.txt is empty/);
});
