// The hand-curated data under data/places/ loads and holds what the stage relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curated } from '../../src/places/curated.js';
import { placeKey } from '../../src/places/normalise.js';

test('curated lists load with their expected shapes', () => {
  const c = curated();
  assert.ok(c.regions.length > 20);
  for (const r of c.regions) {
    assert.ok(Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180, r.name);
    assert.ok(Array.isArray(r.alt), r.name);
  }
  assert.equal(c.demonyms['Kurdish'], null);
  assert.ok(c.nonPlaceWords.has('Monday'));
  assert.ok(!c.nonPlaceWords.has('Washington'), 'significant place names are not blocked');
  assert.equal(c.cues.usStateAbbreviations['Tenn.'], 'TN');
  assert.equal(c.countryAliases['Britain'], 'GB');
  assert.deepEqual(c.countryPoints['US'], [39.76, -98.5]);
});

test('transliteration variants share one key', () => {
  assert.equal(placeKey('Mansoura'), placeKey('Al Manşūrah'));
  assert.equal(placeKey('al-Mansurah'), placeKey('Mansoura'));
  assert.equal(placeKey('Raqqa'), placeKey('Ar Raqqah'));
  assert.equal(placeKey('Saint Louis'), placeKey('St. Louis'));
  assert.equal(placeKey('Qamishli'), placeKey('Kamishli'));
  assert.equal(placeKey('Moskva'), 'moskva');
  assert.equal(placeKey('الرقة'), '', 'other scripts are not indexed');
});
