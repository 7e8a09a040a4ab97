// placeKey's memo: the same keys as ever, without holding on to the texts the names came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { placeKey } from '../../src/places/normalise.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('placeKey gives the same key for a name asked again, and for its spellings', () => {
  assert.equal(placeKey('Al-Fallūjah'), placeKey('Fallouja'));
  assert.equal(placeKey('Al-Fallūjah'), placeKey('Al-Fallūjah'));
  assert.equal(placeKey('Sainte Marie'), 'st marie');
  assert.equal(placeKey('Дамаск'), '');
});

test('the memo does not keep alive the long documents its names were cut from', () => {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 20; i++) {
    // A 2 MB text with a name of its own; a match of it is a view into the whole text.
    const text = `Convoy ambushed near Northernmostville${i} Heights yesterday. ${'filler words. '.repeat(150_000)}`;
    const name = /Northernmostville\d+ Heights/.exec(text)![0];
    placeKey(name);
    placeKey(name.split(' ')[0] + ' ' + name.split(' ')[1]);
  }
  gc();
  const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
  assert.ok(grownMb < 10, `the heap grew by ${grownMb.toFixed(0)} MB for 20 names of 2 MB texts`);
});
