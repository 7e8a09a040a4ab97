// Sentences that tell more about an event already coded must not become events of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/document/index.js';
import { extract } from '../../src/pipeline.js';

const code = (text: string) => extract(buildDocument({ text, format: 'text', what: 't', published: '2023-05-10' })).events;

test('a toll told after a clash, by no named hand, is the clash\'s toll', () => {
  const events = code('Al Shabaab fighters clashed with the Somali army near Jowhar on Monday. At least five people were killed, a district commissioner said.');
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Armed clash']);
  assert.equal(events[0].fatalities, 5);
});

test('an updated toll supersedes the first count, and a smaller figure after it is a part of it', () => {
  const events = code([
    'A roadside bomb struck a bus near Garissa on Monday, killing at least six passengers, police said.',
    'The death toll rose to eleven on Tuesday after several of the injured died, a county official said.',
    'The county hospital said it had received four of the dead.',
  ].join(' '));
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Remote explosive/landmine/IED']);
  assert.equal(events[0].fatalities, 11);
  assert.match(events[0].fatalities_mention?.text ?? '', /eleven/);
});

test('without an update the lowest figure told stands', () => {
  const events = code('A roadside bomb struck a bus near Garissa on Monday, killing at least six passengers, police said. Residents said ten people had died.');
  assert.equal(events[0].fatalities, 6);
});

test('an attack named beside the shells that made it is the shelling, not a second battle', () => {
  const events = code('Mortar rounds hit the market in Baidoa on Tuesday, in what the governor called an attack by the militants.');
  assert.deepEqual(events.map((e) => e.event_type), ['Explosions/Remote violence']);
});

test('what a deal is for is no event ("so that wounded civilians can be moved")', () => {
  const events = code('The army and the rebels agreed on Sunday to a truce in Kadugli so that wounded civilians could be evacuated.');
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Agreement']);
});

test('"the explosions" later in a story about shelling are the shelling, however far back it was told', () => {
  const events = code([
    'Artillery shells hit the bus station in Izium on Monday morning, officials said.',
    'The station had reopened in the spring. Buses to the capital ran twice a day.',
    'Drivers said the service would be suspended for a week. The council met in the afternoon.',
    'A cleaner said she had heard the explosions from the basement of the depot.',
  ].join(' '));
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Shelling/artillery/missile attack']);
});

test('the dead are counted whoever they were: journalists, volunteers, refugees', () => {
  const events = code('Gunmen opened fire on a bus carrying refugees near Gao on Monday, killing four refugees and two volunteers.');
  assert.equal(events.length, 1);
  assert.equal(events[0].fatalities, 6);
});

test('a count with a hyphenated word before its people is read whole ("seven anti-government protesters", "two aid workers")', () => {
  const shot = code('Security forces opened fire on a march in Mandalay on Sunday, and at least seven anti-government protesters were killed.');
  assert.equal(shot[0]?.fatalities, 7);
  const listed = code('Gunmen attacked a convoy near Gao on Monday, killing three journalists and two aid workers.');
  assert.equal(listed[0]?.fatalities, 5);
  assert.equal(listed[0]?.fatalities_mention?.text, 'killing three journalists and two aid workers');
});

test('a toll in words multiplies hundreds and thousands and adds tens and units', () => {
  assert.equal(code('Militants attacked the town of Baga in Borno on Monday, and two hundred people were killed, officials said.')[0]?.fatalities, 200);
  assert.equal(code('Militants attacked the town of Baga in Borno on Monday, and twenty-five people were killed, officials said.')[0]?.fatalities, 25);
});
