// Step 1 of the event stage: a layer of event mentions on the document, one for each clause
// trigger that says something happened, with its type, sides, place, date, toll and
// certainty cue, each pointing at its words. Nothing is decided here about whether the
// mention is news of this report (reportability.ts) or which incident it tells (aggregation.ts).
import type { ActorMention, Annotated, Certainty, Sentence, Span, Token } from '../model.js';
import { loadEventData } from './data.js';
import { loadReportabilityCues } from './reportability-data.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { findFrames } from './frames.js';
import { contextVeto } from './contexts.js';
import { modalityOf } from './modality.js';
import { sidesOf } from './arguments.js';
import { associatesOf } from '../actors/index.js';
import { dateOf } from './dating.js';
import { placeOf } from './locating.js';
import { isTollUpdate, participantsIn, tollIn } from './quantities.js';
import { insideAny, spansWithin } from '../text/spans.js';
import { ARMED_TYPES, sameActor } from './actors.js';
import type { Determination, EventMention, MentionForm } from './mention.js';
import { allMatches } from '../text/matches.js';

/** Words that make a trigger a state that goes on rather than one incident: dated from "since" when told. */
const ONGOING = /\b(?:frequent(?:ly)?|regular(?:ly)?|daily|constant(?:ly)?|continued|continuing|ongoing|repeated(?:ly)?|sporadic|intermittent|every day|kept|persist\w*)\b/i;
/** Words that open a clause telling what led to the sentence's news. */
const SUBORDINATE = /\b(?:after|following|amid|amidst|since|in the wake of|in the aftermath of|ahead of|despite|over|mourn|against)\b/i;
const PERCEPTION = /\b(?:I|we)\s+(?:saw|heard|watched|witnessed|could see|could hear)\b/;

export function findMentions(a: Annotated): EventMention[] {
  const data = loadEventData();
  const headlineSpans = headlines(a);
  const out: EventMention[] = [];
  for (const sentence of a.sentences) {
    if (isMetadataOnly(sentence, a)) continue;
    const headline = headlineSpans.some((h) => sentence.start >= h.start && sentence.end <= h.end);
    for (const clause of clausesOf(sentence)) {
      for (const t of triggersIn(clause, a)) {
        const modality = modalityOf(sentence, t.start, data.modality);
        const veto = contextVeto(clause, t.pattern, a.actors, data.modality);
        // What the text says did not happen is dropped first: its arguments are not worth reading.
        const mention = modality.factual && !veto
          ? mentionOf(out.length, sentence, clause, t, modality, veto, headline, a)
          : unstated(out.length, sentence, clause, t, modality, veto, headline, a);
        for (const one of perListedPlace(mention, clause, a)) out.push({ ...one, index: out.length });
      }
    }
  }
  return out;
}

/** What joins the places of a list: "Kharkiv, Dnipro and Odesa". */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * "Missile strikes on Kharkiv, Dnipro and Odesa": one incident a place, each with the clause's
 * type, sides and date. The clause's toll belongs to the list as a whole, so no single place gets it.
 */
function perListedPlace(m: EventMention, clause: Sentence, a: Annotated): EventMention[] {
  if (!m.place || m.place.how !== 'sentence' || m.place.place.kind !== 'settlement') return [m];
  const towns = spansWithin(a.places, clause.start, clause.end).filter((p) => p.kind === 'settlement');
  const at = towns.findIndex((p) => p.start === m.place!.place.start);
  if (at < 0) return [m];
  let from = at, to = at;
  const joined = (x: number, y: number) => LIST_JOIN.test(a.doc.text.slice(towns[x].end, towns[y].start));
  while (from > 0 && joined(from - 1, from)) from--;
  while (to < towns.length - 1 && joined(to, to + 1)) to++;
  if (to === from) return [m];
  return towns.slice(from, to + 1).map((p) => ({ ...m, place: { place: p, geoPrecision: 1 as const, how: 'sentence' as const }, toll: null }));
}

