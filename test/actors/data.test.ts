// Checks the curated actor data the actor stage loads (data/actors/*.json).
// These files are edited by hand and by users, so the checks are about what a
// careless edit breaks: ids, ACLED types, parents, and aliases that misfire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ACTOR_TYPES } from '../../src/model.js';

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/actors');

interface ActorEntry {
  id: string;
  name: string;
  type: string;
  country: string | null;
  parent: string | null;
  aliases: string[];
  tags: string[];
  active?: { from: string; to: string | null };
}
interface GenericEntry {
  id: string;
  aliases: string[];
  type: string;
  name: string;
  corefer_tag: string | null;
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;
}
const actorsFile = load<{ version: number; actors: ActorEntry[] }>('actors.json');
const genericFile = load<{ version: number; generic: GenericEntry[] }>('generic.json');
const actors = actorsFile.actors;
const generic = genericFile.generic;
const byId = new Map(actors.map((a) => [a.id, a]));

/** The matching convention of the actor stage: all-capitals aliases ("IS", "SDF") are case-sensitive. */
const isCaseSensitive = (alias: string): boolean => /[A-Z]/.test(alias) && !/[a-z]/.test(alias);
const aliasKey = (alias: string): string => (isCaseSensitive(alias) ? alias : alias.toLowerCase());

/** Resolves an alias the way the actor stage will, returning the ids it can denote. */
function resolve(alias: string): string[] {
  const key = aliasKey(alias);
  return actors.filter((a) => a.aliases.some((x) => aliasKey(x) === key)).map((a) => a.id);
}

/**
 * Aliases deliberately shared by two actors; the actor stage must disambiguate them
 * from context. Keep each reason next to it.
 */
const AMBIGUOUS: Record<string, { ids: string[]; why: string }> = {
  SNA: { ids: ['sna-syria', 'military-somalia'], why: 'Syrian National Army and Somali National Army: resolved by the country in context' },
  ...Object.fromEntries(
    ['syrian army', 'syrian military', 'syrian armed forces', 'syrian troops', 'syrian soldiers', 'syrian forces'].map((k) => [
      k,
      { ids: ['military-syria-2000-2024', 'military-syria-2024'], why: 'Assad-era and post-December 2024 armies: resolved by the event date (see `active`)' },
    ]),
  ),
  ...Object.fromEntries(
    ['syrian police', 'syrian policemen', 'syrian police officers', 'syrian security forces'].map((k) => [
      k,
      { ids: ['police-syria-2000-2024', 'police-syria-2024'], why: 'Assad-era and post-December 2024 police: resolved by the event date (see `active`)' },
    ]),
  ),
};

/** Common words that, as a lone alias, would tag every sentence that uses them. */
const STOP_WORDS = ['state', 'army', 'group', 'forces', 'front', 'party', 'movement', 'police', 'military', 'government', 'people', 'the', 'union', 'council', 'brigade', 'force', 'guard', 'militia'];
// Lone words allowed in generic.json, where matching a common noun is the point.
const GENERIC_ALLOWED = new Set(['police', 'militia', 'people']);

const ISO_COUNTRY = /^[A-Z]{2}$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

test('both files are valid JSON at version 1', () => {
  assert.equal(actorsFile.version, 1);
  assert.equal(genericFile.version, 1);
  assert.ok(Array.isArray(actors) && actors.length >= 150, `expected at least 150 actors, got ${actors.length}`);
  assert.ok(Array.isArray(generic) && generic.length > 0);
});

test('actor ids are unique kebab-case, and distinct from generic ids', () => {
  const seen = new Set<string>();
  for (const a of actors) {
    assert.match(a.id, KEBAB, `bad id ${a.id}`);
    assert.ok(!seen.has(a.id), `duplicate id ${a.id}`);
    seen.add(a.id);
  }
  for (const g of generic) {
    assert.match(g.id, KEBAB, `bad generic id ${g.id}`);
    assert.ok(!seen.has(g.id), `generic id ${g.id} clashes with another id`);
    seen.add(g.id);
  }
});

test('every actor has a name, aliases and tags, and an ACLED actor type', () => {
  for (const a of [...actors, ...generic]) {
    assert.ok((ACTOR_TYPES as readonly string[]).includes(a.type), `${a.id}: type "${a.type}" is not an ACLED actor type`);
    assert.ok(typeof a.name === 'string' && a.name.trim() === a.name && a.name.length > 0, `${a.id}: bad name`);
    assert.ok(a.aliases.length > 0, `${a.id}: no aliases`);
    for (const alias of a.aliases) assert.ok(alias.trim() === alias && alias.length > 1, `${a.id}: bad alias "${alias}"`);
  }
  for (const a of actors) assert.ok(Array.isArray(a.tags), `${a.id}: tags must be an array`);
});

test('state forces follow ACLED naming: "Military/Police Forces of <country> (<period>)" when so named', () => {
  for (const a of actors) {
    if (!/^(Military|Police) Forces of /.test(a.name)) continue;
    assert.match(a.name, /^(Military|Police) Forces of (the )?[A-Z][\w ]+ \((\d{4}-(\d{4})?)\)/, `${a.id}: ${a.name}`);
    assert.ok(a.country !== null, `${a.id}: state forces need a country`);
  }
});

test('countries are ISO 3166-1 alpha-2 codes or null', () => {
  for (const a of actors) assert.ok(a.country === null || ISO_COUNTRY.test(a.country), `${a.id}: country ${a.country}`);
});

