// An ACLED-style notes sentence: "On 3 May 2019, ... in Saraqib (Idlib, Syria)."
interface NoteFields {
  sub_event_type: string;
  actor1: { name: string } | null;
  actor2: { name: string } | null;
  location: { name: string; admin1: string | null; country: string | null } | null;
  date: { start: string; end: string } | null;
  fatalities: number;
  certainty: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function notesFor(r: NoteFields): string {
  const when = r.date ? (r.date.start === r.date.end ? `On ${longDate(r.date.start)}` : `Between ${longDate(r.date.start)} and ${longDate(r.date.end)}`) : 'On an unknown date';
  const who = r.actor1 && r.actor2 ? `${r.actor1.name} and ${r.actor2.name}` : r.actor1?.name ?? r.actor2?.name ?? 'unidentified actors';
  const where = r.location ? ` in ${r.location.name}${regionOf(r.location)}` : '';
  const what = r.sub_event_type.toLowerCase();
  const fatal = r.fatalities > 0 ? ` ${r.fatalities} reported killed.` : '';
  const sure = r.certainty === 'rumoured' ? ' (rumoured)' : r.certainty === 'claimed' ? ' (claimed)' : '';
  return `${when}, ${what} involving ${who}${where}${sure}.${fatal}`;
}

function regionOf(l: { name: string; admin1: string | null; country: string | null }): string {
  const parts = [l.admin1, l.country].filter((p): p is string => !!p && p !== l.name);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : m ? `${MONTHS[m - 1]} ${y}` : String(y);
}
