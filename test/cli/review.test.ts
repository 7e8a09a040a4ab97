// `sitrep review` for scripts, and exports that carry the review: reviewed values, the status,
// and rejected events left out of ACLED CSV unless --include-rejected.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { sitrep } from '../helpers.js';
import { storeFile } from '../server/fixture.js';

let db: string;
let strike: string;

before(async () => {
  db = await storeFile();
  const events = JSON.parse(sitrep(['events', '--db', db, '--format', 'json', '--type', 'Air/drone strike']).stdout);
  strike = events[0].id;
});

const exported = (format: string, ...more: string[]) => sitrep(['export', '--db', db, '--format', format, ...more]);

test('accepts and edits an event from the command line, each change audited', () => {
  const accepted = sitrep(['review', strike, '--accept', '--who', 'nadia', '--db', db]);
  assert.equal(accepted.status, 0, accepted.stderr);
  assert.match(accepted.stdout, new RegExp(`^${strike}: accepted by nadia at \\d{4}-`));
  const edited = sitrep(['review', strike, '--set', 'fatalities=15', '--set', 'place=Misrata', '--set', 'date=2023-03-02', '--set', 'precision=week', '--who', 'nadia', '--db', db]);
  assert.equal(edited.status, 0, edited.stderr);
  assert.match(edited.stdout, /edited \(edited: .*fatalities/);
  const [event] = exported('jsonl', '--type', 'Air/drone strike').stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(event.review, 'edited');
  assert.equal(event.fatalities, 15);
  assert.equal(event.location.name, 'Mişrātah', "GeoNames' name of the town");
  assert.equal(event.location.country, 'Libya');
  assert.equal(event.date.precision, 'week');
  const csv = exported('acled-csv', '--type', 'Air/drone strike').stdout;
  assert.match(csv, /Mişrātah/);
});

test('a rejected event leaves ACLED CSV unless asked for, and stays in the other formats with its status', () => {
  const clash = JSON.parse(sitrep(['events', '--db', db, '--format', 'json', '--type', 'Battles']).stdout)[0].id;
  const rejected = sitrep(['review', clash, '--reject', '--note', 'a rumour', '--db', db]);
  assert.equal(rejected.status, 0, rejected.stderr);
  const csv = exported('acled-csv');
  assert.doesNotMatch(csv.stdout, /Armed clash/);
  assert.match(csv.stderr, /1 rejected in review left out \(--include-rejected keeps them\)/);
  assert.match(exported('acled-csv', '--include-rejected').stdout, /Armed clash/);
  const geo = JSON.parse(exported('geojson').stdout);
  const feature = geo.features.find((f: { id: string }) => f.id === clash);
  assert.equal(feature.properties.review, 'rejected');
});

test('refuses bad usage with exit 2 and an unknown event with exit 1', () => {
  const cases: [string[], RegExp][] = [
    [['review', strike, '--db', db], /exactly one of --accept, --reject or --set/],
    [['review', strike, '--accept', '--reject', '--db', db], /exactly one of/],
    [['review', '--accept', '--db', db], /needs an EVENT_ID/],
    [['review', strike, '--set', 'colour=red', '--db', db], /unknown field "colour"/],
    [['review', strike, '--set', 'fatalities=many', '--db', db], /fatalities/],
    [['review', strike, '--set', 'type=Alien invasion', '--db', db], /not in the taxonomy/],
    [['review', strike, '--set', 'date=2023-02-30', '--db', db], /real days/],
    [['review', strike, '--set', 'place=Tripoli', '--db', db], /names \d+ places; add the region or country/],
  ];
  for (const [args, message] of cases) {
    const r = sitrep(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
  const unknown = sitrep(['review', 'no-such-event', '--accept', '--db', db]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no event no-such-event/);
  const noStore = sitrep(['review', strike, '--accept', '--db', '/tmp/no-such-folder-sitrep/x.db']);
  assert.equal(noStore.status, 1);
});

test('serve refuses a store that is not there and a bad port', () => {
  const missing = sitrep(['serve', '--db', '/tmp/no-such-folder-sitrep/x.db']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /sitrep: /);
  const port = sitrep(['serve', '--db', db, '--port', 'eighty']);
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port must be a whole number from 0 to 65535, not "eighty"/);
});