test('every parent exists and no parent chain loops', () => {
  for (const a of actors) {
    if (a.parent === null) continue;
    assert.ok(byId.has(a.parent), `${a.id}: unknown parent ${a.parent}`);
    const chain = new Set<string>([a.id]);
    let cur: string | null = a.parent;
    while (cur !== null) {
      assert.ok(!chain.has(cur), `${a.id}: parent cycle through ${cur}`);
      chain.add(cur);
      cur = byId.get(cur)?.parent ?? null;
    }
  }
});

test('periods, where given, are ordered ISO dates', () => {
  for (const a of actors) {
    if (!a.active) continue;
    assert.match(a.active.from, /^\d{4}(-\d{2}){0,2}$/, a.id);
    if (a.active.to !== null) assert.ok(a.active.to > a.active.from, `${a.id}: period ends before it starts`);
  }
});

test('no alias names two actors unless it is in the ambiguous allow-list', () => {
  const owners = new Map<string, Set<string>>();
  for (const a of actors) {
    for (const alias of a.aliases) {
      const key = aliasKey(alias);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(a.id);
    }
  }
  for (const [key, ids] of owners) {
    if (ids.size < 2) continue;
    const allowed = AMBIGUOUS[key];
    assert.ok(allowed, `alias "${key}" is shared by ${[...ids].join(', ')} without an entry in AMBIGUOUS`);
    assert.deepEqual([...ids].sort(), [...allowed.ids].sort(), `alias "${key}": allow-list is stale`);
  }
  for (const key of Object.keys(AMBIGUOUS)) assert.ok(owners.has(key), `allow-listed alias "${key}" no longer exists`);
});

test('generic descriptions do not repeat an alias', () => {
  const seen = new Map<string, string>();
  for (const g of generic) {
    for (const alias of g.aliases) {
      const key = alias.toLowerCase();
      assert.ok(!seen.has(key), `generic alias "${alias}" in both ${seen.get(key)} and ${g.id}`);
      seen.set(key, g.id);
    }
  }
});

test('no alias is a lone common word that would misfire', () => {
  for (const a of actors) {
    for (const alias of a.aliases) {
      assert.ok(!STOP_WORDS.includes(alias.toLowerCase()), `${a.id}: alias "${alias}" is a common word`);
    }
  }
  for (const g of generic) {
    for (const alias of g.aliases) {
      const key = alias.toLowerCase();
      assert.ok(!STOP_WORDS.includes(key) || GENERIC_ALLOWED.has(key), `${g.id}: alias "${alias}" is a common word`);
    }
  }
});

test('generic names use ACLED placeholders and corefer tags that some actor carries', () => {
  const tags = new Set(actors.flatMap((a) => a.tags));
  for (const g of generic) {
    assert.ok(!/\{(?!country\})/.test(g.name), `${g.id}: unknown placeholder in ${g.name}`);
    if (g.corefer_tag !== null && !['protesters', 'rioters', 'civilians'].includes(g.corefer_tag)) {
      assert.ok(tags.has(g.corefer_tag), `${g.id}: no actor carries the tag "${g.corefer_tag}"`);
    }
  }
  const byGeneric = new Map(generic.map((g) => [g.id, g]));
  assert.equal(byGeneric.get('police')?.name, 'Police Forces of {country}');
  assert.equal(byGeneric.get('protesters')?.name, 'Protesters ({country})');
  assert.equal(byGeneric.get('rioters')?.name, 'Rioters ({country})');
  assert.equal(byGeneric.get('civilians')?.name, 'Civilians ({country})');
  assert.equal(byGeneric.get('gunmen')?.name, 'Unidentified Armed Group ({country})');
  assert.equal(byGeneric.get('gunmen')?.type, 'Political militia');
});

test('"Daesh", "IS" and "the caliphate" all resolve to the Islamic State', () => {
  for (const alias of ['Daesh', 'IS', 'ISIS', 'ISIL', 'Daech', 'the caliphate', 'Islamic State of Iraq and the Levant']) {
    assert.deepEqual(resolve(alias), ['islamic-state'], alias);
  }
  const is = byId.get('islamic-state');
  assert.equal(is?.name, 'Islamic State');
  assert.ok(is?.tags.includes('jihadist'));
  assert.equal(is?.country, null);
  // "is" in running text must not be the Islamic State: the alias is all capitals, so case-sensitive.
  assert.deepEqual(resolve('is'), []);
});

test('the YPG belongs to the SDF, and the SDF is a Syrian rebel group', () => {
  assert.deepEqual(resolve('YPG'), ['ypg']);
  assert.equal(byId.get('ypg')?.parent, 'sdf');
  assert.equal(byId.get('ypg')?.name, "YPG: People's Protection Units");
  const sdf = byId.get('sdf');
  assert.equal(sdf?.name, 'SDF: Syrian Democratic Forces');
  assert.equal(sdf?.type, 'Rebel group');
  assert.equal(sdf?.country, 'SY');
  assert.deepEqual(resolve('Syrian Democratic Forces'), ['sdf']);
});

test('each covered country has military forces coded as State forces', () => {
  const countries = ['SY', 'IQ', 'YE', 'SD', 'SS', 'UA', 'RU', 'ML', 'BF', 'NE', 'SO', 'NG', 'CD', 'ET', 'MM', 'AF', 'PK', 'IL', 'LB', 'CO', 'MX', 'TR', 'IR'];
  for (const cc of countries) {
    assert.ok(
      actors.some((a) => a.country === cc && a.type === 'State forces' && a.tags.includes('military')),
      `no military forces for ${cc}`,
    );
  }
  assert.ok(actors.some((a) => a.country === 'LY' && a.type === 'State forces'), 'no state forces for Libya');
  assert.deepEqual(resolve('Russian forces'), ['military-russia']);
  assert.deepEqual(resolve('SAA'), ['military-syria-2000-2024']);
});
