// Every option is checked before anything runs: a bad value is one line on stderr, exit 2,
// naming the option and what it takes; nothing is read as something else.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sitrep } from '../helpers.js';
import { SIRTE_MARKET_A, tempFolder } from '../corpus/fixtures.js';

let db = '';
before(() => {
  const dir = tempFolder({ 'market.txt': SIRTE_MARKET_A });
  db = join(dir, 'sitrep.db');
  const r = sitrep(['ingest', '--db', db, '--workers', '1', '--quiet', dir]);
  assert.equal(r.status, 0, r.stderr);
});

function assertUsage(args: string[], message: RegExp) {
  const r = sitrep(args);
  assert.equal(r.status, 2, `${args.join(' ')}: exit status; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '', `${args.join(' ')}: nothing on stdout`);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `${args.join(' ')}: one line expected, got: ${r.stderr}`);
  assert.match(lines[0], /^sitrep: /);
  assert.match(lines[0], message, args.join(' '));
  assert.doesNotMatch(r.stderr, /internal error|\bat .*\.(?:js|ts):\d+/);
}

test('a search that FTS5 cannot read is explained on one line, exit 2', () => {
  assertUsage(['events', '--db', db, '--q', '"'], /--q "\\"" is not a valid search: a double quote is not closed/);
  assertUsage(['events', '--db', db, '--q', '*'], /--q "\*" is not a valid search: "\*" cannot stand alone/);
  assertUsage(['events', '--db', db, '--q', 'nosuchcol:drone'], /"nosuchcol:" would limit the search to a column .* title and text/);
  assertUsage(['events', '--db', db, '--q', 'drone AND'], /not a valid search: the search ends too early/);
  assertUsage(['export', '--db', db, '--format', 'jsonl', '--q', '(drone'], /not a valid search/);
  // An option's value may start with a dash, as with getopt.
  assertUsage(['events', '--db', db, '--q', '-drone'], /--q "-drone" is not a valid search: a "-" before "drone"/);
});

test('a valid search, including a quoted phrase and a prefix, still runs', () => {
  for (const q of ['"vegetable market"', 'veg*', 'title:drone', 'market OR zanzibar']) {
    const r = sitrep(['events', '--db', db, '--format', 'jsonl', '--q', q]);
    assert.equal(r.status, 0, `${q}: ${r.stderr}`);
    assert.equal(r.stdout.trim().split('\n').length, 1, q);
  }
});

test('--limit, --workers and --max-size take bounded whole or decimal numbers', () => {
  assertUsage(['events', '--db', db, '--limit', '99999999999999999999'], /--limit must be a whole number from 1 to 1000000000, not "99999999999999999999"/);
  assertUsage(['events', '--db', db, '--limit', '-1'], /--limit must be a whole number from 1 to/);
  assertUsage(['events', '--db', db, '--limit', '0x10'], /--limit must be a whole number/);
  assertUsage(['events', '--db', db, '--limit', '2.5'], /--limit must be a whole number/);
  assertUsage(['events', '--db', db, '--limit'], /--limit needs a value/);
  assertUsage(['ingest', '--workers', '1e3', 'x'], /--workers must be a whole number/);
  assertUsage(['ingest', '--max-size', '0x10', 'x'], /--max-size must be a number of megabytes/);
  assertUsage(['extract', '--max-size', '100000', 'x'], /--max-size must be a number of megabytes above 0 and at most 500/);
  assertUsage(['events', '--db', db, '--nosuch'], /unknown option --nosuch/);
  const ok = sitrep(['events', '--db', db, '--limit', '1', '--format', 'jsonl']);
  assert.equal(ok.status, 0, ok.stderr);
});

test('--bbox takes four finite decimal numbers in range, never hex or blanks', () => {
  for (const bad of [',,,', '0x10,0,20,10', '1,2,3', '1,2,3,4,5', 'Infinity,0,1,1', '10,0,20,1e1', '', '0,95,10,96', '200,0,210,10', '0,10,10,0']) {
    assertUsage(['events', '--db', db, '--bbox', bad], /--bbox must be W,S,E,N in degrees/);
  }
  const r = sitrep(['events', '--db', db, '--format', 'jsonl', '--bbox', '+15.5,30,17.5,32.5']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('--from after --to, and an unknown --type, are refused naming the valid values', () => {
  assertUsage(['events', '--db', db, '--from', '2024-01-01', '--to', '2023-01-01'], /--from 2024-01-01 is after --to 2023-01-01/);
  assertUsage(['export', '--db', db, '--format', 'jsonl', '--from', '2024-01-01', '--to', '2023-01-01'], /is after --to/);
  assertUsage(['events', '--db', db, '--type', 'drone strikes'], /--type "drone strikes" is not an ACLED event or sub-event type; valid: Battles, .*Air\/drone strike/);
  assertUsage(['events', '--db', db, '--type', 'Battles,nosuch'], /"nosuch" is not an ACLED/);
  const r = sitrep(['events', '--db', db, '--format', 'jsonl', '--type', 'air/DRONE strike', '--from', '2023-03-01', '--to', '2023-03-31']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('the workbench and queue commands check their options by the same schemas: one line, exit 2, before any store, server or queue is touched', () => {
  assertUsage(['serve', '--db', db, '--port', '0x1f90'], /--port must be a whole number from 0 to 65535, not "0x1f90"/);
  assertUsage(['serve', '--db', db, '--port', '70000'], /--port must be a whole number from 0 to 65535/);
  assertUsage(['serve', '--db', db, '--host', ''], /--host needs a value/);
  assertUsage(['demo', 'extra'], /demo takes options only, not "extra"/);
  assertUsage(['serve', '--bogus'], /unknown option --bogus/);
  assertUsage(['review', 'some-id', '--accept', '--who', ' '], /--who needs a value/);
  assertUsage(['review', 'some-id', '--accept', '--reject'], /exactly one of --accept, --reject or --set/);
  assertUsage(['enqueue', '--max-size', '-3', 'x.txt'], /--max-size must be a number of megabytes above 0/);
  assertUsage(['worker', '--concurrency', '0'], /--concurrency must be a whole number from 1 to \d+, not "0"/);
  assertUsage(['worker', '--concurrency', '1.5'], /--concurrency must be a whole number/);
  assertUsage(['queue', 'status', '--format', 'xml'], /--format must be text or json, not "xml"/);
  assertUsage(['queue', 'status', '--redis'], /--redis needs a value/);
});
