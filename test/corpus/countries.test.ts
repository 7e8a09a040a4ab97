import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryInfo, loadCountries } from '../../src/corpus/countries.js';

const ACLED_REGIONS = new Set(['Western Africa', 'Middle Africa', 'Eastern Africa', 'Southern Africa', 'Northern Africa', 'South Asia',
  'Southeast Asia', 'East Asia', 'Middle East', 'Europe', 'Caucasus and Central Asia', 'Central America', 'South America', 'Caribbean',
  'North America', 'Oceania', 'Antarctica']);

test('the country file maps every alpha-2 code to a numeric ISO code, an alpha-3 code and an ACLED region', () => {
  const countries = loadCountries();
  assert.ok(countries.size >= 240);
  for (const [code, c] of countries) {
    assert.match(code, /^[A-Z]{2}$/);
    assert.match(c.alpha3, /^[A-Z]{3}$/);
    assert.ok(Number.isInteger(c.numeric) && c.numeric >= 0 && c.numeric < 1000, code);
    assert.ok(ACLED_REGIONS.has(c.region), `${code}: ${c.region}`);
  }
});

test('the countries ACLED covers most get ACLED\'s codes and regions', () => {
  assert.deepEqual(countryInfo('SY'), { numeric: 760, alpha3: 'SYR', name: 'Syria', region: 'Middle East' });
  assert.equal(countryInfo('ly')?.numeric, 434);
  assert.equal(countryInfo('LY')?.region, 'Northern Africa');
  assert.equal(countryInfo('ML')?.region, 'Western Africa');
  assert.equal(countryInfo('CD')?.region, 'Middle Africa');
  assert.equal(countryInfo('MZ')?.region, 'Southern Africa');
  assert.equal(countryInfo('UA')?.region, 'Europe');
  assert.equal(countryInfo('AM')?.region, 'Caucasus and Central Asia');
  assert.equal(countryInfo('MX')?.region, 'Central America');
  assert.equal(countryInfo('AF')?.numeric, 4);
  assert.equal(countryInfo(null), null);
});
