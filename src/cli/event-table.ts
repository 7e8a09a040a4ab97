// The readable table `sitrep events` prints by default: one line an event.
import { eventDate, type StoredEvent } from '../corpus/index.js';
import { oneLine } from '../text/terminal.js';

const COLUMNS = [
  { title: 'date', width: 10 },
  { title: 'sub-event type', width: 26 },
  { title: 'place', width: 26 },
  { title: 'actors', width: 40 },
  { title: 'deaths', width: 6 },
  { title: 'src', width: 3 },
  { title: 'id', width: 16 },
];

export function tableHeader(): string {
  return line(COLUMNS.map((c) => c.title)) + line(COLUMNS.map((c) => '-'.repeat(c.width)));
}

export function tableRow({ event: e }: StoredEvent): string {
  const place = e.location ? [e.location.name, e.location.country_code].filter(Boolean).join(', ') : '?';
  const actors = [e.actor1, e.actor2].filter((a) => a).map((a) => a!.name).join(' / ') || '-';
  const deaths = e.fatalities_high > e.fatalities ? `${e.fatalities}-${e.fatalities_high}` : String(e.fatalities);
  return line([eventDate(e) ?? '?', e.sub_event_type, place, actors, deaths, String(e.sources.length), e.id]);
}

function line(cells: string[]): string {
  return cells.map((c, i) => fit(oneLine(c), COLUMNS[i].width, i === 4 || i === 5)).join('  ').trimEnd() + '\n';
}

function fit(s: string, width: number, right: boolean): string {
  const t = s.length > width ? `${s.slice(0, width - 1)}…` : s;
  return right ? t.padStart(width) : t.padEnd(width);
}
