// The place stage on sentences written for these tests: each family of ambiguity the
// geoparser must settle (namesakes in several countries, people and organisations named
// like towns, regions against towns, demonyms and acronyms).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagPlaces, resolvePlaceName } from '../../src/places/index.js';

const find = (text: string, words: string, ctx = {}) => tagPlaces(text, ctx).find((m) => m.text === words);
const km = (a: { lat: number; lon: number }, lat: number, lon: number) => {
  const r = Math.PI / 180, dLat = (lat - a.lat) * r, dLon = (lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

test('reads Mansoura near Raqqa as the Syrian village, not the Egyptian city', () => {
  const text = 'After a week of fighting east of Raqqa, the militia took Mansoura and the road to the dam.';
  const m = find(text, 'Mansoura', { datelinePlace: 'Raqqa East front' });
  assert.ok(m);
  assert.equal(m.geonames_id, 8559276);
  assert.equal(m.country_code, 'SY');
  assert.equal(m.country, 'Syria');
  assert.ok(km(m, 35.84, 38.74) < 5);
});

test('reads Mansoura in a story about the Nile delta as the Egyptian city', () => {
  const m = find('Protesters gathered in Mansoura and Tanta, two cities of the Nile delta in Egypt.', 'Mansoura');
  assert.ok(m);
  assert.equal(m.country_code, 'EG');
});

test('resolves the place words of a dateline to the town they start with', () => {
  const m = resolvePlaceName('Raqqa East front');
  assert.ok(m);
  assert.equal(m.text, 'Raqqa');
  assert.equal(m.country_code, 'SY');
  assert.ok(km(m, 35.95, 39.01) < 30);
});

test('picks the local namesake when the state is named: Paris, Tennessee', () => {
  const text = 'The fire broke out in Paris, Tenn., late on Friday; crews from Henry County helped.';
  const m = find(text, 'Paris');
  assert.ok(m);
  assert.equal(m.country_code, 'US');
  assert.equal(m.admin1, 'Tennessee');
  const state = find(text, 'Tenn.');
  assert.equal(state?.kind, 'admin1');
});

test('keeps the famous namesake without local context: Paris, France', () => {
  const m = find('Ministers met in Paris and Berlin to discuss the budget.', 'Paris');
  assert.equal(m?.country_code, 'FR');
});

test('reads "X, Region" as X inside that region', () => {
  const m = find('The plant in Alexandria, Louisiana, will close.', 'Alexandria');
  assert.equal(m?.country_code, 'US');
  assert.equal(m?.admin1, 'Louisiana');
});

test('resolves a country to the country, not to a town of the same name', () => {
  const m = find('Talks between Egypt and Jordan resumed on Monday.', 'Egypt');
  assert.equal(m?.kind, 'country');
  assert.equal(m?.country_code, 'EG');
});

test('resolves Georgia by its company: the state near Atlanta, the country near Tbilisi', () => {
  const us = find('Storms hit Atlanta and Macon as Georgia braced for floods.', 'Georgia');
  assert.equal(us?.country_code, 'US');
  assert.equal(us?.kind, 'admin1');
  const ge = find('Russian troops moved from Tbilisi towards Gori, deep inside Georgia.', 'Georgia');
  assert.equal(ge?.country_code, 'GE');
  assert.equal(ge?.kind, 'country');
});

test('finds multiword and hyphenated names and possessives', () => {
  const places = tagPlaces("Convoys left Deir ez-Zor for New York City while Raqqa's outskirts burned.");
  assert.deepEqual(places.map((p) => p.text), ['Deir ez-Zor', 'New York City', 'Raqqa']);
  assert.equal(places[0].country_code, 'SY');
});

test('skips demonyms and languages unless asked for them', () => {
  const text = 'Syrian forces and Kurdish fighters advanced.';
  assert.equal(tagPlaces(text).length, 0);
  const withDemonyms = tagPlaces(text, { demonyms: true });
  assert.equal(withDemonyms.find((m) => m.text === 'Syrian')?.country_code, 'SY');
  assert.equal(withDemonyms.some((m) => m.text === 'Kurdish'), false);
});

test('does not read acronyms that are alternate names as places', () => {
  const places = tagPlaces('The SDF let IS fighters leave, the EU and NATO said, while the U.S. and UK watched.');
  assert.deepEqual(places.map((p) => p.text), ['U.S.', 'UK']);
});

test('does not read a newspaper, a school or an armed group as its place', () => {
  const text = 'The Washington Post reported that pupils of Buckland Elementary met Islamic State survivors.';
  assert.equal(tagPlaces(text).length, 0);
});

test('does not read a person named like a town as the town', () => {
  const text = 'Coach Tom Jamison praised the team. Later Jamison said the season was long. Ms. Trapani agreed.';
  assert.equal(tagPlaces(text).length, 0);
});

test('leaves out spans the caller already knows are not places', () => {
  const text = 'Fighters of the Raqqa Brigade entered Raqqa.';
  const all = tagPlaces(text).map((p) => p.start);
  const excluded = tagPlaces(text, { exclude: [{ start: 13, end: 26, text: 'Raqqa Brigade' }] });
  assert.ok(all.length >= 1);
  assert.deepEqual(excluded.map((p) => p.text), ['Raqqa']);
  assert.equal(excluded[0].start, 38);
});

test('every mention points at its words', () => {
  const text = 'From Aleppo to Homs, and on to Damascus.';
  for (const p of tagPlaces(text)) assert.equal(text.slice(p.start, p.end), p.text);
});

test('reads a country name as the country in a story set in an American state', () => {
  const m = find('Students in Dallas and Austin, Texas, raised money for flood victims in Egypt.', 'Egypt');
  assert.equal(m?.kind, 'country');
  assert.equal(m?.country_code, 'EG');
});

test('reads a town named like a country as the town when its state is given', () => {
  const m = find('The rodeo in Palestine, Texas, drew a crowd from Tyler and Jacksonville.', 'Palestine');
  assert.equal(m?.country_code, 'US');
  assert.equal(m?.admin1, 'Texas');
});

test('a name the text once uses as a place is that place wherever it stands capitalised', () => {
  const text = 'Rebels took the town of Sake on Monday. Sake controls the road west, and residents of Sake fled.';
  const sake = tagPlaces(text).filter((p) => p.text === 'Sake');
  assert.equal(sake.length, 3);
  assert.ok(sake.every((p) => p.country_code === 'CD'));
});

test('...but not where the text also uses the word in lower case', () => {
  const text = 'Fighters entered the village of Sake. For the sake of peace, elders met. Sake was quiet.';
  assert.equal(tagPlaces(text).some((p) => p.start === text.indexOf('Sake was')), false);
});

test('a word joined to the next by an Arabic article is part of a longer name, not a town of its own', () => {
  const text = 'Police raided homes in the Bab al-Tabbaneh quarter of Tripoli, Lebanon, on Monday.';
  const found = tagPlaces(text);
  assert.equal(found.some((p) => p.text === 'Bab'), false);
  assert.equal(found.find((p) => p.text === 'Tripoli')?.country_code, 'LB');
});

test('a spelling-variant namesake far from a story set elsewhere is not read as a place', () => {
  const text = 'Police in Tripoli, Lebanon, detained three activists in the Qobbeh neighbourhood on Monday. ' +
    'They were taken to a station near Beirut, Lebanon, and released in Sidon the next day.';
  const found = tagPlaces(text);
  assert.equal(found.some((p) => p.country_code === 'JP'), false, JSON.stringify(found.map((p) => [p.text, p.country_code])));
  assert.equal(found.find((p) => p.text === 'Tripoli')?.country_code, 'LB');
});

test('a town named after two name words is a surname, however large the town: here and later in the text (not when the town is also a province)', () => {
  const text = 'The editor Carlos Alberto Santos was taken back to jail on Friday. Santos said the charges were invented.';
  const found = tagPlaces(text, {}).map((m) => [m.text, m.start]);
  assert.deepEqual(found, [], 'Santos is the editor throughout (his surname, not the Brazilian port)');
  // A town after a single capitalised word that is a place itself, or after a title, keeps its other rules.
  assert.ok(find('Fighting spread from Aleppo Idlib and Hama on Sunday.', 'Hama'), 'a list of towns without commas is no name');
  assert.ok(find('Protesters marched in central Kharkiv on Monday.', 'Kharkiv'));
});

test('a small place known only by another name, in a country the text never names, is not read into a group\'s name', () => {
  const text = 'Police in Morocco said the cell called itself the Guardians of Al Aqsa and had planned attacks in Casablanca.';
  const found = tagPlaces(text, {}).map((m) => m.text);
  assert.ok(!found.includes('Al Aqsa'), `found: ${found.join(', ')}`);
  assert.ok(found.includes('Casablanca') && found.includes('Morocco'));
});

test('"X in Y" proves X a place only when a place called X lies in Y: "Police in Morocco" is no Polish town', () => {
  const found = tagPlaces('Police in Morocco said on Monday that two suspects had been held.', {}).map((m) => `${m.text}/${m.country_code}`);
  assert.deepEqual(found, ['Morocco/MA']);
  const cities = tagPlaces('Residents of Homs in Syria fled north.', {}).map((m) => `${m.text}/${m.country_code}`);
  assert.deepEqual(cities, ['Homs/SY', 'Syria/SY']);
});
