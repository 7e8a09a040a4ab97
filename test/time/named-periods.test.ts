import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes } from '../../src/time/index.js';
import { mention, news, values } from './helpers.js';

// Published on Tuesday 2019-11-12.
const ctx = news('2019-11-12');

test('centuries and spoken years', () => {
  assert.equal(mention('The mosque dates from the 12th century.', ctx, 'the 12th century').value, '11');
  assert.equal(mention('The border was drawn in nineteen forty-eight.', ctx, 'nineteen forty-eight').value, '1948');
  assert.equal(mention('It happened in March nineteen ninety-one.', ctx, 'March nineteen ninety-one').value, '1991-03');
});

test('"the year" is the current year unless it is a twelve-month stretch ending on a date', () => {
  assert.equal(mention('Sales for the full year rose.', ctx, 'the full year').value, '2019');
  const fiscal = mention('Profit for the year ended June 30 fell.', ctx, 'the year');
  assert.deepEqual([fiscal.type, fiscal.value], ['DURATION', 'P1Y']);
  assert.equal(mention('The deal should close by year-end.', ctx, 'year-end').value, '2019');
});

test('"the weekend" is the last one in a past clause and the next one in a future clause', () => {
  assert.equal(mention('Riots broke out over the weekend.', ctx, 'the weekend').value, '2019-W45-WE');
  assert.equal(mention('Talks will resume after the weekend.', ctx, 'the weekend').value, '2019-W46-WE');
});

test('"the past decade" and "for years" are durations', () => {
  assert.equal(mention('Violence has doubled over the past decade.', ctx, 'the past decade').value, 'P10Y');
  const t = mention('The road has been closed for years.', ctx, 'years');
  assert.deepEqual([t.type, t.value], ['DURATION', 'PXY']);
});

test('"recently" and "year-ago" compare with the past', () => {
  assert.equal(mention('The checkpoint was recently moved.', ctx, 'recently').value, 'PAST_REF');
  assert.equal(mention('Sales beat the year-ago level.', ctx, 'year-ago').value, '2018');
});

test('noon and midnight are clock times, and join a weekday next to them', () => {
  assert.equal(mention('The deadline expires at midnight Friday.', ctx, 'midnight Friday').type, 'TIME');
  assert.equal(mention('The deadline expired at noon Sunday.', ctx, 'noon Sunday').value, '2019-11-10T12:00');
});

test('a weekday that introduces a written date is one mention', () => {
  assert.deepEqual(values('The paper wrote on Friday, Nov. 8, that the camp was closed.', ctx), ['Friday, Nov. 8=2019-11-08']);
});

test('frequencies: once a week, twice a year, $2 a day', () => {
  assert.deepEqual(values('Aid arrives once a week; inspectors come twice a year.', ctx), ['once a week=P1W', 'twice a year=P1Y']);
  assert.equal(mention('Workers earn $2 a day.', ctx, 'a day').type, 'SET');
});

test('stretches listed in ctx.skip are left alone', () => {
  const text = 'Posted June 3, 2019. Fighting resumed on June 5.';
  const found = tagTimes(text, { published: '2019-06-10', dateline: null, skip: [{ start: 0, end: 20 }] });
  assert.deepEqual(found.map((t) => t.text), ['June 5']);
});

test('a step from a named day: "the day before last Tuesday", "the day after Christmas"', () => {
  const c = news('2021-06-16');
  assert.equal(mention('The day before last Tuesday\'s vote, crowds gathered.', c, 'The day before last Tuesday').value, '2021-06-14');
  assert.equal(mention('Fighting resumed the day after Christmas.', c, 'the day after Christmas').value, '2020-12-26');
  // a step from an event, not from a date, stays a narrative step
  assert.deepEqual(values('On 3 May 2021 the town fell. The day before, the army had left.', c), ['3 May 2021=2021-05-03', 'The day before=2021-05-02']);
});

test('"the week of March 6" is the ISO week holding that day', () => {
  const t = mention('A hearing is set for the week of March 8.', news('2021-02-20'), 'the week of March 8');
  assert.equal(t.value, '2021-W10');
  assert.deepEqual(t.range, { start: '2021-03-08', end: '2021-03-14' });
});

test('"this century" and "the past decade" are stretches', () => {
  assert.deepEqual(values('The worst massacre of this century happened over the past decade.', news('2021-06-16')), ['this century=P100Y', 'the past decade=P10Y']);
});

test('"since year-end" counts from last year\'s last day; "year-end" alone is the year', () => {
  const c = news('2021-11-02');
  assert.equal(mention('Shares are up 5% since year-end.', c, 'year-end').value, '2020-12-31');
  assert.equal(mention('The deal should close by year-end.', c, 'year-end').value, '2021');
});

test('"Easter week" is the ISO week holding the holiday, under way from its Monday', () => {
  const t = mention('Pilgrims prayed as Easter week began.', news('2021-03-29'), 'Easter week');
  assert.equal(t.value, '2021-W13');
  assert.deepEqual(t.range, { start: '2021-03-29', end: '2021-04-04' });
});

test('"high noon" is an idiom, not a clock time', () => {
  assert.deepEqual(values('For the people of the city, high noon has come.', news('2021-06-16')), []);
  assert.equal(mention('The deadline expires at noon.', news('2021-06-16'), 'noon').type, 'TIME');
});