/**
 * A sentence's parts between semicolons: a release that lists "near A, two strikes ...; near B,
 * one strike ..." tells one incident a part, each with its own place.
 */
function clausesOf(sentence: Sentence): Sentence[] {
  if (!sentence.text.includes('; ')) return [sentence];
  const out: Sentence[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(/;\s+/g)) {
    const to = m.index ?? 0;
    if (to > from) out.push(part(sentence, from, to));
    from = to + m[0].length;
  }
  if (from < sentence.text.length) out.push(part(sentence, from, sentence.text.length));
  return out;
}

function part(sentence: Sentence, from: number, to: number): Sentence {
  return { ...sentence, start: sentence.start + from, end: sentence.start + to, text: sentence.text.slice(from, to) };
}

/**
 * Word triggers and frames of one clause. A word trigger inside a frame's clause that the
 * frame takes as its argument ("seized three rifles") is no event of its own.
 */
function triggersIn(sentence: Sentence, a: Annotated): TriggerMatch[] {
  const data = loadEventData();
  const frames = findFrames(sentence, data.frames, a.actors, a.places, a.doc.text);
  const words = findTriggers(sentence, data.patterns).filter((t) => !frames.some((f) =>
    f.consumes.has(t.pattern.info.event_type) && t.start >= f.scope.start && t.end <= f.scope.end));
  const all = [...frames, ...words];
  // "Three guards were killed when a mine exploded": the killing is the toll of the tactic.
  const violent = (t: TriggerMatch) => t.pattern.info.disorder_type.includes('Political violence');
  const isKilling = (t: TriggerMatch) => t.pattern.id === 'frame.killing';
  const kept = all.filter((t) => !isKilling(t) || !all.some((o) => o !== t && violent(o) && !isKilling(o)));
  return kept.sort((x, y) => x.start - y.start);
}

/**
 * Unarmed people fighting each other are a mob, not a battle; gunfire at the police or an army
 * post is a battle, not violence against civilians.
 */
function retype(t: TriggerMatch, sides: { actor1: ActorMention | null; actor2: ActorMention | null }): TriggerMatch {
  if (t.pattern.sub_event_type === 'Attack' && sides.actor2 && ARMED_TYPES.has(sides.actor2.type)) {
    const info = loadEventData().taxonomy.get('Armed clash')!;
    return { ...t, pattern: { id: `${t.pattern.id}>armed-target`, sub_event_type: info.sub_event_type, info } };
  }
  if (t.pattern.sub_event_type !== 'Armed clash') return t;
  // Civilians attacked by no one named: ACLED's attack by an unidentified armed group.
  if (!sides.actor1 && sides.actor2?.type === 'Civilians') {
    const info = loadEventData().taxonomy.get('Attack')!;
    return { ...t, pattern: { id: `${t.pattern.id}>on-civilians`, sub_event_type: info.sub_event_type, info } };
  }
  const types = [sides.actor1?.type, sides.actor2?.type];
  const armed = types.some((x) => x && ARMED_TYPES.has(x));
  if (armed || !types.some((x) => x === 'Civilians' || x === 'Rioters')) return t;
  const info = loadEventData().taxonomy.get('Mob violence')!;
  return { ...t, pattern: { id: `${t.pattern.id}>mob`, sub_event_type: info.sub_event_type, info } };
}

/** A mention that reportability drops for its modality or context: trigger and evidence only. */
function unstated(index: number, sentence: Sentence, clause: Sentence, t: TriggerMatch, modality: EventMention['modality'],
  veto: EventMention['veto'], headline: boolean, a: Annotated): EventMention {
  return {
    index, info: t.pattern.info, trigger: t, sentence, clause: { start: clause.start, end: clause.end, text: clause.text },
    actor1: null, actor2: null, assoc1: [], assoc2: [], date: null, place: null, toll: null, participants: null,
    modality, certainty: 'reported', certaintyCue: null, veto, evidence: evidenceOf(clause, t, a), headline, subordinate: false,
    form: 'verbal', determination: 'none', participle: false, speechAct: null, habitual: null,
  };
}

