import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { sitrep } from '../helpers.js';
import { ingest } from '../../src/corpus/ingest.js';
import { csvLine } from '../../src/corpus/export/csv.js';
import { ACLED_COLUMNS } from '../../src/corpus/export/acled.js';
import { SIRTE_HOUSE, SIRTE_MARKET_A, SIRTE_MARKET_B, SIRTE_TRUCE_AND_CLASH, tempFolder } from './fixtures.js';

let dir = '', db = '';
before(async () => {
  dir = tempFolder({ 'market-a.txt': SIRTE_MARKET_A, 'market-b.txt': SIRTE_MARKET_B, 'house.txt': SIRTE_HOUSE, 'truce.txt': SIRTE_TRUCE_AND_CLASH });
  db = join(dir, 'sitrep.db');
  await ingest([dir], { db, workers: 2, maxBytes: 10 << 20 });
});

/** RFC 4180 reader, to check what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  assert.equal(field, '', 'every line ends with CRLF');
  return rows;
}

test('CSV fields are quoted as RFC 4180 says', () => {
  assert.equal(csvLine(['plain', 'a, b', 'say "no"', 'two\nlines', null, 14]), 'plain,"a, b","say ""no""","two\nlines",,14\r\n');
});

test('ACLED CSV has exactly ACLED\'s 31 columns in order, and a merged event row checked field by field', () => {
  const out = join(dir, 'events.csv');
  const r = sitrep(['export', '--db', db, '--format', 'acled-csv', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^\d+ events exported to .*events\.csv/);
  const text = readFileSync(out, 'utf8');
  const rows = parseCsv(text);
  assert.equal(rows[0].join(','), 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp');
  assert.equal(rows[0].length, 31);
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  for (const row of rows) assert.equal(row.length, 31);

  const byColumn = rows.slice(1).map((row) => Object.fromEntries(rows[0].map((c, i) => [c, row[i]])));
  const market = byColumn.find((r) => r.sub_event_type === 'Air/drone strike' && r.event_date === '2023-03-03');
  assert.ok(market, 'the market strike is exported');
  assert.match(market.event_id_cnty, /^LBY\d+$/);
  assert.equal(market.event_date, '2023-03-03');
  assert.equal(market.year, '2023');
  assert.equal(market.time_precision, '1');
  assert.equal(market.disorder_type, 'Political violence');
  assert.equal(market.event_type, 'Explosions/Remote violence');
  assert.equal(market.sub_event_type, 'Air/drone strike');
  assert.equal(market.actor1, '');
  assert.equal(market.assoc_actor_1, '');
  assert.equal(market.inter1, '');
  assert.equal(market.actor2, 'Civilians (Libya)');
  assert.equal(market.assoc_actor_2, '');
  assert.equal(market.inter2, 'Civilians');
  assert.equal(market.interaction, 'Civilians only');
  assert.equal(market.civilian_targeting, 'Civilian targeting');
  assert.equal(market.iso, '434');
  assert.equal(market.region, 'Northern Africa');
  assert.equal(market.country, 'Libya');
  assert.equal(market.admin1, 'Surt');
  assert.equal(market.admin2, '');
  assert.equal(market.admin3, '');
  assert.equal(market.location, 'Sirte');
  assert.equal(market.latitude, '31.2089');
  assert.equal(market.longitude, '16.5887');
  assert.equal(market.geo_precision, '1');
  assert.equal(market.source, 'market-a.txt; market-b.txt');
  assert.equal(market.source_scale, '');
  assert.match(market.notes, /^On 3 March 2023, air\/drone strike .* in Sirte \(Surt, Libya\)\. 14 reported killed\. Sources report 14 to 18 fatalities\.$/);
  assert.equal(market.fatalities, '14');
  assert.equal(market.tags, '');
  assert.match(market.timestamp, /^\d{10}$/);
});

test('GeoJSON export is a valid FeatureCollection of points with flat properties', () => {
  const r = sitrep(['export', '--db', db, '--format', 'geojson']);
  assert.equal(r.status, 0, r.stderr);
  const fc = JSON.parse(r.stdout);
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(Array.isArray(fc.features) && fc.features.length >= 4);
  const ids = new Set();
  for (const f of fc.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'Point');
    const [lon, lat] = f.geometry.coordinates;
    assert.equal(f.geometry.coordinates.length, 2);
    assert.ok(Number.isFinite(lon) && lon >= -180 && lon <= 180, 'longitude first (RFC 7946)');
    assert.ok(Number.isFinite(lat) && lat >= -90 && lat <= 90);
    assert.ok(typeof f.id === 'string' && !ids.has(f.id));
    ids.add(f.id);
    assert.equal(typeof f.properties, 'object');
    for (const [k, v] of Object.entries(f.properties)) assert.ok(v === null || ['string', 'number', 'boolean'].includes(typeof v), `${k} is flat`);
    assert.match(f.properties.event_date, /^\d{4}-\d{2}-\d{2}$/);
  }
  const market = fc.features.find((f: { properties: { fatalities_high: number } }) => f.properties.fatalities_high === 18);
  assert.deepEqual(market.geometry.coordinates.map((x: number) => Math.round(x * 100) / 100), [16.59, 31.21]);
  assert.equal(market.properties.source_count, 2);
});

test('JSON-lines and PLOVER exports give one record a line', () => {
  const jsonl = sitrep(['export', '--db', db, '--format', 'jsonl']);
  const events = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.every((e) => e.id && e.sources.length >= 1 && e.evidence.length >= 1));
  const plover = sitrep(['export', '--db', db, '--format', 'plover']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(plover.length, events.length);
  const strike = plover.find((p) => p.acled.sub_event_type === 'Air/drone strike');
  assert.equal(strike.event, 'ASSAULT');
  const agreement = plover.find((p) => p.acled.sub_event_type === 'Agreement');
  assert.equal(agreement.event, 'AGREE');
});

test('events can be filtered by type, actor, country, box, dates and text', () => {
  const ids = (args: string[]) => {
    const r = sitrep(['events', '--db', db, '--format', 'jsonl', ...args]);
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  };
  const all = ids([]);
  assert.ok(all.length >= 4);
  assert.deepEqual(ids(['--type', 'air/drone strike']).map((e) => e.sub_event_type), ['Air/drone strike', 'Air/drone strike']);
  assert.ok(ids(['--type', 'Battles']).every((e) => e.event_type === 'Battles'));
  assert.equal(ids(['--country', 'LY']).length, all.length);
  assert.equal(ids(['--country', 'libya']).length, all.length);
  assert.equal(ids(['--country', 'SY']).length, 0);
  assert.equal(ids(['--bbox', '16,31,17,32']).length, all.length);
  assert.equal(ids(['--bbox', '35,32,38,35']).length, 0);
  assert.deepEqual(ids(['--bbox', '16,31,17,32', '--from', '2023-03-10', '--to', '2023-03-12']).map((e) => e.date.start), ['2023-03-11']);
  assert.ok(ids(['--actor', 'civilians']).length >= 1);
  assert.equal(ids(['--q', 'vegetable']).length >= 1, true);
  assert.ok(ids(['--q', 'vegetable']).every((e) => e.sources.some((s: { title: string }) => /Sirte/.test(s.title))));
  assert.equal(ids(['--q', 'zanzibar']).length, 0);
  const table = sitrep(['events', '--db', db]);
  assert.match(table.stdout, /^date +sub-event type/);
  assert.match(table.stdout, /Air\/drone strike +Sirte, LY .* 14-18 +2 /);
});

test('query and export usage errors are one line, exit 2', () => {
  for (const [args, message] of [
    [['events', '--db', db, '--bbox', '1,2,3'], /--bbox must be W,S,E,N/],
    [['events', '--db', db, '--from', '2023-02-30'], /--from must be a real date/],
    [['export', '--db', db], /export needs --format acled-csv\|geojson\|jsonl\|plover/],
    [['events', '--db', db, '--format', 'xml'], /--format must be table, json or jsonl/],
  ] as [string[], RegExp][]) {
    const r = sitrep(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
  const missing = sitrep(['events', '--db', join(dir, 'nope.db')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^sitrep: no store at .*nope\.db/);
});
