import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes } from '../../src/time/index.js';
import { news } from './helpers.js';

const ctx = news('2020-07-01');
const none = (text: string) => assert.deepEqual(tagTimes(text, ctx).map((t) => t.text), [], text);

test('counts and ranges of people are not dates', () => {
  none('Between 300 to 400 militiamen and 120 to 150 police officers took part.');
});

test('distances, scores, phone numbers and model numbers are not dates', () => {
  none('The mortar landed eighty meters away.');
  none('The home side won 3-1 on penalties.');
  none('For help call 555-0199 or +44 20 7946 0958.');
  none('They fired from a T-72 and an MiG-29 carried R-77 missiles.');
});

test('prices with fractions are not dates', () => {
  none('The shares closed at 24 3/8, up 1/4.');
});

test('a few seconds later is a short stretch, not a date or clock time', () => {
  const found = tagTimes('A few seconds later the truck exploded.', ctx);
  assert.ok(found.every((t) => t.type === 'DURATION'), JSON.stringify(found));
});

test('ages are not durations', () => {
  none('A 12-year-old girl and her 45-year-old father were wounded.');
});