function mentionOf(index: number, sentence: Sentence, clause: Sentence, found: TriggerMatch, modality: EventMention['modality'],
  veto: EventMention['veto'], headline: boolean, a: Annotated): EventMention {
  const { quantities } = loadEventData();
  const sides = sidesOf(found, clause, a);
  const t = retype(found, sides);
  const inClause = spansWithin(a.actors, clause.start, clause.end);
  const assoc = (m: ActorMention | null) => m ? associatesOf(m, inClause, clause.text, clause.start)
    .filter((x) => x !== sides.actor1 && x !== sides.actor2 && !sameActor(x, sides.actor1) && !sameActor(x, sides.actor2)) : [];
  const ongoing = /s$/i.test(t.text.split(/\s/)[0]) || ONGOING.test(clause.text);
  const certainty = certaintyOf(modality, sides, clause, a);
  const participants = participantsIn(clause.text, quantities);
  const toll = tollIn(clause.text, quantities);
  const before = a.doc.text.slice(clause.start, t.start);
  const form = formOf(t, a.tokens, before);
  return {
    index,
    info: t.pattern.info,
    trigger: t,
    sentence,
    clause: { start: clause.start, end: clause.end, text: clause.text },
    ...sides,
    assoc1: assoc(sides.actor1),
    assoc2: assoc(sides.actor2),
    date: dateOf(clause, t.start, ongoing, a),
    place: placeOf(clause, t.start, a),
    toll: toll && { value: toll.value, span: at(a, clause.start + toll.start, clause.start + toll.end), update: isTollUpdate(clause.text, quantities) },
    participants: participants && { ...participants, start: clause.start + clause.text.indexOf(participants.text) },
    modality,
    ...certainty,
    veto,
    evidence: evidenceOf(clause, t, a),
    headline,
    subordinate: SUBORDINATE.test(clauseHead(before)),
    form,
    determination: form === 'nominal' ? determinationOf(t, before, a.tokens) : 'none',
    participle: form === 'verbal' && isParticiple(t, a.tokens),
    speechAct: speechActBefore(clause, t, a),
    habitual: habitualNear(clause, t, a),
  };
}

function certaintyOf(modality: EventMention['modality'], sides: { actor1: ActorMention | null; actor2: ActorMention | null }, clause: Sentence,
  a: Annotated): { certainty: Certainty; certaintyCue: Span | null } {
  if (!modality.factual) return { certainty: 'reported', certaintyCue: null };
  if (modality.certainty !== 'reported') return { certainty: modality.certainty, certaintyCue: modality.cue };
  // The narrator took part, or says they saw or heard it: an eyewitness account.
  const narrator = [sides.actor1, sides.actor2].find((x) => x?.narrator);
  if (narrator) return { certainty: 'eyewitness', certaintyCue: at(a, narrator.start, narrator.end) };
  const seen = PERCEPTION.exec(clause.text);
  if (seen) return { certainty: 'eyewitness', certaintyCue: at(a, clause.start + seen.index, clause.start + seen.index + seen[0].length) };
  return { certainty: 'reported', certaintyCue: null };
}

function at(a: Annotated, start: number, end: number): Span {
  return { start, end, text: a.doc.text.slice(start, end) };
}

/** The language stage's tokens that overlap a stretch of text (tokens are in text order). */
export function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenAt(tokens, start); i < tokens.length && tokens[i].start < end; i++) out.push(tokens[i]);
  return out;
}

/** Index of the first token ending after `offset` (binary search: tokens are in text order). */
function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * A trigger that opens with a verb states the event ("attacked a train"); one that opens with
 * a noun names it ("the attack on the train"). A passive frame opens with its object
 * ("three guards were killed") and states it.
 */
