// Whole reports, not sentences: what a story wraps around its incident (reactions, denials,
// trials, habits and tallies, history) is not coded, and `--explain` says why. Texts written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/document/index.js';
import { extract } from '../../src/pipeline.js';
import { loadReportabilityCues } from '../../src/events/reportability-data.js';
import { sitrep, tempFile } from '../helpers.js';

function code(text: string, published = '2024-06-14') {
  return extract(buildDocument({ text, format: 'text', what: 'test', published }), { explain: true });
}

test('the reportability cues load from data/events/reportability.json', () => {
  const cues = loadReportabilityCues();
  assert.ok(cues.speech_act_before.length > 0 && cues.habitual_clause.length > 0 && cues.trial_before.length > 0);
  assert.ok(cues.incident_nouns.has('attack'));
  assert.ok(cues.news_window_days > 0);
  assert.ok(cues.speech_act_before.some((re) => re.test('condemned')));
  assert.ok(cues.purpose_before.test('hundreds gathered outside the ministry in '));
});

test('the toll cues load from data/events/quantities.json', async () => {
  const { loadEventData } = await import('../../src/events/data.js');
  const { isTollUpdate, numberValue } = await import('../../src/events/quantities.js');
  const q = loadEventData().quantities;
  assert.ok(isTollUpdate('The death toll rose to 30 on Friday.', q));
  assert.ok(!isTollUpdate('Thirty people were killed on Friday.', q));
  assert.equal(numberValue('three thousand', q), 3000);
  assert.ok(new RegExp(q.person_words).test('journalists'));
});

test('a statement that condemns an attack it reports codes the attack, not the statement', () => {
  const r = code([
    'UN condemns deadly raid on camp in Mali',
    '',
    'The United Nations on Friday condemned an attack on Thursday on a camp for displaced people near Mopti that killed nine civilians.',
    'The Secretary-General called on the authorities to find those responsible.',
  ].join('\n'));
  assert.deepEqual(r.events.map((e) => e.sub_event_type), ['Attack']);
  assert.equal(r.events[0].fatalities, 9);
  assert.equal(r.events[0].location?.country_code, 'ML');
  assert.equal(r.events[0].date?.start, '2024-06-13');
  assert.ok(r.events[0].fatalities_mention?.text.includes('nine'), 'the toll points at its words');
});

test('a denial is not the event it denies, and says so', () => {
  const r = code('The army denied that its soldiers had attacked the village of Tillia on Monday.');
  assert.deepEqual(r.events, []);
  assert.ok(r.not_coded?.some((n) => /^denial/.test(n.reason)), JSON.stringify(r.not_coded));
});

test('a trial over an old bombing codes nothing', () => {
  const r = code([
    'Trial opens over 2016 bombing of a market in Gao',
    '',
    'Three men went on trial in Bamako on Tuesday, charged with planting the bomb that killed twelve traders at the Gao market in 2016.',
    'The defendants deny the charges.',
  ].join('\n'), '2024-06-12');
  assert.deepEqual(r.events.map((e) => e.sub_event_type), []);
  assert.ok(r.not_coded?.some((n) => /trial|history/.test(n.reason)));
});

test('a habit or a tally is not one incident', () => {
  const r = code('The group frequently ambushes convoys on the northern road, and more than 300 people have been killed since January.');
  assert.deepEqual(r.events, []);
  assert.ok(r.not_coded?.some((n) => /habit or tally/.test(n.reason)), JSON.stringify(r.not_coded));
});

test('what happened weeks before the news is background unless the story is about it', () => {
  const r = code([
    'Gunmen kill four at a checkpoint in Kidal',
    '',
    'Gunmen killed four soldiers at a checkpoint in Kidal on Wednesday, the army said.',
    'The attack came after a lull of several weeks.',
    'Last month, a roadside bomb killed two soldiers near Tessalit.',
  ].join('\n'), '2024-06-14');
  assert.equal(r.events.length, 1, JSON.stringify(r.events.map((e) => [e.sub_event_type, e.location?.name])));
  assert.equal(r.events[0].location?.name, 'Kidal');
  assert.ok(r.not_coded?.some((n) => /news window/.test(n.reason)), JSON.stringify(r.not_coded));
});

test('one attack retold with a rising toll is one event with its figures reconciled', () => {
  const r = code([
    'Car bomb kills at least 6 in Mogadishu',
    '',
    'A car bomb exploded outside a restaurant in Mogadishu on Thursday, killing at least six people, police said.',
    'The blast shattered windows along the street.',
    'Later on Thursday the death toll rose to 11, a hospital director said.',
    'Witnesses said the explosion could be heard across the city.',
  ].join('\n'), '2024-06-13');
  assert.deepEqual(r.events.map((e) => e.sub_event_type), ['Remote explosive/landmine/IED']);
  assert.equal(r.events[0].location?.name, 'Mogadishu');
  assert.ok(r.events[0].evidence.length >= 2, 'the retellings are the evidence');
});

test('cities listed in one sentence are one event each', () => {
  const r = code('Russian missiles struck Kharkiv, Sumy and Poltava overnight on Tuesday, officials said.', '2024-06-12');
  const places = r.events.map((e) => e.location?.name).sort();
  assert.deepEqual(places, ['Kharkiv', 'Poltava', 'Sumy']);
  assert.ok(r.events.every((e) => e.sub_event_type === r.events[0].sub_event_type));
});

test('a place named only as a country is coded at its capital, geo precision 3', () => {
  const r = code('Police detained twenty opposition activists in Cameroon on Monday, their lawyers said.', '2024-06-12');
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].location?.name, 'Yaoundé');
  assert.equal(r.events[0].location?.geo_precision, 3);
  assert.equal(r.events[0].location?.mention.text, 'Cameroon');
});

test('extract --explain lists what was not coded, in text and in JSON', () => {
  const file = tempFile('denial.txt', 'The ministry denied that its troops had shelled the town of Kupiansk on Sunday.\n');
  const text = sitrep(['extract', '--explain', '--published', '2024-06-12', file]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Not coded:/);
  assert.match(text.stdout, /denial/);
  const json = sitrep(['extract', '--explain', '--format', 'json', '--published', '2024-06-12', file]);
  const out = JSON.parse(json.stdout) as { events: unknown[]; not_coded: { reason: string; trigger: { start: number; end: number; text: string } }[] };
  assert.equal(out.events.length, 0);
  assert.ok(out.not_coded.length > 0);
  const plain = sitrep(['extract', '--format', 'json', '--published', '2024-06-12', file]);
  assert.equal((JSON.parse(plain.stdout) as { not_coded?: unknown }).not_coded, undefined, 'only asked for');
});

test('an undated sentence right after one dated years back goes on telling that past', () => {
  const r = code([
    'Ties between the two capitals broke down in 2012 after marines boarded a relief ship sailing for the coast. Six passengers on board were killed.',
    'On Tuesday the two foreign ministers met in Geneva for the first time in a decade.',
  ].join(' '));
  assert.deepEqual(r.events.map((e) => e.sub_event_type), []);
  assert.ok(r.not_coded?.some((n) => /goes on from the sentence before/.test(n.reason)), JSON.stringify(r.not_coded?.map((n) => n.reason)));
});

test('a protest told as the purpose of a gathering is told, not only named', () => {
  const r = code('On Monday hundreds of people gathered outside the embassy in Ankara in protest against the raids.');
  assert.deepEqual(r.events.map((e) => [e.sub_event_type, e.location.name]), [['Peaceful protest', 'Ankara']]);
});
