// Synthetic conflict reports built from sentence templates (no outside data), shared by the
// benchmarks: about half the sentences state an event, the rest is the quotes, background
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