function formOf(t: TriggerMatch, tokens: Token[], before: string): MentionForm {
  if ('passive' in t && (t as { passive: boolean }).passive) return 'verbal';
  const words = tokensIn(tokens, t.start, t.end);
  if (!words.length) return 'verbal';
  const verb = (w: Token) => w.pos === 'VERB' || w.pos === 'AUX';
  if (verb(words[0])) return 'verbal';
  // "Gunmen killed", "mortar rounds hit": a subject and its verb; "those behind Monday's raid were trained abroad": a named raid.
  return words.some(verb) && !loadReportabilityCues().reference_before.test(before) ? 'verbal' : 'nominal';
}

/**
 * What introduces a noun mention, read from the words before it back to the verb or preposition
 * that governs its phrase: "an attack", "the attack", "Tuesday's attack", "two strikes", "attacks".
 */
function determinationOf(t: TriggerMatch, before: string, tokens: Token[]): Determination {
  const cues = loadReportabilityCues();
  const phrase = tokensIn(tokens, t.start - before.length, t.start).filter((w) => w.end <= t.start);
  for (let i = phrase.length - 1; i >= 0 && i >= phrase.length - 5; i--) {
    const w = phrase[i], lower = w.text.toLowerCase();
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADP' || w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ') break;
    if (w.pos === 'NUM' || cues.counted_before.test(`${lower} `)) return 'counted';
    if (/^(?:a|an|another|one)$/.test(lower)) return 'indefinite';
    if (/^(?:the|this|that|these|those|its|his|her|their|our|your|such|said)$/.test(lower) || /^['’]s$/.test(lower) || /['’]s$/.test(lower)) return 'definite';
  }
  // Only a plural of a noun that names incidents speaks of many ("attacks"); "protesters" or "grenades" do not.
  const nouns = tokensIn(tokens, t.start, t.end).filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  const head = nouns.find((w) => cues.incident_nouns.has(w.lemma) || cues.incident_nouns.has(w.text.toLowerCase().replace(/e?s$/, '')));
  if (head && head.text.toLowerCase() !== head.lemma && /s$/i.test(head.text)) return 'plural';
  return 'bare';
}

/**
 * "pupils abducted in the north were released": a past participle right after the noun it
 * describes, with no auxiliary, is no statement of its own.
 */
function isParticiple(t: TriggerMatch, tokens: Token[]): boolean {
  if ('passive' in t && (t as { passive: boolean }).passive) return false;
  const i = firstTokenAt(tokens, t.start);
  const first = i < tokens.length && tokens[i].start < t.end ? tokens[i] : null;
  if (!first || first.pos !== 'VERB' || !/(?:ed|en|wn)$/i.test(first.text)) return false;
  const prev = i > 0 ? tokens[i - 1] : null, next = tokens[i + 1];
  // "gunmen killed three villagers": a verb with its object is the clause's own.
  const object = next && next.sentence === first.sentence && ['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(next.pos);
  if (object || !prev || prev.sentence !== first.sentence || prev.pos !== 'NOUN') return false;
  // The noun it describes is the subject of a verb still to come ("... were released on Monday").
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === first.sentence; k++) {
    if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !/(?:ing)$/i.test(tokens[k].text))) return true;
  }
  return false;
}

/** A speech act or reaction earlier in the mention's clause, whose topic the mention is. */
function speechActBefore(clause: Sentence, t: TriggerMatch, a: Annotated): Span | null {
  const cues = loadReportabilityCues();
  // "denounced the crackdown, as six marchers were shot": the speech act's reach ends at the clause boundary.
  let from = clause.start;
  const whole = a.doc.text.slice(clause.start, t.start);
  const boundary = allMatches(globalOf(cues.clause_boundary), whole).at(-1);
  if (boundary) from = clause.start + boundary.index + boundary[0].length;
  const before = a.doc.text.slice(from, t.start);
  clause = { ...clause, start: from };
  for (const re of [...cues.denial_before, ...cues.speech_act_before]) {
    const last = allMatches(globalOf(re), before).at(-1);
    if (last) return at(a, clause.start + last.index, clause.start + last.index + last[0].length);
  }
  return null;
}

