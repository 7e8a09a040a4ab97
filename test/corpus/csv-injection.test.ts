// A CSV export opened in a spreadsheet runs no formula planted in a document, a file name or
// a feed link (OWASP's CSV injection advice): such cells start with an apostrophe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { sitrep } from '../helpers.js';
import { csvField, csvLine } from '../../src/corpus/export/csv.js';
import { SIRTE_MARKET_A, SIRTE_HOUSE, tempFolder } from './fixtures.js';

test('text cells starting with = + - @ tab or CR get a leading apostrophe and quotes; numbers stay numbers', () => {
  assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  assert.equal(csvField('@SUM(A1)'), `"'@SUM(A1)"`);
  assert.equal(csvField('+cmd'), `"'+cmd"`);
  assert.equal(csvField('-2+3'), `"'-2+3"`);
  assert.equal(csvField('\t=1'), `"'\t=1"`);
  assert.equal(csvField('\r=1'), `"'\r=1"`);
  assert.equal(csvField('a=1'), 'a=1');
  assert.equal(csvField("Yemen's"), "Yemen's");
  assert.equal(csvLine([-7.5, -12, 0, 'x']), '-7.5,-12,0,x\r\n');
});

test('an ACLED CSV export of sources named like formulas holds no cell a spreadsheet would run', () => {
  const dir = tempFolder({
    '=HYPERLINK("evil.example","click").txt': SIRTE_MARKET_A,
    'feed.jsonl': JSON.stringify({ id: 'x', url: 'http://=1+2/', text: SIRTE_HOUSE }) + '\n',
  });
  const db = join(dir, 'sitrep.db');
  assert.equal(sitrep(['ingest', '--db', db, '--workers', '1', '--quiet', dir]).status, 0);
  const out = join(dir, 'events.csv');
  const r = sitrep(['export', '--db', db, '--format', 'acled-csv', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const csv = readFileSync(out, 'utf8');
  const cells = csv.split(/,|\r\n/);
  assert.ok(cells.some((c) => c.startsWith(`"'=HYPERLINK(`)), csv);
  assert.ok(cells.some((c) => c === `"'=1+2"`), csv);
  // No cell, quoted or not, begins with a formula character once its quotes are taken off.
  for (const line of csv.trim().split('\r\n')) {
    for (const cell of line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g) ?? []) {
      const value = cell.replace(/,$/, '').replace(/^"|"$/g, '');
      if (/^-?\d+(?:\.\d+)?$/.test(value)) continue;
      assert.doesNotMatch(value, /^[=+\-@\t\r]/, line);
    }
  }
});
