// Inputs that once broke a stage: words that are names of Object's own properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/document/index.js';
import { extract } from '../../src/pipeline.js';

test('words such as "constructor" and "__proto__" are ordinary words to every stage', () => {
  const text = 'The constructor of the toString plant said valueOf hasOwnProperty __proto__ prototype: gunmen killed 3 villagers near Hama on Monday.';
  const result = extract(buildDocument({ text, format: 'text', what: 't', published: '2024-03-06' }));
  const attack = result.events.find((e) => e.event_type === 'Violence against civilians');
  assert.ok(attack, JSON.stringify(result.events.map((e) => e.sub_event_type)));
  assert.equal(attack.fatalities, 3);
  assert.equal(attack.location?.country_code, 'SY');
});
