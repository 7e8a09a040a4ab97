// The readable summary `sitrep extract` prints by default: one block per event.
import type { Extraction } from '../pipeline.js';
import { forTerminal } from '../text/terminal.js';

export function formatSummary(result: Extraction): string {
  const d = result.document;
  const lines: string[] = [];
  lines.push(`Document: ${d.title ?? '(untitled)'}`);
  const meta = [d.author && `by ${d.author}`, d.published && `published ${d.published}`,
    d.dateline && `dateline ${d.dateline.place}${d.dateline.date ? `, ${d.dateline.date}` : ''}`].filter(Boolean);
  if (meta.length) lines.push(`  ${meta.join(' · ')}`);
  lines.push('');
  if (result.events.length === 0) lines.push('No event coded.');
  result.events.forEach((e, i) => {
    lines.push(`${i + 1}. ${e.event_type} / ${e.sub_event_type}`);
    const date = e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start} to ${e.date.end}`) + ` (${e.date.precision})` : 'unknown';
    lines.push(`   date:       ${date}`);
    const loc = e.location;
    lines.push(`   place:      ${loc ? `${loc.name}${loc.admin1 ? `, ${loc.admin1}` : ''}${loc.country ? `, ${loc.country}` : ''} (${loc.lat.toFixed(2)}, ${loc.lon.toFixed(2)}; geo precision ${loc.geo_precision})` : 'unknown'}`);
    const name = (a: typeof e.actor1) => (a ? `${a.name} [${a.type}]` : '(unnamed)');
    lines.push(`   actors:     ${!e.actor1 && !e.actor2 ? 'none named' : e.actor2 ? `${name(e.actor1)} / ${name(e.actor2)}` : name(e.actor1)}`);
    lines.push(`   fatalities: ${e.fatalities}   certainty: ${e.certainty}`);
    lines.push(`   evidence:   “${clip(e.evidence[0].text)}”`);
    lines.push('');
  });
  if (result.not_coded?.length) {
    lines.push('Not coded:');
    for (const n of result.not_coded) lines.push(`   - “${clip(n.trigger.text)}” (${n.sub_event_type}): ${n.reason}`);
    lines.push('');
  }
  // Titles and evidence are the document's own words: no escape sequence of theirs reaches the terminal.
  return forTerminal(lines.join('\n')) + '\n';
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
