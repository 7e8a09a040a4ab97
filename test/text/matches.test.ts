import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches, eachMatch } from '../../src/text/matches.js';

test('allMatches (and eachMatch under it) finds what matchAll finds, and leaves the pattern ready for the next text', () => {
  const re = /\b(\d+) (?:dead|killed)\b/gi;
  const text = 'First 3 dead, then 12 killed near the bridge; 7 DEAD later.';
  const mine = allMatches(re, text).map((m) => [m.index, m[0], m[1]]);
  assert.deepEqual(mine, [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]));
  assert.equal(mine.length, 3);
  assert.equal(re.lastIndex, 0);
  // A pattern left mid-search by test() still searches the next text from its start.
  re.test(text);
  assert.equal(allMatches(re, 'only 5 killed').length, 1);
});

test('allMatches steps over empty matches, by whole characters in unicode mode', () => {
  assert.deepEqual(allMatches(/x*/g, 'ab').map((m) => m.index), [0, 1, 2]);
  assert.deepEqual(allMatches(/(?:)/gu, 'a😀b').map((m) => m.index), [...'a😀b'.matchAll(/(?:)/gu)].map((m) => m.index));
  // The v flag (unicode sets) steps by code points too, though `re.unicode` is false for it: a
  // step into the middle of the emoji would be put back to its start and match there for ever.
  const sets = new RegExp('(?:)', 'gv');
  const at: number[] = [];
  eachMatch(sets, 'a😀b', (m) => {
    at.push(m.index);
    if (at.length > 4) throw new Error(`stuck at ${at.join(', ')}`);
  });
  assert.deepEqual(at, [...'a😀b'.matchAll(sets)].map((m) => m.index));
  assert.deepEqual(at, [0, 1, 3, 4]);
});

test('allMatches refuses a pattern without the global flag instead of looping forever', () => {
  assert.throws(() => allMatches(/a/, 'aaa'), /global/);
});

test('eachMatch goes on where it was when the visitor searched with the same pattern', () => {
  const re = /\d+/g;
  const seen: string[] = [];
  eachMatch(re, '1 22 333', (m) => {
    seen.push(m[0]);
    // Started over from the first match: fail rather than loop for ever.
    if (seen.length > 3) throw new Error(`visited again: ${seen.join(' ')}`);
    assert.equal(allMatches(re, 'x 9 y 8').length, 2);
  });
  assert.deepEqual(seen, ['1', '22', '333']);
});
