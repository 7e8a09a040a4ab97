// Loads the event knowledge: taxonomy, trigger patterns, modality cues, quantities.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { InputError } from '../errors.js';
import type { Frame } from './frames.js';
import { stems } from './lexicon.js';

export interface SubEventInfo {
  sub_event_type: string;
  event_type: string;
  disorder_type: string;
  plover: { event: string; mode: string | null } | null;
  /** Position in ACLED's precedence order: lower wins. */
  rank: number;
}

/** What a trigger points at: the rule that fired and the sub-event type it states. */
export interface PatternRef {
  id: string;
  sub_event_type: string;
  info: SubEventInfo;
}

export interface EventPattern extends PatternRef {
  trigger: RegExp;
  requires: RegExp | null;
  unless: RegExp | null;
  /** A generic trigger that counts only when no specific one of its event type is in the sentence. */
  fallback: boolean;
}

export interface ModalityCues {
  hypothetical_before: RegExp[];
  negation_before: RegExp[];
  memory_sentence: RegExp[];
  /** Cues right before the trigger that make it history ("the anniversary of the massacre"). */
  memory_before: RegExp[];
  rumour_sentence: RegExp[];
  claim_sentence: RegExp[];
  question_sentence: RegExp[];
  metaphor_sentence: RegExp[];
  /** A disaster or accident is the cause: without an armed actor, no political violence. */
  disaster_sentence: RegExp[];
  /** Diplomacy about violence (sanctions, expelled diplomats) is not the violence. */
  diplomacy_sentence: RegExp[];
  /** Ordinary crime (smuggling, robbery): no strategic development, no political violence. */
  crime_sentence: RegExp[];
}

export interface Quantities {
  vague: Record<string, number>;
  words: Record<string, number>;
  death_words: string;
  person_words: string;
  /** A sentence that updates a toll already told. */
  toll_update: string;
}

export interface EventData {
  taxonomy: Map<string, SubEventInfo>;
  patterns: EventPattern[];
  frames: Frame[];
  /** Sub-event types in the order a headline would name them when one sentence states several. */
  salience: Map<string, number>;
  modality: ModalityCues;
  quantities: Quantities;
}

let cached: EventData | null = null;

export function loadEventData(): EventData {
  if (cached) return cached;
  const taxFile = readJson<{ sub_event_types: Omit<SubEventInfo, 'rank'>[]; salience: string[] }>('taxonomy.json');
  const tax = taxFile.sub_event_types;
  const taxonomy = new Map(tax.map((t, rank) => [t.sub_event_type, { ...t, rank }]));
  const raw = readJson<{ patterns: { id: string; sub_event_type: string; trigger: string; requires?: string; unless?: string; fallback?: boolean }[] }>('patterns.json').patterns;
  const patterns = raw.map((p) => {
    const info = taxonomy.get(p.sub_event_type);
    if (!info) throw new InputError(`data/events/patterns.json: pattern "${p.id}" names unknown sub-event type "${p.sub_event_type}"`);
    return {
      id: p.id, sub_event_type: p.sub_event_type, info,
      trigger: compile(p.trigger, p.id, 'g'),
      requires: p.requires ? compile(p.requires, p.id, '') : null,
      unless: p.unless ? compile(p.unless, p.id, '') : null,
      fallback: p.fallback ?? false,
    };
  });
  const rawCues = readJson<Record<keyof ModalityCues, string[]>>('modality.json');
  const modality = Object.fromEntries(Object.entries(rawCues).filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => [k, (v as string[]).map((s) => compile(s, k, '', false))])) as unknown as ModalityCues;
  for (const k of ['disaster_sentence', 'diplomacy_sentence', 'crime_sentence', 'memory_before'] as const) modality[k] ??= [];
  const salience = new Map(taxFile.salience.map((t, i) => [t, i]));
  for (const t of taxonomy.keys()) if (!salience.has(t)) salience.set(t, salience.size);
  const frames = loadFrames(taxonomy);
  cached = { taxonomy, patterns, frames, salience, modality, quantities: readJson<Quantities>('quantities.json') };
  return cached;
}

interface RawFrame {
  id: string; sub_event_type?: string; by_target?: Record<string, string>; by_agent?: { state: string; nonstate: string };
  verbs: string[]; objects: string[]; window?: number; passive?: boolean; consumes?: string[];
  agent_unless?: string[]; clause_unless?: string[]; without_fighting?: string;
}

function loadFrames(taxonomy: Map<string, SubEventInfo>): Frame[] {
  const raw = readJson<{ classes: Record<string, string[]>; frames: RawFrame[] }>('frames.json');
  const refOf = (id: string, type: string) => {
    const info = taxonomy.get(type);
    if (!info) throw new InputError(`data/events/frames.json: frame "${id}" names unknown sub-event type "${type}"`);
    return { id, sub_event_type: type, info };
  };
  return raw.frames.map((f) => {
    const objects = f.objects.flatMap((o) => o.startsWith('@')
      ? (raw.classes[o.slice(1)] ?? []).map((p) => ({ stems: stems(p), cls: o.slice(1) }))
      : [{ stems: stems(o), cls: 'object' }]).filter((o) => o.stems.length);
    return {
      id: f.id,
      fixed: f.sub_event_type ? refOf(f.id, f.sub_event_type) : null,
      byTarget: f.by_target ? new Map(Object.entries(f.by_target).map(([cls, t]) => [cls, refOf(f.id, t)])) : null,
      byAgent: f.by_agent ? { state: refOf(f.id, f.by_agent.state), nonstate: refOf(f.id, f.by_agent.nonstate) } : null,
      withoutFighting: f.without_fighting ? { cue: compile(f.without_fighting, f.id, '', false), ref: refOf(f.id, 'Non-violent transfer of territory') } : null,
      verbs: f.verbs.map(stems),
      objects,
      window: f.window ?? 7,
      passive: f.passive ?? true,
      consumes: new Set(f.consumes ?? []),
      agentUnless: (f.agent_unless ?? []).map(stems),
      clauseUnless: (f.clause_unless ?? []).map(stems),
    };
  });
}

/** Triggers match whole words only, whatever their case. */
function compile(source: string, id: string, flags: string, wordBounded = true): RegExp {
  try {
    // Plain \b boundaries without the unicode flag where the pattern needs no \p{..} class:
    // several times faster, and the triggers are English words.
    if (!/\\p\{/.test(source)) return new RegExp(wordBounded ? `\\b(?:${source})(?![\\w])` : source, `i${flags}`);
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
