// Synthetic conflict reports built from sentence templates (no outside data), shared by the
// benchmarks. syntheticReports: about half the sentences state an event, the rest is the quotes, background
// and context that surround events in real reports.
const templates = [
  '{G} fighters attacked an army base near {P} on {D}, killing {N} soldiers, officials said.',
  'Security forces fired tear gas to disperse hundreds of protesters in {P} on {D}.',
  'A roadside bomb struck a police patrol outside {P}, wounding {N} officers, a local official said.',
  'Government troops recaptured the village of {P} from {G} after heavy fighting.',
  'Unidentified gunmen abducted {N} villagers in {P} overnight, residents told reporters.',
  'Police seized a cache of rifles and ammunition during a raid on a house in {P}.',
  'Traders marched peacefully through {P} to demand lower taxes, carrying placards.',
  'The ministry said the talks in {P} would resume next month if both sides agreed.',
  'Warplanes struck positions held by {G} east of {P}, a war monitor said on {D}.',
  'An angry mob set fire to shops in {P} after a dispute between two families.',
  'The match in {P} ended in a draw after a fierce battle for the title, the coach said.',
  'Years ago, the town of {P} was the scene of a massacre that residents still remember.',
];
const filler = [
  'The road between {P} and the coast has been closed to traffic for most of the week.',
  '"We are tired and we want to go home," said a shopkeeper in {P}, who asked not to be named.',
  'Prices of flour and fuel have nearly doubled in {P} since the start of the year.',
  'The district of {P} is home to about 200,000 people, many of them farmers and herders.',
  'Officials said schools in {P} would reopen on {D} if the situation allowed it.',
  'The United Nations has called on all parties to respect international humanitarian law.',
];
const groups = ['Al Shabaab', 'Islamic State', 'Boko Haram', 'JNIM', 'M23', 'the Taliban', 'Houthi'];
const places = ['Kismayo', 'Gao', 'Mosul', 'Maiduguri', 'Goma', 'Kandahar', 'Taiz', 'Aleppo', 'Beirut', 'Lagos', 'Nairobi', 'Sirte'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Reports of `sentences` sentences (two paragraphs) until they add up to `mb` megabytes. */
export function syntheticReports(mb: number, sentencesPerReport = 12): string[] {
  const docs: string[] = [];
  let size = 0, k = 0;
  while (size < mb * 1e6) {
    const sentences: string[] = [];
    for (let s = 0; s < sentencesPerReport; s++, k++) {
      sentences.push((k % 2 ? filler[(k * 3) % filler.length] : templates[(k * 5) % templates.length])
        .replace('{G}', groups[(k * 3) % groups.length])
        .replace('{P}', places[(k * 7) % places.length])
        .replace('{D}', days[k % days.length])
        .replace('{N}', String(2 + (k % 9))));
    }
    const half = Math.ceil(sentences.length / 2);
    const doc = `Report ${docs.length + 1}\n\n${sentences.slice(0, half).join(' ')}\n\n${sentences.slice(half).join(' ')}\n`;
    docs.push(doc);
    size += Buffer.byteLength(doc);
  }
  return docs;
}

// corpusLines: short news reports spread over 24 towns and two years, as a monitoring corpus.
export interface Town { name: string; country: string; adjective: string; lat: number; lon: number }
export const TOWNS: Town[] = [
  { name: 'Sirte', country: 'Libya', adjective: 'Libyan', lat: 31.21, lon: 16.59 },
  { name: 'Misrata', country: 'Libya', adjective: 'Libyan', lat: 32.38, lon: 15.09 },
  { name: 'Benghazi', country: 'Libya', adjective: 'Libyan', lat: 32.12, lon: 20.07 },
  { name: 'Gao', country: 'Mali', adjective: 'Malian', lat: 16.27, lon: -0.04 },
  { name: 'Kidal', country: 'Mali', adjective: 'Malian', lat: 18.44, lon: 1.41 },
  { name: 'Mopti', country: 'Mali', adjective: 'Malian', lat: 14.49, lon: -4.2 },
  { name: 'Marib', country: 'Yemen', adjective: 'Yemeni', lat: 15.46, lon: 45.33 },
  { name: 'Taiz', country: 'Yemen', adjective: 'Yemeni', lat: 13.58, lon: 44.02 },
  { name: 'Homs', country: 'Syria', adjective: 'Syrian', lat: 34.73, lon: 36.72 },
  { name: 'Idlib', country: 'Syria', adjective: 'Syrian', lat: 35.93, lon: 36.63 },
  { name: 'Raqqa', country: 'Syria', adjective: 'Syrian', lat: 35.95, lon: 39.01 },
  { name: 'Mosul', country: 'Iraq', adjective: 'Iraqi', lat: 36.34, lon: 43.13 },
  { name: 'Kirkuk', country: 'Iraq', adjective: 'Iraqi', lat: 35.47, lon: 44.39 },
  { name: 'Maiduguri', country: 'Nigeria', adjective: 'Nigerian', lat: 11.85, lon: 13.16 },
  { name: 'Goma', country: 'DR Congo', adjective: 'Congolese', lat: -1.68, lon: 29.23 },
  { name: 'Bunia', country: 'DR Congo', adjective: 'Congolese', lat: 1.57, lon: 30.25 },
  { name: 'Kherson', country: 'Ukraine', adjective: 'Ukrainian', lat: 46.64, lon: 32.61 },
  { name: 'Kupiansk', country: 'Ukraine', adjective: 'Ukrainian', lat: 49.71, lon: 37.62 },
  { name: 'Mogadishu', country: 'Somalia', adjective: 'Somali', lat: 2.04, lon: 45.34 },
  { name: 'Kismayo', country: 'Somalia', adjective: 'Somali', lat: -0.36, lon: 42.55 },
  { name: 'Khartoum', country: 'Sudan', adjective: 'Sudanese', lat: 15.55, lon: 32.53 },
  { name: 'Peshawar', country: 'Pakistan', adjective: 'Pakistani', lat: 34.01, lon: 71.58 },
  { name: 'Quetta', country: 'Pakistan', adjective: 'Pakistani', lat: 30.19, lon: 67.0 },
  { name: 'Nairobi', country: 'Kenya', adjective: 'Kenyan', lat: -1.28, lon: 36.82 },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

type Kind = (t: Town, date: string, n: number, v: number) => { title: string; body: string };
const KINDS: Kind[] = [
  (t, d, n, v) => v ? { title: `${cap(NUMBERS[n])} killed in drone strike on ${t.name}`, body: `A drone struck a market in ${t.name} on ${d}, killing ${NUMBERS[n]} civilians and wounding several others, a hospital official said.` }
    : { title: `Air strike hits ${t.name} market`, body: `An air strike by a drone on a crowded market in the ${t.adjective} city of ${t.name} killed ${n + 3} civilians on ${d}, local officials said.` },
  (t, d, n, v) => v ? { title: `Shelling of ${t.name} kills ${NUMBERS[n]}`, body: `Artillery shells hit residential areas of ${t.name} on ${d}, killing ${NUMBERS[n]} civilians, the regional governor said.` }
    : { title: `${t.name} shelled overnight`, body: `Heavy shelling struck ${t.name} on ${d}; ${n + 2} civilians were killed, according to rescue workers.` },
  (t, d, n, v) => v ? { title: `Clashes near ${t.name}`, body: `Government forces clashed with rebels near ${t.name} on ${d}, and ${NUMBERS[n]} fighters were killed, a military source said.` }
    : { title: `Fighting erupts in ${t.name}`, body: `Fierce fighting broke out between the army and rebel fighters in ${t.name} on ${d}, leaving ${n + 2} combatants dead.` },
  (t, d, n) => ({ title: `Protesters march in ${t.name}`, body: `Hundreds of protesters marched through ${t.name} on ${d} to demand the release of detained activists; police fired tear gas to disperse them, and ${NUMBERS[n]} people were arrested.` }),
  (t, d, n) => ({ title: `Gunmen abduct villagers near ${t.name}`, body: `Gunmen abducted ${NUMBERS[n]} villagers near ${t.name} on ${d}, police said, and demanded a ransom for their release.` }),
  (t, d, n) => ({ title: `Roadside bomb hits patrol near ${t.name}`, body: `A roadside bomb struck an army patrol near ${t.name} on ${d}, killing ${NUMBERS[n]} soldiers, a security official said.` }),
  (t, d) => ({ title: `Truce agreed in ${t.name}`, body: `Rival armed groups signed a ceasefire agreement in ${t.name} on ${d} after mediation by local elders.` }),
];
const FILLER = [
  'Residents said the situation remained tense and many families had left their homes.',
  'Aid agencies warned that access to food and medicine in the area was becoming more difficult.',
  'There was no immediate comment from the authorities, who have in the past denied similar reports.',
  'The area has seen repeated violence over the past year, according to local monitors.',
  'Schools and shops stayed closed for most of the day, witnesses told reporters.',
];

function cap(s: string): string { return s[0].toUpperCase() + s.slice(1); }

/** Deterministic pseudo-random numbers, so every run ingests the same corpus. */
export function random(seed: number) {
  let x = seed >>> 0;
  return () => { x = (x + 0x6d2b79f5) >>> 0; let t = x; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

export const START = Date.UTC(2021, 0, 1), SPAN_DAYS = 730;

/** The corpus as JSON lines, one report a line; deterministic, about one event in four reported twice. */
export function* corpusLines(docs: number): Generator<string> {
  const rnd = random(42);
  let written = 0, event = 0;
  while (written < docs) {
    const town = TOWNS[Math.floor(rnd() * TOWNS.length)];
    const kind = Math.floor(rnd() * KINDS.length);
    const day = new Date(START + Math.floor(rnd() * SPAN_DAYS) * 86_400_000);
    const n = Math.floor(rnd() * 9);
    const reports = rnd() < 0.25 ? 2 : 1;
    for (let r = 0; r < reports && written < docs; r++, written++) {
      const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
      const { title, body } = KINDS[kind](town, date, Math.min(10, n + r), r === 0 ? 1 : 0);
      const published = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
      const filler = [FILLER[(event + r) % FILLER.length], FILLER[(event + r + 2) % FILLER.length]].join(' ');
      const text = `${title}\n\n${town.name.toUpperCase()}, ${town.country} — ${body} ${filler}\n\nReport ${event}-${r}.`;
      yield JSON.stringify({ id: `bench-${event}-${r}`, text, published, url: `https://outlet${r + 1}.example.org/${event}` });
    }
    event++;
  }
}

