import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { root, sitrep } from '../helpers.js';

const report = join(root, 'examples', 'marib-drone-strike.txt');

test('extract prints a readable block per event by default', () => {
  const r = sitrep(['extract', report]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Document: Drone strike on house in Yemen's Marib kills four from one family$/m);
  assert.match(r.stdout, /^1\. Explosions\/Remote violence \/ Air\/drone strike$/m);
  assert.match(r.stdout, /^ {3}date: {7}2023-02-08 \(day\)$/m);
  assert.match(r.stdout, /^ {3}place: {6}Sirwah, .*Yemen \(15\.45, 45\.02; geo precision 1\)$/m);
  assert.match(r.stdout, /^ {3}actors: {5}Military Forces of Yemen \(2017-\) Houthi \[Rebel group\] \/ Civilians \(Yemen\) \[Civilians\]$/m);
  assert.match(r.stdout, /^ {3}fatalities: 4 {3}certainty: reported$/m);
});

test('--format json prints the contract: document and events whose spans point at their words', () => {
  const r = sitrep(['extract', '--format', 'json', report]);
  assert.equal(r.status, 0, r.stderr);
  const { document, events } = JSON.parse(r.stdout);
  for (const key of ['id', 'text', 'title', 'summary', 'author', 'url', 'published', 'dateline']) assert.ok(key in document, key);
  assert.ok(events.length >= 1);
  for (const e of events) {
    for (const key of ['id', 'event_type', 'sub_event_type', 'disorder_type', 'actor1', 'actor2', 'location', 'date', 'fatalities', 'certainty', 'evidence', 'notes']) assert.ok(key in e, key);
    for (const span of [...e.evidence, e.location?.mention, e.actor1?.mention, e.actor2?.mention, e.date?.mention].filter(Boolean)) {
      assert.equal(document.text.slice(span.start, span.end), span.text);
    }
    assert.match(e.notes, /^(On|Between) .+\.$/);
  }
});
