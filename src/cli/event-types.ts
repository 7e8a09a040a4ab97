// The event and sub-event types `--type` accepts: ACLED's taxonomy, from data/events/taxonomy.json.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

let names: string[] | null = null;

/** Event types first (Battles, Protests, ...), then the sub-event types, in the taxonomy's order. */
export function eventTypeNames(): string[] {
  if (!names) {
    const file = JSON.parse(readFileSync(dataPath('events', 'taxonomy.json'), 'utf8')) as { sub_event_types: { sub_event_type: string; event_type: string }[] };
    const types = file.sub_event_types;
    names = [...new Set([...types.map((t) => t.event_type), ...types.map((t) => t.sub_event_type)])];
  }
  return names;
}

/** As the query matches them: case does not matter. */
export function isEventType(name: string): boolean {
  const n = name.toLowerCase();
  return eventTypeNames().some((t) => t.toLowerCase() === n);
}
