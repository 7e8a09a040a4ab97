// Short reports written for these tests, one or more per ACLED sub-event type the examples/
// folder does not cover, coded field by field: type, sides, toll, certainty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorName, root } from '../helpers.js';
import { buildDocument } from '../../src/document/index.js';
import { extract } from '../../src/pipeline.js';

interface Want {
  file: string;
  what: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  fatalities: number;
  certainty: string;
  country: string;
  civilian_targeting?: boolean;
}

/** ACLED names carry a period ("Military Forces of Iraq (2022-)"); the expectations leave it out. */

const cases: Want[] = [
  { file: 'government-regains-tal-afar.txt', what: 'troops retaking villages from IS is Government regains territory, the battle\'s toll folded in',
    event_type: 'Battles', sub_event_type: 'Government regains territory', actor1: 'Military Forces of Iraq', actor2: 'Islamic State', fatalities: 5, certainty: 'reported', country: 'IQ' },
  { file: 'excessive-force-khartoum.txt', what: 'live fire killing peaceful marchers is Excessive force against protesters, protesters first',
    event_type: 'Protests', sub_event_type: 'Excessive force against protesters', actor1: 'Protesters (Sudan)', actor2: 'Military Forces of Sudan', fatalities: 2, certainty: 'reported', country: 'SD' },
  { file: 'peaceful-protest-lagos.txt', what: 'marching traders are coded as protesters of a Peaceful protest; the planned closure is no event',
    event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Nigeria)', actor2: null, fatalities: 0, certainty: 'reported', country: 'NG' },
  { file: 'violent-demonstration-beirut.txt', what: 'protesters smashing banks and stoning police are rioters of a Violent demonstration',
    event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Lebanon)', actor2: null, fatalities: 0, certainty: 'reported', country: 'LB' },
  { file: 'mob-violence-kaduna.txt', what: 'a mob beating a man to death is Mob violence, and the crowd leaving on its own is no intervention',
    event_type: 'Riots', sub_event_type: 'Mob violence', actor1: 'Rioters (Nigeria)', actor2: null, fatalities: 0, certainty: 'reported', country: 'NG' },
  { file: 'chemical-weapon-douma.txt', what: 'chlorine dropped from government helicopters is Chemical weapon (precedence over the air strike)',
    event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon', actor1: 'Military Forces of Syria', actor2: 'Civilians (Syria)', fatalities: 0, certainty: 'reported', country: 'SY', civilian_targeting: true },
  { file: 'grenade-bujumbura.txt', what: 'a grenade thrown into a bar by unnamed attackers is Grenade against civilians',
    event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', actor1: 'Unidentified Armed Group (Burundi)', actor2: 'Civilians (Burundi)', fatalities: 1, certainty: 'reported', country: 'BI', civilian_targeting: true },
  { file: 'sexual-violence-kalehe.txt', what: 'gunmen raping women is Sexual violence, the victims second',
    event_type: 'Violence against civilians', sub_event_type: 'Sexual violence', actor1: 'Unidentified Armed Group (DR Congo)', actor2: 'Civilians (DR Congo)', fatalities: 0, certainty: 'reported', country: 'CD', civilian_targeting: true },
  { file: 'attack-kidal.txt', what: 'villagers shot dead by gunmen is an Attack on civilians with a toll of three',
    event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Mali)', actor2: 'Civilians (Mali)', fatalities: 3, certainty: 'reported', country: 'ML', civilian_targeting: true },
  { file: 'change-group-idlib.txt', what: 'a deployment of commandos is Change to group/activity',
    event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: 'Military Forces of Turkey', actor2: null, fatalities: 0, certainty: 'reported', country: 'SY' },
  { file: 'disrupted-weapons-mombasa.txt', what: 'a cache of rifles and explosives seized by police is Disrupted weapons use, not an explosion',
    event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', actor1: 'Police Forces of Kenya', actor2: null, fatalities: 0, certainty: 'reported', country: 'KE' },
  { file: 'hq-established-manbij.txt', what: 'a new base set up is Headquarters or base established',
    event_type: 'Strategic developments', sub_event_type: 'Headquarters or base established', actor1: 'Military Forces of the United States', actor2: null, fatalities: 0, certainty: 'reported', country: 'SY' },
  { file: 'looting-goma.txt', what: 'shops looted by armed men is Looting/property destruction',
    event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', actor1: 'Unidentified Armed Group (DR Congo)', actor2: null, fatalities: 0, certainty: 'reported', country: 'CD' },
  { file: 'nonviolent-transfer-bashiqa.txt', what: 'a town taken after the other side withdrew without a fight is one Non-violent transfer of territory',
    event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', actor1: 'Military Forces of Iraq', actor2: 'Peshmerga (Kurdistan Regional Government)', fatalities: 0, certainty: 'reported', country: 'IQ' },
  { file: 'other-missile-test.txt', what: 'a missile test is Strategic developments / Other, not a missile attack',
    event_type: 'Strategic developments', sub_event_type: 'Other', actor1: null, actor2: null, fatalities: 0, certainty: 'reported', country: 'KP' },
  { file: 'claimed-ied-mosul.txt', what: 'a roadside bomb whose toll comes from the claimant is a claimed IED by the claimant against the army',
    event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Islamic State', actor2: 'Military Forces of Iraq', fatalities: 2, certainty: 'claimed', country: 'IQ' },
];

for (const want of cases) {
  test(`${want.file}: ${want.what}`, () => {
    const text = readFileSync(join(root, 'test', 'events', 'fixtures', want.file), 'utf8');
    const { events } = extract(buildDocument({ text, format: 'text', what: want.file, published: null }));
    const got = events[0];
    assert.ok(got, 'an event is coded');
    assert.equal(got.sub_event_type, want.sub_event_type, `first event of ${JSON.stringify(events.map((e) => e.sub_event_type))}`);
    assert.equal(got.event_type, want.event_type, 'event type');
    assert.equal(actorName(got.actor1?.name), want.actor1, 'actor1');
    assert.equal(actorName(got.actor2?.name), want.actor2, 'actor2');
    assert.equal(got.fatalities, want.fatalities, 'fatalities');
    assert.equal(got.certainty, want.certainty, 'certainty');
    assert.equal(got.location?.country_code, want.country, 'country');
    assert.equal(got.civilian_targeting === 'Civilian targeting', want.civilian_targeting ?? false, 'civilian targeting');
    assert.equal(events.filter((e) => e.sub_event_type === want.sub_event_type).length, 1, 'one record for the event');
  });
}

test('a backer named in "X-backed" is an associated actor, not a side', () => {
  const text = 'Syrian National Army fighters seize Tal Abyad\n\nTAL ABYAD, Syria, 13 October 2019 — Turkish-backed Syrian National Army fighters seized the border town of Tal Abyad from the SDF on Sunday, a war monitor said.\n';
  const { events } = extract(buildDocument({ text, format: 'text', what: 'backed', published: null }));
  const got = events[0];
  assert.equal(got.sub_event_type, 'Non-state actor overtakes territory');
  assert.deepEqual(got.assoc_actor_1.map((x) => actorName(x.name)), ['Military Forces of Turkey']);
  assert.equal(actorName(got.actor2?.name), 'SDF: Syrian Democratic Forces');
});
