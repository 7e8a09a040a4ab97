// A demonstration is one event, however many sentences tell it: what the crowd did and what
// was done to it decide its sub-event type (data/events/demonstrations.json). Arrests of the
// demonstrators, "clashes" between them and the police, protesters shot dead: all of these are
// the demonstration's own story, not separate events.
import { readFileSync } from 'node:fs';
import type { Annotated, PlaceMention, Sentence } from '../model.js';
import { dataPath } from '../paths.js';
import { InputError } from '../errors.js';
import { loadEventData, type SubEventInfo } from './data.js';
import type { CodedEvent } from './mention.js';
import { absorb } from './merge.js';
import { asCrowd } from './arguments.js';
import { kmBetween } from '../geo.js';
import { spansWithin } from '../text/spans.js';

interface DemonstrationCues {
  demonstration: RegExp;
  crowd_violence: RegExp[];
  lethal_force: RegExp[];
  intervention: RegExp[];
}

let cached: DemonstrationCues | null = null;
function cues(): DemonstrationCues {
  if (cached) return cached;
  const file = dataPath('events', 'demonstrations.json');
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | string[]>;
    const re = (s: string) => new RegExp(s, 'iu');
    cached = {
      demonstration: re(raw.demonstration as string),
      crowd_violence: (raw.crowd_violence as string[]).map(re),
      lethal_force: (raw.lethal_force as string[]).map(re),
      intervention: (raw.intervention as string[]).map(re),
    };
  } catch (err) {
    throw new InputError(`cannot read data file ${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  return cached;
}

/** A demonstration going on when the arrests were made. */
const DURING_DEMONSTRATION = /\b(?:while|during|at|as|when)\b[^.;]{0,40}\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|sit-ins?|human chains?)\b/i;
const DEMONSTRATION_TYPES = new Set(['Excessive force against protesters', 'Protest with intervention', 'Peaceful protest', 'Violent demonstration']);
const CROWD_TYPES = new Set(['Protesters', 'Rioters']);

/** Events of the demonstration's own story: the protest itself, its policing, its violence. */
function partOfDemonstration(e: CodedEvent, sentences: Set<number>, own: CodedEvent[]): boolean {
  const sameSentenceDemonstration = (x: CodedEvent, _s: Set<number>) => own.some((o) => o.sentence === x.sentence);
  if (DEMONSTRATION_TYPES.has(e.info.sub_event_type)) return true;
  if (!sentences.has(e.sentence)) return false;
  const crowdSide = [e.actor1, e.actor2].some((x) => x && CROWD_TYPES.has(x.type));
  if (e.info.sub_event_type === 'Arrests') return crowdSide || sameSentenceDemonstration(e, sentences);
  // Violence in a sentence that tells of the demonstration is done by or to its crowd.
  if (e.info.sub_event_type === 'Armed clash' || e.info.sub_event_type === 'Attack') return true;
  if (e.info.sub_event_type === 'Looting/property destruction') return true;
  return false;
}

export function resolveDemonstrations(events: CodedEvent[], a: Annotated): CodedEvent[] {
  const c = cues();
  let own = events.filter((e) => DEMONSTRATION_TYPES.has(e.info.sub_event_type));
  if (!own.length) {
    // "detained while trying to hold a demonstration": arrests that stopped a protest are its policing.
    const stopped = events.find((e) => e.info.sub_event_type === 'Arrests' && e.evidence.some((s) => DURING_DEMONSTRATION.test(s.text)));
    if (!stopped) return events;
    const info = loadEventData().taxonomy.get('Protest with intervention') as SubEventInfo;
    const victims = stopped.actor2;
    events = events.map((e) => e === stopped ? { ...e, info, actor1: victims, actor2: e.actor1 } : e);
    own = [events.find((e) => e.info === info)!];
  }
  const told = new Set(a.sentences.filter((s) => c.demonstration.test(s.text)).map((s) => s.index));
  const groups = byTown(own);
  // Demonstrations in towns far apart ("also on Monday, hundreds massed in Istanbul") are
  // separate events, each told by its own sentences and those that name no other town.
  let out = events;
  for (const group of groups) {
    const towns = group.map((e) => townOf(e)).filter((x): x is PlaceMention => !!x);
    const own = new Set(group.flatMap((e) => e.mentions.map((m) => m.sentence.index)));
    const elsewhere = (i: number) => {
      const s = a.sentences[i];
      return !!s && towns.length > 0 && spansWithin(a.places, s.start, s.end).some((p) => p.kind === 'settlement' &&
        towns.every((t) => kmBetween(p, t) > SAME_TOWN_KM));
    };
    const others = new Set(groups.filter((g) => g !== group).flatMap((g) => g.flatMap((e) => e.mentions.map((m) => m.sentence.index))));
    const itsTold = new Set([...told].filter((i) => own.has(i) || (!elsewhere(i) && !others.has(i))));
    const current = out.filter((e) => group.includes(e) || !DEMONSTRATION_TYPES.has(e.info.sub_event_type));
    const rest = out.filter((e) => !current.includes(e));
    out = [...resolveStory(current, group, itsTold, a), ...rest];
  }
  return out;
}

/** Demonstration events grouped by town: towns more than a town's width apart are apart. */
function townOf(e: CodedEvent): PlaceMention | null {
  return e.place && e.place.how !== 'dateline' && e.place.place.kind === 'settlement' ? e.place.place : null;
}

function byTown(own: CodedEvent[]): CodedEvent[][] {
  const groups: CodedEvent[][] = [];
  for (const e of own) {
    const p = townOf(e);
    const group = groups.find((g) => g.some((x) => {
      const q = townOf(x);
      return !p || !q || kmBetween(p, q) <= SAME_TOWN_KM;
    }));
    if (group) group.push(e); else groups.push([e]);
  }
  return groups;
}

const SAME_TOWN_KM = 25;

function resolveStory(events: CodedEvent[], own: CodedEvent[], told: Set<number>, a: Annotated): CodedEvent[] {
  const c = cues();
  const story = events.filter((e) => partOfDemonstration(e, told, own));
  const texts = [...told].map((i) => a.sentences[i]).filter((s): s is Sentence => !!s).map((s) => s.text);
  const says = (list: RegExp[]) => texts.some((t) => list.some((re) => re.test(t)));
  // A riot told as such ("youths rioted") is violence by the crowd whatever else is said.
  const rioted = story.some((e) => e.info.event_type === 'Riots' && e.info.sub_event_type === 'Violent demonstration');
  const type = rioted || says(c.crowd_violence) ? 'Violent demonstration'
    : says(c.lethal_force) ? 'Excessive force against protesters'
      : says(c.intervention) ? 'Protest with intervention' : 'Peaceful protest';
  const info = loadEventData().taxonomy.get(type) as SubEventInfo;
  const head = [...story].sort((x, y) => Number(y.headline) - Number(x.headline) || x.sentence - y.sentence)[0];
  const merged: CodedEvent = { ...head, info, mentions: [...head.mentions], triggers: [...head.triggers], evidence: [...head.evidence],
    assoc1: [...head.assoc1], assoc2: [...head.assoc2] };
  for (const e of story) if (e !== head) absorb(merged, e);
  // The headline names the protest; the body says when and where it was.
  const body = story.filter((e) => !e.headline).sort((x, y) => x.sentence - y.sentence);
  merged.date = (body.find((e) => e.date?.how === 'sentence') ?? body[0] ?? head).date;
  merged.place = (body.find((e) => e.place?.how === 'sentence') ?? body[0] ?? head).place;
  const crowd = story.flatMap((e) => [e.actor1, e.actor2]).find((x) => x && CROWD_TYPES.has(x.type)) ?? null;
  const other = story.flatMap((e) => [e.actor1, e.actor2]).find((x) => x && !CROWD_TYPES.has(x.type) && x.type !== 'Civilians') ?? null;
  // ACLED codes the crowd of a violent demonstration as rioters, of any other as protesters.
  const crowdType = type === 'Violent demonstration' ? 'Rioters' : 'Protesters';
  const base = crowd ?? (head.actor1?.type === 'Civilians' ? head.actor1 : null);
  merged.actor1 = base ? (base.type === crowdType ? base : asCrowd(base, crowdType)) : head.actor1;
  merged.actor2 = type === 'Peaceful protest' ? null : other;
  if (merged.actor1 && merged.actor2 && merged.actor1.actorId === merged.actor2.actorId) merged.actor2 = null;
  const rest = events.filter((e) => !story.includes(e));
  return [merged, ...rest];
}
