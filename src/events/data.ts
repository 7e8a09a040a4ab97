// Loads the event knowledge: taxonomy, trigger patterns, modality cues, quantities.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { InputError } from '../errors.js';

export interface SubEventInfo {
  sub_event_type: string;
  event_type: string;
  disorder_type: string;
  plover: { event: string; mode: string | null } | null;
  /** Position in ACLED's precedence order: lower wins. */
  rank: number;
}

export interface EventPattern {
  id: string;
  sub_event_type: string;
  trigger: RegExp;
  requires: RegExp | null;
  unless: RegExp | null;
  info: SubEventInfo;
}

export interface ModalityCues {
  hypothetical_before: RegExp[];
  negation_before: RegExp[];
  memory_sentence: RegExp[];
  rumour_sentence: RegExp[];
  claim_sentence: RegExp[];
  question_sentence: RegExp[];
  metaphor_sentence: RegExp[];
}

export interface Quantities {
  vague: Record<string, number>;
  words: Record<string, number>;
  death_words: string;
  person_words: string;
}

export interface EventData {
  taxonomy: Map<string, SubEventInfo>;
  patterns: EventPattern[];
  modality: ModalityCues;
  quantities: Quantities;
}

let cached: EventData | null = null;

export function loadEventData(): EventData {
  if (cached) return cached;
  const tax = readJson<{ sub_event_types: Omit<SubEventInfo, 'rank'>[] }>('taxonomy.json').sub_event_types;
  const taxonomy = new Map(tax.map((t, rank) => [t.sub_event_type, { ...t, rank }]));
  const raw = readJson<{ patterns: { id: string; sub_event_type: string; trigger: string; requires?: string; unless?: string }[] }>('patterns.json').patterns;
  const patterns = raw.map((p) => {
    const info = taxonomy.get(p.sub_event_type);
    if (!info) throw new InputError(`data/events/patterns.json: pattern "${p.id}" names unknown sub-event type "${p.sub_event_type}"`);
    return {
      id: p.id, sub_event_type: p.sub_event_type, info,
      trigger: compile(p.trigger, p.id, 'g'),
      requires: p.requires ? compile(p.requires, p.id, '') : null,
      unless: p.unless ? compile(p.unless, p.id, '') : null,
    };
  });
  const rawCues = readJson<Record<keyof ModalityCues, string[]>>('modality.json');
  const modality = Object.fromEntries(Object.entries(rawCues).filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => [k, (v as string[]).map((s) => compile(s, k, '', false))])) as unknown as ModalityCues;
  cached = { taxonomy, patterns, modality, quantities: readJson<Quantities>('quantities.json') };
  return cached;
}

/** Triggers match whole words only, whatever their case. */
function compile(source: string, id: string, flags: string, wordBounded = true): RegExp {
  try {
    const body = wordBounded ? `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])` : source;
    return new RegExp(body, `iu${flags}`);
  } catch (err) {
    throw new InputError(`data/events: pattern "${id}" is not a valid regular expression: ${(err as Error).message}`);
  }
}

function readJson<T>(name: string): T {
  const file = dataPath('events', name);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new InputError(`cannot read data file ${file}: ${(err as Error).message.split('\n')[0]}`);
  }
}
