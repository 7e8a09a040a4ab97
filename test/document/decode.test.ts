import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../src/document/index.js';

test('decodes UTF-8 text and strips nothing from it', () => {
  assert.equal(decodeText(Buffer.from('Deir ez-Zor — “quoted”', 'utf8'), 'f'), 'Deir ez-Zor — “quoted”');
});

test('decodes UTF-16 with a byte-order mark', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Aleppo shelled', 'utf16le')]);
  assert.equal(decodeText(bytes, 'f'), 'Aleppo shelled');
});

test('refuses empty, blank, binary and invalid UTF-8 input with one-line messages', () => {
  assert.throws(() => decodeText(Buffer.alloc(0), 'a.txt'), /a\.txt is empty/);
  assert.throws(() => decodeText(Buffer.from(' \n\t\n'), 'a.txt'), /only white space/);
  assert.throws(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'img.png'), /looks like a binary file/);
  assert.throws(() => decodeText(Buffer.from([0x4b, 0x61, 0x62, 0x75, 0x6c, 0xe9, 0x20, 0x61]), 'latin1.txt'), /not valid UTF-8 \(at byte 5\)/);
});
