import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mention, news, values } from './helpers.js';

const ctx = news('2018-10-25');

test('months with modifiers and years', () => {
  assert.equal(mention('Clashes flared in mid-June.', ctx, 'mid-June').value, '2018-06');
  assert.equal(mention('The offensive began in late November 2016.', ctx, 'late November 2016').value, '2016-11');
  assert.equal(mention('Talks collapsed last April.', ctx, 'last April').value, '2018-04');
  assert.equal(mention('The vote was held in February this year.', ctx, 'February this year').value, '2018-02');
});

test('"May" and "March" need company to be months', () => {
  assert.deepEqual(values('We may march again. The rally took place in May.', ctx), ['May=2018-05']);
});

test('bare years after a preposition, decades and centuries', () => {
  assert.deepEqual(values('The town fell in 1938 and was rebuilt during the 1950s.', ctx), ['1938=1938', 'the 1950s=195']);
  assert.equal(mention('Unrest grew in late 2016.', ctx, 'late 2016').value, '2016');
  assert.equal(mention('Violence rose in the nineties.', ctx, 'the nineties').value, '199');
});

test('quarters, halves and seasons', () => {
  assert.equal(mention('Exports fell in the third quarter.', ctx, 'the third quarter').value, '2018-Q3');
  assert.equal(mention('Attacks doubled in the first quarter of 2017.', ctx, 'the first quarter of 2017').value, '2017-Q1');
  assert.equal(mention('Aid arrived in Q2 2016.', ctx, 'Q2 2016').value, '2016-Q2');
  assert.equal(mention('The front was quiet this summer.', ctx, 'this summer').value, '2018-SU');
  assert.equal(mention('Fighting resumed last winter.', ctx, 'last winter').value, '2017-WI');
  assert.equal(mention('Output rose in the second half of 2015.', ctx, 'the second half of 2015').value, '2015-H2');
});

test('"the quarter" and "a year earlier" refer to the quarter the story is about', () => {
  const text = 'Revenue rose in the third quarter. Profit for the quarter was higher than a year earlier.';
  assert.deepEqual(values(text, ctx), ['the third quarter=2018-Q3', 'the quarter=2018-Q3', 'a year earlier=2017-Q3']);
});

test('offsets from publication at the granularity of their unit', () => {
  assert.deepEqual(values('The camp opened two years ago and closed three weeks ago.', ctx), ['two years ago=2016', 'three weeks ago=2018-W40']);
});

test('ranges written as one phrase', () => {
  const t = mention('Talks ran from 3 to 5 May 2017.', ctx, 'from 3 to 5 May 2017');
  assert.deepEqual([t.value, t.range], ['2017-05-03', { start: '2017-05-03', end: '2017-05-05' }]);
  const m = mention('Rains fell between June and August.', ctx, 'between June and August');
  assert.deepEqual(m.range, { start: '2018-06-01', end: '2018-08-31' });
});

test('a year range written as one token is one mention; spelled-out ranges are two years', () => {
  const t = mention('The occupation lasted 1974-79.', ctx, '1974-79');
  assert.deepEqual([t.value, t.range], ['1974', { start: '1974-01-01', end: '1979-12-31' }]);
  assert.deepEqual(values('He ruled from 1961 to 1970.', ctx), ['1961=1961', '1970=1970']);
});
