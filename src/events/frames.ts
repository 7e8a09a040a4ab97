// Frames: a trigger verb with its arguments inside the clause ("security forces seized a cache
// of weapons", "gunmen attacked a police station", "the station was attacked"). The data says
// which verbs, which objects, and whether the object (the target) or the agent (who gained)
// decides the sub-event type.
import type { ActorMention, PlaceMention, Sentence } from '../model.js';
import type { PatternRef } from './data.js';
import { lexWords, type LexWord } from './lexicon.js';
import type { TriggerMatch } from './triggers.js';
import { ARMED_TYPES } from './actors.js';
import { spansWithin } from '../text/spans.js';

export interface Frame {
  id: string;
  /** A fixed sub-event type, or one chosen by the object's class (`by_target`) or the agent's side (`by_agent`). */
  fixed: PatternRef | null;
  byTarget: Map<string, PatternRef> | null;
  byAgent: { state: PatternRef; nonstate: PatternRef } | null;
  /** Control changes hands without a fight when the sentence says so ("after the army withdrew"). */
  withoutFighting: { cue: RegExp; ref: PatternRef } | null;
  verbs: string[][];
  /** Stemmed object phrases with their class ("armed", "civilian", "weapon" ...). */
  objects: { stems: string[]; cls: string }[];
  window: number;
  passive: boolean;
  /** Event types whose word triggers inside this frame's clause are its arguments, not events. */
  consumes: Set<string>;
  /** Phrases that, before the verb in its clause, make the frame not apply ("earthquake killed"). */
  agentUnless: string[][];
  /** Phrases that, anywhere in the clause, make the frame not apply. */
  clauseUnless: string[][];
}

export interface FrameMatch extends TriggerMatch {
  /** The clause the frame covers: word triggers inside it of a consumed type are dropped. */
  scope: { start: number; end: number };
  consumes: Set<string>;
  targetClass: string | null;
  /** The object came first ("three guards were killed"). */
  passive: boolean;
  /** The object's words (the target, the thing seized, the ground taken). */
  object: { start: number; end: number };
}

const AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got', 'gets', 'has', 'have', 'had']);
/** Words that open a new clause: what follows them is not the verb's object. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'after', 'before', 'when', 'while', 'as', 'but', 'because', 'since', 'where', 'whereas', 'although', 'though', 'killing', 'leaving', 'says', 'said']);
const STATE = 'State forces';
const STATE_WORDS = new Set(['army', 'troop', 'soldier', 'government', 'military', 'regime', 'state']);
const NONSTATE_WORDS = new Set(['rebel', 'militant', 'insurgent', 'jihadist', 'terrorist', 'fighter', 'militia', 'gunman', 'gunmen']);
const MONTHS_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function findFrames(sentence: Sentence, frames: Frame[], actors: ActorMention[], places: PlaceMention[], docText: string): FrameMatch[] {
  const ws = lexWords(docText, sentence.start, sentence.end);
  const inSentence = spansWithin(actors, sentence.start, sentence.end);
  const placeStarts = new Map(spansWithin(places, sentence.start, sentence.end).map((p) => [p.start, p]));
  const out: FrameMatch[] = [];
  const byFirst = verbIndex(frames);
  for (let i = 0; i < ws.length; i++) {
    for (const { frame, verb } of byFirst.get(ws[i].stem) ?? []) {
      if (!startsWith(ws, i, verb)) continue;
      const vEnd = i + verb.length; // exclusive
      const m = matchActive(frame, ws, i, vEnd, inSentence, placeStarts) ?? (frame.passive ? matchPassive(frame, ws, i, vEnd, inSentence, placeStarts) : null);
      if (!m) continue;
      let ref = refFor(frame, m.cls, ws, i, vEnd, m.passive, inSentence);
      if (ref && frame.withoutFighting?.cue.test(sentence.text) && !foughtFor(sentence.text)) ref = frame.withoutFighting.ref;
      if (!ref) continue;
      const clause = clauseOf(ws, i, vEnd);
      if (anyPhrase(ws, clause[0], clause[1], frame.clauseUnless) || anyPhrase(ws, clause[0], i, frame.agentUnless)) continue;
      const start = Math.min(ws[i].start, ws[m.from].start), end = Math.max(ws[vEnd - 1].end, ws[m.to - 1].end);
      const scope = m.passive ? { start: ws[clause[0]].start, end: ws[vEnd - 1].end } : { start: ws[i].start, end: ws[clause[1] - 1].end };
      out.push({ pattern: ref, start, end, text: docText.slice(start, end), scope, consumes: frame.consumes, targetClass: m.cls, passive: m.passive,
        object: { start: ws[m.from].start, end: ws[m.to - 1].end } });
    }
  }
  return out;
}

const indexes = new WeakMap<Frame[], Map<string, { frame: Frame; verb: string[] }[]>>();

/** Frames by the first stem of each verb phrase: a sentence's words are looked up, not scanned per frame. */
function verbIndex(frames: Frame[]): Map<string, { frame: Frame; verb: string[] }[]> {
  let index = indexes.get(frames);
  if (index) return index;
  index = new Map();
  for (const frame of frames) {
    for (const verb of frame.verbs) {
      const list = index.get(verb[0]) ?? [];
      list.push({ frame, verb });
      index.set(verb[0], list);
    }
  }
  indexes.set(frames, index);
  return index;
}

