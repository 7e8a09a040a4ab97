// Throughput of the place stage: node --import tsx bench/places.ts [MB]
// Builds a synthetic news corpus from sentence templates and gazetteer names (no outside
// data needed), then times tagPlaces over it, document by document.
import { performance } from 'node:perf_hooks';
import { Gazetteer } from '../src/places/gazetteer.js';
import { gazetteer, tagPlaces } from '../src/places/index.js';

const targetMb = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 2);

const t0 = performance.now();
gazetteer(); // builds the index first if it is missing
const fresh = new Gazetteer(); // a second, cold load measures the index load alone
console.log(`index load ${fresh.loadMs.toFixed(1)} ms (first use ${(performance.now() - t0).toFixed(0)} ms)`);

const templates = [
  'Officials in {A} said on Tuesday that the road to {B} had been closed after heavy rains.',
  'The convoy left {A} for {B}, a town of the {C} region, according to Mr. Smith.',
  'Residents of {A}, {C}, told reporters that prices had doubled since the spring.',
  'Fighting between the army and rebels was reported near {A} and in the outskirts of {B}.',
  'The Governor of {C} visited {A} and promised new schools, the Daily Herald reported.',
  'About 200 people marched from {A} to the city hall of {B} to protest against the new tax.',
  'In a statement, the ministry said that the flood had reached {A} but spared {B}.',
  'Coach Tom Jamison, who grew up in {A}, said the team would travel to {B} next week.',
];
// Names drawn from the gazetteer's own entries, spread over the file.
const names: string[] = [];
for (let i = 0; names.length < 400; i += 397) {
  const e = fresh.entry(i);
  if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(e.name)) names.push(e.name);
}
const regions = ['Texas', 'Ohio', 'Bavaria', 'Punjab', 'Aleppo', 'Kentucky', 'Ontario', 'Tamil Nadu'];
const docs: string[] = [];
let size = 0, k = 0;
while (size < targetMb * 1e6) {
  const sentences: string[] = [];
  for (let s = 0; s < 30; s++, k++) {
    sentences.push(templates[k % templates.length]
      .replace('{A}', names[(k * 7) % names.length])
      .replace('{B}', names[(k * 13 + 5) % names.length])
      .replace('{C}', regions[k % regions.length]));
  }
  const doc = sentences.join(' ');
  docs.push(doc);
  size += doc.length;
}

tagPlaces(docs[0]); // warm up
const t1 = performance.now();
const cpu0 = process.cpuUsage();
let mentions = 0;
for (const d of docs) mentions += tagPlaces(d).length;
const s = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6; // CPU time: steadier than wall time on a shared machine
console.log(`${docs.length} documents, ${(size / 1e6).toFixed(2)} MB, ${mentions} places (${(mentions / size * 1000).toFixed(1)} per KB)`);
console.log(`${(size / 1e6 / s).toFixed(2)} MB/s wall (${s.toFixed(2)} s), ${(size / 1e6 / cpuS).toFixed(2)} MB/s per core by CPU time (${cpuS.toFixed(2)} s)`);
