import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthsByLanguage, weekdaysByLanguage, monthNumber, weekdayNumber, quantity } from '../../src/time/lexicon.js';

test('loads month names for English and five other languages from data/time', () => {
  for (const lang of ['en', 'fr', 'es', 'de', 'it', 'pt']) {
    const months = monthsByLanguage[lang];
    assert.ok(months, `months for ${lang}`);
    assert.deepEqual([...new Set(Object.values(months))].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], lang);
  }
});

test('loads weekday names for the same languages, Monday = 1', () => {
  for (const lang of ['en', 'fr', 'es', 'de', 'it', 'pt']) {
    assert.deepEqual([...new Set(Object.values(weekdaysByLanguage[lang]))].sort(), [1, 2, 3, 4, 5, 6, 7], lang);
  }
  assert.equal(weekdayNumber('Donnerstag'), 4);
  assert.equal(weekdayNumber('sábado'), 6);
});

test('reads foreign and abbreviated month names, any case', () => {
  assert.equal(monthNumber('Septembre'), 9);
  assert.equal(monthNumber('agosto'), 8);
  assert.equal(monthNumber('März'), 3);
  assert.equal(monthNumber('Sept.'), 9);
  assert.equal(monthNumber('Brumaire'), null);
});

test('reads counts in words and digits, vague ones as unknown', () => {
  assert.equal(quantity('three'), 3);
  assert.equal(quantity('twenty-four'), 24);
  assert.equal(quantity('a couple of'), 2);
  assert.equal(quantity('5 1/2'), 5.5);
  assert.equal(quantity('several'), null);
  assert.equal(quantity('purple'), undefined);
});