function anyPhrase(ws: LexWord[], from: number, to: number, phrases: string[][]): boolean {
  for (let k = from; k < to; k++) for (const p of phrases) if (startsWith(ws, k, p)) return true;
  return false;
}

function startsWith(ws: LexWord[], i: number, phrase: string[]): boolean {
  if (i + phrase.length > ws.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (ws[i + k].stem !== phrase[k]) return false;
    if (k < phrase.length - 1 && ws[i + k].breakAfter) return false;
  }
  return true;
}

interface ObjectHit { cls: string; from: number; to: number; passive: boolean }

type Places = Map<number, PlaceMention>;

const objectIndexes = new WeakMap<Frame, Map<string, Frame['objects']>>();
function objectIndex(frame: Frame): Map<string, Frame['objects']> {
  let index = objectIndexes.get(frame);
  if (index) return index;
  index = new Map();
  for (const o of frame.objects) {
    const list = index.get(o.stems[0]) ?? [];
    list.push(o);
    index.set(o.stems[0], list);
  }
  objectIndexes.set(frame, index);
  return index;
}

function objectAt(frame: Frame, ws: LexWord[], j: number, actors: ActorMention[], places: Places): { cls: string; len: number } | null {
  let best: { cls: string; len: number } | null = null;
  for (const o of objectIndex(frame).get(ws[j].stem) ?? []) {
    if (startsWith(ws, j, o.stems) && (!best || o.stems.length > best.len)) best = { cls: o.cls, len: o.stems.length };
  }
  if (best) return best;
  // A named town or district is ground that can be taken ("seized Sake").
  const place = frame.byAgent || frame.withoutFighting ? places.get(ws[j].start) : undefined;
  if (place && place.kind !== 'country') return { cls: 'territory', len: Math.max(1, ws.findIndex((w, k) => k >= j && w.end >= place.end) - j + 1) };
  // A proper name the gazetteer did not resolve, and no actor: a place all the same ("seize Congo's Sake").
  if ((frame.byAgent || frame.withoutFighting) && /^\p{Lu}\p{Ll}/u.test(ws[j].text) && !actors.some((x) => x.start <= ws[j].start && ws[j].end <= x.end) &&
    !MONTHS_DAYS.test(ws[j].text)) return { cls: 'territory', len: 1 };
  if (frame.byTarget) {
    const actor = actors.find((a) => a.start === ws[j].start);
    if (actor) {
      const cls = ARMED_TYPES.has(actor.type) ? 'armed' : actor.type === 'Civilians' || actor.type === 'Protesters' ? 'civilian' : null;
      if (cls && frame.byTarget.has(cls)) return { cls, len: Math.max(1, ws.findIndex((w, k) => k >= j && w.end >= actor.end) - j + 1) };
    }
  }
  return null;
}

function matchActive(frame: Frame, ws: LexWord[], i: number, vEnd: number, actors: ActorMention[], places: Places): ObjectHit | null {
  if (ws[vEnd - 1].breakAfter === '.' || ws[vEnd - 1].breakAfter === ';') return null;
  // A list of things seized runs on over commas; a target does not ("killing two, police said").
  const listing = !frame.byTarget && !frame.byAgent;
  for (let j = vEnd; j < ws.length && j < vEnd + frame.window; j++) {
    if (CLAUSE_OPENERS.has(ws[j].lower)) return null;
    const hit = objectAt(frame, ws, j, actors, places);
    if (hit) return { cls: hit.cls, from: j, to: j + hit.len, passive: false };
    if (ws[j].breakAfter && (ws[j].breakAfter !== ',' || !listing)) return null;
  }
  return null;
}

/** "weapons and ammunition were seized", "the base was attacked": the object comes first. */
function matchPassive(frame: Frame, ws: LexWord[], i: number, _vEnd: number, actors: ActorMention[], places: Places): ObjectHit | null {
  let k = i - 1;
  if (k >= 0 && /ly$/.test(ws[k].lower)) k--;
  if (k < 0 || !AUX.has(ws[k].lower)) return null;
  if (ws[k].lower === 'has' || ws[k].lower === 'have' || ws[k].lower === 'had') return null;
  for (let j = k - 1; j >= 0 && j >= k - frame.window; j--) {
    if (ws[j].breakAfter && ws[j].breakAfter !== ',') return null;
    const hit = objectAt(frame, ws, j, actors, places);
    if (hit) return { cls: hit.cls, from: j, to: j + hit.len, passive: true };
  }
  return null;
}

