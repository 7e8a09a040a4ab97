// Loads the actor dictionaries (data/actors/*.json). Users extend them without touching code.
import { readFileSync } from 'node:fs';
import { ACTOR_TYPES, type ActorType } from '../model.js';
import { dataPath } from '../paths.js';
import { InputError } from '../errors.js';

export interface ActorEntry {
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  parent: string | null;
  /** ACLED codes this unit under its parent (Kataib Hezbollah's events are the PMF's). */
  code_under_parent?: boolean;
  aliases: string[];
  tags: string[];
}

export interface GenericActorEntry {
  id: string;
  aliases: string[];
  type: ActorType;
  /** May hold "{country}", filled with the country in context. */
  name: string;
  /** A named actor of the document with this tag is what the generic words refer to. */
  corefer_tag?: string | null;
}

export interface ActorData {
  actors: Map<string, ActorEntry>;
  generic: GenericActorEntry[];
}

let cached: ActorData | null = null;

export function loadActorData(): ActorData {
  if (cached) return cached;
  const named = readJson<{ actors: ActorEntry[] }>('actors', 'actors.json').actors;
  const generic = readJson<{ generic: GenericActorEntry[] }>('actors', 'generic.json').generic;
  for (const entry of [...named, ...generic]) {
    if (!ACTOR_TYPES.includes(entry.type)) {
      throw new InputError(`data/actors: actor "${entry.id}" has unknown type "${entry.type}"`);
    }
  }
  cached = { actors: new Map(named.map((a) => [a.id, { ...a, tags: a.tags ?? [] }])), generic };
  return cached;
}

function readJson<T>(...parts: string[]): T {
  const file = dataPath(...parts);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new InputError(`cannot read data file ${file}: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** The organisation an actor's events are coded under: itself, or its parent where the data says so (Kataib Hezbollah → PMF). */
export function rootActor(data: ActorData, id: string): ActorEntry | null {
  let entry = data.actors.get(id) ?? null;
  const seen = new Set<string>();
  while (entry?.parent && entry.code_under_parent && !seen.has(entry.id)) {
    seen.add(entry.id);
    const parent = data.actors.get(entry.parent);
    if (!parent) break;
    entry = parent;
  }
  return entry;
}
