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

test('an adjectival quarter ("the third-quarter loss") starts at the ordinal', () => {
  assert.deepEqual(values('The third-quarter loss widened.', news('2021-11-02')), ['third-quarter=2021-Q3']);
});

test('after "the first nine months", "a year earlier" compares years, not the quarter', () => {
  const text = 'Profit in the third quarter rose 5% from a year earlier. For the first nine months, net rose 8% from a year earlier.';
  assert.deepEqual(values(text, news('2021-10-25')), ['the third quarter=2021-Q3', 'a year earlier=2020-Q3', 'the first nine months=P9M', 'a year earlier=2020']);
});

test('the same quarter a year back: "the quarter a year ago", "last year\'s quarter", "the corresponding period last year"', () => {
  const text = 'Profit for the third quarter rose. For the quarter a year ago, it earned less. Sales for last year\'s quarter fell, as in the corresponding period last year.';
  assert.deepEqual(values(text, news('2021-10-26')), ['the third quarter=2021-Q3', 'the quarter a year ago=2020-Q3', 'last year\'s quarter=2020-Q3', 'the corresponding period last year=2020-Q3']);
});

test('a quarter not yet over is a forecast, not the quarter later comparisons refer to', () => {
  const text = 'Net rose in the third quarter. It expects fourth-quarter charges. Net rose 5% from a year ago; the latest quarter was strong.';
  assert.deepEqual(values(text, news('2021-10-26')), ['the third quarter=2021-Q3', 'fourth-quarter=2021-Q4', 'a year ago=2020-Q3', 'the latest quarter=2021-Q3']);
  // unless the text says it has ended (a fiscal quarter)
  const fiscal = 'Net for the fourth quarter ended Sept. 30 rose 5% from a year earlier.';
  assert.deepEqual(values(fiscal, news('2021-10-26')), ['the fourth quarter=2021-Q4', 'Sept. 30=2021-09-30', 'a year earlier=2020-Q4']);
});

test('"last year" in a comparison of quarterly figures is the same quarter last year', () => {
  const text = 'Third-quarter net fell to $5 million, compared with $8 million last year. Last year the company cut jobs.';
  assert.deepEqual(values(text, news('2021-10-26')), ['Third-quarter=2021-Q3', 'last year=2020-Q3', 'Last year=2020']);
});
