import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNamedActors } from '../../src/actors/index.js';

test('a demonym before a force noun names that country\'s state forces', () => {
  const found = findNamedActors('Russian artillery shelled the town while Nigerian gendarmes watched the road.');
  assert.deepEqual(found.map((a) => [a.text, a.country, a.type, a.rule]), [
    ['Russian artillery', 'RU', 'State forces', 'demonym+force'],
    ['Nigerian gendarmes', 'NG', 'State forces', 'demonym+force'],
  ]);
  assert.match(found[0].name, /^Military Forces of Russia/);
  assert.match(found[1].name, /^Police Forces of Nigeria/);
});

test('a demonym alone, or before a word that is no force, names no actor', () => {
  assert.deepEqual(findNamedActors('Syrian families returned; the Russian embassy issued a statement.'), []);
});