/** The words of the verb's clause: from the last boundary before it to the next one after it. */
function clauseOf(ws: LexWord[], i: number, vEnd: number): [number, number] {
  let from = i;
  while (from > 0 && !(ws[from - 1].breakAfter && ws[from - 1].breakAfter !== ',')) from--;
  let to = vEnd;
  while (to < ws.length && !(ws[to - 1].breakAfter && ws[to - 1].breakAfter !== ',') ) to++;
  return [from, Math.min(to, ws.length)];
}

function refFor(frame: Frame, cls: string, ws: LexWord[], i: number, vEnd: number, passive: boolean, actors: ActorMention[]): PatternRef | null {
  if (frame.byTarget) return frame.byTarget.get(cls) ?? null;
  if (frame.byAgent) {
    const agent = agentOf(ws, i, vEnd, passive || passiveVerb(ws, i), actors);
    if (agent) return agent.type === STATE ? frame.byAgent.state : frame.byAgent.nonstate;
    // No actor named, but "army units", "government troops" in the clause: the state's forces.
    const clause = clauseOf(ws, i, vEnd);
    if (ws.slice(clause[0], i).some((w) => STATE_WORDS.has(w.stem)) && !ws.slice(clause[0], i).some((w) => NONSTATE_WORDS.has(w.stem))) return frame.byAgent.state;
    if (!passiveVerb(ws, i)) return null;
    // "The rebels were driven out of their positions": the subject lost the ground.
    const loser = agentOf(ws, i, vEnd, false, actors);
    if (!loser) return null;
    return loser.type === STATE ? frame.byAgent.nonstate : frame.byAgent.state;
  }
  return frame.fixed;
}

/** The sentence tells of fighting or bombardment, not said to be absent: the ground was won by force. */
function foughtFor(text: string): boolean {
  const violence = /\b(?:bombard\w*|shell(?:s|ed|ing)|artillery|clash\w*|fight\w*|battl\w*|air ?strikes?|offensive|assault\w*|counter-?attack\w*)\b/i;
  const absent = /\bwithout (?:\w+ ){0,3}(?:fight\w*|clash\w*|battl\w*|resistance)/i;
  return violence.test(text.replace(absent, ''));
}

function passiveVerb(ws: LexWord[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && /ly$/.test(ws[k].lower)) k--;
  return k >= 0 && ['was', 'were', 'been', 'being', 'is', 'are', 'be'].includes(ws[k].lower);
}

/** Who acts: the nearest actor before the verb in its sentence, or the one after "by" / "fell to". */
function agentOf(ws: LexWord[], i: number, vEnd: number, passive: boolean, actors: ActorMention[]): ActorMention | null {
  const verbStart = ws[i].start, verbEnd = ws[vEnd - 1].end;
  const after = actors.filter((a) => a.start >= verbEnd).sort((x, y) => x.start - y.start);
  if (ws[vEnd - 1].lower === 'to' || ws[vEnd - 1].lower === 'by') return after[0] ?? null;
  const byWord = ws.findIndex((w, k) => k >= vEnd && k < vEnd + 10 && w.lower === 'by');
  if (byWord >= 0) {
    const agent = after.find((a) => a.start >= ws[byWord].end);
    if (agent) return agent;
  }
  if (passive) return null;
  // The subject: the first armed actor of the clause that no preposition governs
  // ("The army, in an offensive against the rebels, retook ...").
  const clauseStart = ws[clauseOf(ws, i, vEnd)[0]].start;
  const before = actors.filter((a) => a.end <= verbStart && a.start >= clauseStart && ARMED_TYPES.has(a.type) && a.rule !== 'backer')
    .sort((x, y) => x.start - y.start);
  return before.find((a) => !governed(ws, a)) ?? null;
}

const PREPOSITIONS = new Set(['on', 'against', 'from', 'with', 'of', 'for', 'at', 'to', 'by', 'into', 'near', 'toward', 'towards', 'targeting', 'versus', 'vs', 'backed', 'loyal', 'allied']);

/** An actor introduced by a preposition ("a crackdown on militants") is no subject. */
function governed(ws: LexWord[], a: ActorMention): boolean {
  const k = ws.findIndex((w) => w.start >= a.start);
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (PREPOSITIONS.has(ws[j].lower)) return true;
    if (!/^(?:the|a|an|some|several|local|suspected|armed|\p{Lu}.*)$/u.test(ws[j].text)) return false;
  }
  return false;
}
