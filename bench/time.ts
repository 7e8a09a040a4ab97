// Throughput of the time stage alone: `node --import tsx bench/time.ts [MB]`.
// Uses the TempEval dev texts when ../shared is present, else generated news-like text.
import { existsSync, readFileSync } from 'node:fs';
import { tagTimes } from '../src/time/index.js';

const SAMPLE = '../shared/eval/data/tempeval3/tbaq-dev.jsonl';

function generated(): string[] {
  const sentences = [
    'Gunmen attacked a police checkpoint on Monday, killing three officers, the interior ministry said.',
    'The ceasefire agreed on March 2, 2018 broke down two weeks later amid heavy shelling.',
    'Around 150 to 200 fighters withdrew towards the river, officials said on Friday night.',
    'Prices rose 4.5 percent in the third quarter compared with a year earlier.',
    'Residents said the market had been closed for three days and reopened at 10:30 a.m. yesterday.',
    'The UN envoy will visit the region next week and meet local leaders every day.',
    'Protests have grown in recent years, and a curfew is currently in force.',
    'The group, founded in the late 1990s, seized the town in mid-June and held it until 2016.',
    'Officials reported 42 casualties, 17 of them children, at 3 separate sites.',
    'A spokesman could not be reached for comment, and the number of displaced people is unknown.',
  ];
  const docs: string[] = [];
  for (let i = 0; i < 400; i++) {
    const paragraph: string[] = [];
    for (let j = 0; j < 12; j++) paragraph.push(sentences[(i * 7 + j * 3) % sentences.length]);
    docs.push(paragraph.join(' ') + '\n\n' + paragraph.slice(3).join(' '));
  }
  return docs;
}

const docs: { text: string; published: string | null }[] = existsSync(SAMPLE)
  ? readFileSync(SAMPLE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; published: string | null })
  : generated().map((text) => ({ text, published: '2018-10-25' }));

const targetMB = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 10);
const perPass = docs.reduce((n, d) => n + d.text.length, 0);
tagTimes(docs[0].text, { published: docs[0].published, dateline: null }); // warm-up: compiles patterns, builds chrono

let chars = 0, mentions = 0;
const t0 = process.hrtime.bigint();
while (chars < targetMB * 1e6) {
  for (const d of docs) mentions += tagTimes(d.text, { published: d.published, dateline: null }).length;
  chars += perPass;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${existsSync(SAMPLE) ? 'tempeval dev' : 'generated'} text: ${(chars / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s, ${mentions} mentions`);
console.log(`${(chars / 1e6 / seconds).toFixed(2)} MB/s`);
