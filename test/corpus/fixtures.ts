// Reports and folders the corpus tests share.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import type { Report } from '../../src/corpus/types.js';
import type { Analysis } from '../../src/corpus/analysis.js';

export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-corpus-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Two differently worded reports of one drone strike, with different tolls. */
export const SIRTE_MARKET_A = `Drone strike hits market in Sirte

SIRTE, Libya, 4 March 2023 — A drone struck the vegetable market in Sirte on Friday afternoon, killing 14 civilians and wounding eleven, a hospital official said.
`;
export const SIRTE_MARKET_B = `Eighteen dead as drone attacks Sirte market

SIRTE, Libya, 4 March 2023 — An air strike by a drone on a crowded market in the Libyan city of Sirte killed 18 civilians on Friday, local officials said on Saturday.
`;
/** Another drone strike on the same town, a week later. */
export const SIRTE_HOUSE = `New drone strike on Sirte

SIRTE, Libya, 12 March 2023 — A drone struck a house in Sirte on 11 March 2023, killing two civilians, residents said.
`;
/** An agreement and a clash in one town on one day. */
export const SIRTE_TRUCE_AND_CLASH = `Ceasefire agreed in Sirte after clashes

SIRTE, Libya, 20 March 2023 — Rival militias signed a ceasefire agreement in Sirte on 19 March 2023. Earlier that day, fighters of the two militias clashed in Sirte, killing three fighters.
`;

const TOWNS = ['Sirte', 'Misrata', 'Benghazi', 'Derna', 'Sabha', 'Kidal', 'Gao', 'Mopti', 'Marib', 'Taiz', 'Aden', 'Homs', 'Idlib', 'Raqqa', 'Mosul', 'Kirkuk'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `n` distinct short reports as JSON lines. */
export function jsonLines(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length], day = 1 + (i % 28), month = MONTHS[Math.floor(i / 28) % 12], year = 2020 + Math.floor(i / 336);
    const text = `Clashes reported near ${town}\n\n${town.toUpperCase()}, ${day} ${month} ${year} — Gunmen attacked a checkpoint in ${town} on ${day} ${month} ${year}, killing ${1 + (i % 9)} soldiers, officials said. Report number ${i}.`;
    lines.push(JSON.stringify({ id: `r${i}`, text }));
  }
  return lines.join('\n') + '\n';
}

export const SIRTE = { name: 'Sirte', admin1: 'Surt', country: 'Libya', country_code: 'LY', lat: 31.2089, lon: 16.5887, geonames_id: 2210554, geo_precision: 1, mention: { start: 0, end: 5, text: 'Sirte' } };

export interface ReportShape {
  doc?: string; id?: string; type?: string; sub?: string; day?: string; lat?: number; lon?: number; fatalities?: number; stated?: boolean;
  actor1?: string | null; actor2?: string | null; place?: typeof SIRTE;
}

/** A coded report of a drone strike in Sirte, changed as `over` says (no pipeline run). */
export function report(over: ReportShape): Report {
  const actor = (name: string | null | undefined, type: string) => name ? { id: name.toLowerCase(), name, type, mention: { start: 0, end: 1, text: 'x' } } : null;
  const day = over.day ?? '2023-03-03';
  const place = over.place ?? SIRTE;
  const record = {
    id: over.id ?? `${over.doc ?? 'd1'}-r`, event_type: over.type ?? 'Explosions/Remote violence', sub_event_type: over.sub ?? 'Air/drone strike', disorder_type: 'Political violence',
    actor1: actor(over.actor1, 'State forces'), actor2: actor(over.actor2 === undefined ? 'Civilians (Libya)' : over.actor2, 'Civilians'),
    assoc_actor_1: [], assoc_actor_2: [], interaction: null, civilian_targeting: 'Civilian targeting',
    location: { ...place, lat: over.lat ?? place.lat, lon: over.lon ?? place.lon },
    date: { start: day, end: day, precision: 'day', time_precision: 1, mention: null, how: 'sentence' },
    fatalities: over.fatalities ?? 0, certainty: 'reported', evidence: [{ start: 0, end: 10, text: 'A drone hit' }], triggers: [], notes: '', plover: { event: 'ASSAULT', mode: 'aerial' },
    participants: undefined,
  } as unknown as Report['record'];
  return { record, documentId: over.doc ?? 'd1', position: 0, dateStated: over.stated ?? false };
}

/** A document `doc` reporting the given events, as a worker would hand it to the store. */
export function analysis(doc: string, reports: ReportShape[] = [], title = `Report ${doc}`): Analysis {
  return {
    document: {
      id: doc, text: `${title}\n\nA drone hit the market. Text of document ${doc}.`, title, summary: null, author: null,
      url: `https://news.example.org/${doc}`, published: '2023-03-04', dateline: null, follows_previous: false, language: 'en',
    } as unknown as Analysis['document'],
    mentions: [{ kind: 'place', start: 0, end: 5, text: 'Sirte', value: 'Sirte', detail: '{}' }],
    reports: reports.map((r, i) => ({ ...report({ id: `${doc}-r${i}`, ...r, doc }), position: i })),
  };
}