const globals = new WeakMap<RegExp, RegExp>();
/** The same expression with the global flag, for allMatches (made once per expression; a global one is itself). */
function globalOf(re: RegExp): RegExp {
  if (re.global) return re;
  let g = globals.get(re);
  if (!g) { g = new RegExp(re.source, `${re.flags}g`); globals.set(re, g); }
  return g;
}

/** How far from its trigger a habit or tally cue still speaks of it, in characters. */
const HABIT_REACH = 60;

/** A habit or tally cue around the trigger in its clause ("often stages ambushes", "attacks since January"). */
function habitualNear(clause: Sentence, t: TriggerMatch, a: Annotated): Span | null {
  const from = Math.max(clause.start, t.start - HABIT_REACH), to = Math.min(clause.end, t.end + HABIT_REACH);
  const text = a.doc.text.slice(from, to);
  for (const re of loadReportabilityCues().habitual_clause) {
    const m = re.exec(text);
    if (m) return at(a, from + m.index, from + m.index + m[0].length);
  }
  return null;
}

/** The text of the trigger's clause before it: from the last ",", ";" or ":" on. */
function clauseHead(before: string): string {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/**
 * The clause, less a dateline it opens with ("SIRTE, Libya, 4 March 2023 —") and less the
 * clauses that tell what came before ("..., a day after they had announced a strike"): the
 * words that state the event.
 */
function evidenceOf(sentence: Sentence, t: TriggerMatch, a: Annotated): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of a.doc.metadataSpans) if (m.start <= start && m.end > start && m.end < sentence.end) start = m.end;
  const text = a.doc.text;
  const own = text.slice(sentence.start, sentence.end);
  const clauses = [...own.matchAll(CLAUSE_BEFORE_NEWS), ...own.matchAll(COORDINATED_CLAUSE)];
  for (const m of clauses) {
    const pos = sentence.start + (m.index ?? 0);
    if (pos >= t.end && pos < end) end = pos;
    else if (pos + m[0].length <= t.start && pos + 1 > start) start = pos + 1;
  }
  while (start < end && /[\s,;]/.test(text[start])) start++;
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** A clause boundary that opens what led to the news: ", hours after ...", "; before that ...". */
const CLAUSE_BEFORE_NEWS = /[,;]\s+(?:(?:hours|days|weeks|shortly|moments|minutes|a day|a week|soon|just|only|two days|three days)\s+)?(?:after|before|following|since|because|amid|ahead of)\b/gi;

/**
 * Where a sentence joins a second statement with its own subject ("... into the valley and
 * drones were seen ...", ", but the shelling was brief"): the evidence is the statement
 * that holds the trigger.
 */
const COORDINATED_CLAUSE = /,?\s(?:and|but|while|though|although|whereas)\s(?=(?:the\s+|a\s+|an\s+)?[\p{L}'-]+\s+(?:[\p{L}'-]+\s+)?(?:were|was|had|have|has|are|is|did|could|would)\b)/giu;

function headlines(a: Annotated): Span[] {
  const out: Span[] = [];
  for (const line of [a.doc.title, a.doc.summary]) {
    if (!line) continue;
    const pos = a.doc.text.indexOf(line);
    if (pos >= 0 && pos < 2000) out.push({ start: pos, end: pos + line.length, text: line });
  }
  return out;
}

function isMetadataOnly(sentence: Sentence, a: Annotated): boolean {
  const title = a.doc.title ? a.doc.text.indexOf(a.doc.title) : -1;
  const isTitle = title >= 0 && sentence.start >= title && sentence.end <= title + a.doc.title!.length;
  return !isTitle && insideAny(sentence, a.doc.metadataSpans);
}
