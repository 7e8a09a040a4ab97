import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mention, news, values } from './helpers.js';

const ctx = news('2018-10-25');

test('counted durations in words, digits, hyphenated and with modifiers', () => {
  assert.deepEqual(values('The siege lasted for three weeks.', ctx), ['three weeks=P3W']);
  assert.equal(mention('a 30-day truce', ctx, '30-day').value, 'P30D');
  assert.equal(mention('after 5 1/2 hours of talks', ctx, '5 1/2 hours').value, 'PT5H30M');
  assert.equal(mention('held for at least 72 hours', ctx, 'at least 72 hours').value, 'PT72H');
  assert.equal(mention('Prices doubled over the past two decades.', ctx, 'the past two decades').value, 'P20Y');
  assert.equal(mention('It will take the next few years.', ctx, 'the next few years').value, 'PXY');
});

test('durations are DURATION mentions without a calendar range', () => {
  const t = mention('The blockade lasted two months.', ctx, 'two months');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.range, null);
});

test('recurring times are SETs', () => {
  assert.deepEqual(values('Convoys pass daily and patrols run every week.', ctx), ['daily=P1D', 'every week=P1W']);
  assert.equal(mention('They meet each Thursday.', ctx, 'each Thursday').value, 'XXXX-WXX-4');
  assert.equal(mention('It costs $3 million a year.', ctx, 'a year').type, 'SET');
});

test('vague references: now, currently, recently, the future', () => {
  assert.deepEqual(values('The city is now calm and currently under curfew.', ctx), ['now=PRESENT_REF', 'currently=PRESENT_REF']);
  assert.equal(mention('More may come in the near future.', ctx, 'the near future').value, 'FUTURE_REF');
  assert.equal(mention('The square was once a market.', ctx, 'once').value, 'PAST_REF');
  assert.deepEqual(values('Once the war ends we will return.', ctx), []);
});

test('recent and coming stretches are durations of unknown length', () => {
  assert.deepEqual(values('Attacks have risen in recent years and may spread in coming weeks.', ctx), ['recent years=PXY', 'coming weeks=PXW']);
  const t = mention('Aid will be scarce in the months ahead.', ctx, 'the months ahead');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'PXM');
  assert.equal(mention('Prices fell in recent days.', ctx, 'recent days').value, 'PXD');
});

test('duration extents leave out prepositions and focus adverbs, keep quantity modifiers', () => {
  assert.deepEqual(values('The unit must withdraw within two weeks and stayed only five hours.', ctx), ['two weeks=P2W', 'five hours=PT5H']);
  assert.deepEqual(values('They talked for about three days.', ctx), ['three days=P3D']);
  assert.deepEqual(values('The siege lasted nearly five months.', ctx), ['nearly five months=P5M']);
});

test('an adjectival duration starts at its number', () => {
  assert.deepEqual(values('The end of the eight-year war came after its 52-week low.', ctx), ['eight-year=P8Y', '52-week=P52W']);
});

test('"and a half" adds half a unit', () => {
  assert.deepEqual(values('A minute and a half later the shelling stopped; he served two years and a half.', ctx), ['A minute and a half=PT1M30S', 'two years and a half=P2Y6M']);
});

test('"soon" looking forward is FUTURE_REF; "soon after", "as soon as" and past narration are not', () => {
  assert.deepEqual(values('Prosecutors may soon file charges and want a verdict as soon as possible.', ctx), ['soon=FUTURE_REF', 'as soon as possible=FUTURE_REF']);
  assert.deepEqual(values('He was soon released, soon after the raid, and left as soon as he could.', ctx), []);
});
