// Step 2 of the event stage: is a mention news of this report? Each mention is kept as an
// assertion (it may found an event), kept as a reference (it may only join an event that an
// assertion founds, or a story that keeps returning to it), or dropped for a named reason a
// coder can check with `extract --explain`. Each rule is a small function; the first that
// speaks decides.
import type { Annotated, Span } from '../model.js';
import { loadEventData } from './data.js';
import { loadReportabilityCues } from './reportability-data.js';
import { continuesHistory, dateIsBackground, sentenceIsBackground } from './dating.js';
import { ARMED_TYPES } from './actors.js';
import type { Dropped, EventMention } from './mention.js';

export type Role = 'assertion' | 'reference';

export interface Judged {
  kept: { mention: EventMention; role: Role; why: string }[];
  dropped: Dropped[];
}

type Verdict = { drop: string } | { role: Role; why: string } | null;
type Rule = (m: EventMention, a: Annotated) => Verdict;

const show = (s: Span | null) => (s ? `"${s.text}"` : '');

/** Memories, hypotheticals, negations, questions, slogans: nothing happened. */
const modality: Rule = (m) => (m.modality.factual ? null : { drop: `not a fact: ${m.modality.reason}` });

/** A disaster, diplomacy about violence, or ordinary crime: another story's words. */
const context: Rule = (m) => (m.veto ? { drop: `context: ${m.veto}` } : null);

/** Dated by its own words well before the report: history or memory. */
const history: Rule = (m, a) => {
  if (sentenceIsBackground(m.sentence, a) || dateIsBackground(m.date, a)) return { drop: `history: dated ${m.date?.mention ? show(m.date.mention) : 'well before the report'}` };
  return continuesHistory(m.sentence, a) ? { drop: 'history: goes on from the sentence before, dated well before the report' } : null;
};

/** "denied that its troops fired", "rejected allegations linking it to the attack". */
const denial: Rule = (m, a) => {
  const cue = m.speechAct;
  if (!cue) return null;
  const cues = loadReportabilityCues();
  if (!(cues.denial_before.some((re) => re.test(cue.text)) || /^(?:den|reject|dismiss|refut)/i.test(cue.text))) return null;
  // "rejects allegations linking it to the attack": the link is denied, not the attack.
  if (ATTRIBUTION.test(a.doc.text.slice(cue.start, m.trigger.start))) return { role: 'reference', why: `its authorship is denied: ${show(cue)}` };
  return { drop: `denial: ${show(cue)}` };
};

/** What a denial may be about other than the event itself: who was behind it. */
const ATTRIBUTION = /\b(?:link\w*|involve\w*|role|responsib\w*|connect\w*|ties|tied|behind|complicit\w*|support\w*|sanctuar\w*|hand in)\b/i;

/** "charged with looting", "on trial for the bombing": what a charge or a trial is about is not this report's news. */
const trial: Rule = (m, a) => {
  const before = a.doc.text.slice(m.clause.start, m.trigger.start);
  const cue = loadReportabilityCues().trial_before.map((re) => re.exec(before)).find((x) => x);
  return cue ? { drop: `trial or charge: "${cue[0].trim()}"` } : null;
};

/** "ordered the detention of", "an arrest warrant": an order, not the arrest. */
const unexecuted: Rule = (m, a) => {
  if (m.info.sub_event_type !== 'Arrests') return null;
  const cues = loadReportabilityCues();
  const before = a.doc.text.slice(m.clause.start, m.trigger.start), after = a.doc.text.slice(m.trigger.end, m.clause.end);
  const cue = cues.unexecuted_before.exec(before) ?? cues.unexecuted_after.exec(after);
  return cue ? { drop: `an order or a warrant, not the arrest: "${cue[0].trim()}"` } : null;
};

/** "The fighting is going on right outside their homes": a situation told in the present, not an incident. */
const presentState: Rule = (m, a) => {
  if (m.headline) return null;
  const re = loadReportabilityCues().present_state;
  const before = a.doc.text.slice(Math.max(m.clause.start, m.trigger.start - 40), m.trigger.start);
  const after = a.doc.text.slice(m.trigger.start, Math.min(m.clause.end, m.trigger.end + 40));
  const verbStart = m.form === 'verbal' && /ing\b/i.test(m.trigger.text.split(/\s/)[0]);
  const clauseBefore = a.doc.text.slice(m.clause.start, m.trigger.start);
  const cue = (verbStart ? re.exec(before) : null) ?? (m.form === 'nominal' ? re.exec(after) ?? loadReportabilityCues().present_nominal_before.exec(clauseBefore) : null);
  return cue && /\b(?:is|are|am)\b/i.test(cue[0]) ? { drop: `a situation in the present, not an incident: "${cue[0].trim()}"` } : null;
};

/** "Anyone who has been detained knows": no one in particular. */
const genericPerson: Rule = (m, a) => {
  const cue = loadReportabilityCues().generic_person_before.exec(a.doc.text.slice(Math.max(m.clause.start, m.trigger.start - 60), m.trigger.start));
  return cue ? { drop: `no one in particular: "${cue[0].trim()}"` } : null;
};

/** "Ministers clash over the border": a clash of words has no armed side. */
const verbalClash: Rule = (m) => {
  if (m.info.event_type !== 'Battles' || !/^clash/i.test(m.trigger.text)) return null;
  if ([m.actor1, m.actor2].some((x) => x && ARMED_TYPES.has(x.type))) return null;
  const cue = loadReportabilityCues().verbal_clash_context.exec(m.sentence.text);
  return cue ? { drop: `a clash of words: "${cue[0]}"` } : null;
};

/** "the girls kidnapped last week": the participle names an incident, the sentence tells another. */
const participle: Rule = (m) => (m.participle ? { role: 'reference', why: `a participle describing someone: "${m.trigger.text}"` } : null);

/** "frequently targets", "a spate of abductions", "attacks since January": a habit or a tally, no one incident. */
const habitual: Rule = (m) => {
  if (!m.habitual) return null;
  return { drop: `habit or tally: ${show(m.habitual)}` };
};

/** "attacks", "kidnappings" with no count or day: many incidents, none of them told. */
const plural: Rule = (m) => (m.form === 'nominal' && m.determination === 'plural' && !m.headline && m.date?.how !== 'sentence'
  ? { drop: `many incidents, none told: "${m.trigger.text}"` } : null);

/** "urged the army to agree to a truce", "called for the release": a demand is not what it asks for. */
const directive: Rule = (m) => (m.speechAct && /^(?:urg|call|demand|press|push|ask|appeal|plead|invit|want|seek|sought)/i.test(m.speechAct.text)
  ? { drop: `a demand, not an event: ${show(m.speechAct)}` } : null);

/** "condemned the attack", "welcomed the handover": the speech act is the news; the event may be told elsewhere. */
const speechAct: Rule = (m) => (m.speechAct ? { role: 'reference', why: `topic of ${show(m.speechAct)}` } : null);

/** "much remains to be done on a ceasefire deal": a deal named is not a deal reached. */
const unreachedDeal: Rule = (m, a) => {
  if (m.info.sub_event_type !== 'Agreement' || m.form !== 'nominal' || m.headline) return null;
  const before = a.doc.text.slice(m.clause.start, m.trigger.start);
  return loadReportabilityCues().agreement_reached_before.test(before) ? null : { role: 'reference', why: `a deal named, not said to be reached: "${m.trigger.text}"` };
};

/**
 * "condemned the attack", "after her detention": a noun pointing back at an incident. As the subject
 * of its clause ("the shootout lasted an hour", "the blast killed five") it tells it.
 */
const reference: Rule = (m, a) => {
  if (m.form !== 'nominal' || !(m.determination === 'definite' || (m.determination === 'bare' && !m.headline))) return null;
  const head = clauseHead(a.doc.text.slice(m.clause.start, m.trigger.start));
  if (SUBJECT.test(head) || (m.determination === 'bare' && BARE_SUBJECT.test(head))) return null;
  // "hundreds gathered outside the ministry in protest": the gathering tells the protest.
  if (m.determination === 'bare' && m.info.event_type === 'Protests' && loadReportabilityCues().purpose_before.test(head)) return null;
  return { role: 'reference', why: `named, not told: "${m.trigger.text}"` };
};

/** Only a determiner phrase stands before the noun in its clause: it is the clause's subject. */
const SUBJECT = /^\s*(?:(?:the|this|that|these|those|its|his|her|their|our)\s+|[\p{Lu}][\p{L}-]*['’]s\s+)(?:[\p{L}\d'’-]+\s+){0,3}$/iu;

/** A bare noun opening its clause ("Mortar rounds hit ..."), at most a modifier or two before it. */
const BARE_SUBJECT = /^\s*(?:[\p{L}\d'’-]+\s+){0,2}$/u;

/** The text of the clause before the trigger, from its last comma, colon or dash on. */
function clauseHead(before: string): string {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const RULES: Rule[] = [modality, context, history, denial, trial, unexecuted, presentState, genericPerson, verbalClash, habitual, plural, directive, speechAct, participle, unreachedDeal, reference];

export function judge(mentions: EventMention[], a: Annotated): Judged {
  const out: Judged = { kept: [], dropped: [] };
  const figurative = isFigurative(a);
  for (const mention of mentions) {
    if (figurative) { out.dropped.push({ mention, reason: 'figure of speech: the story is of another domain and names no armed actor' }); continue; }
    let verdict: Verdict = null;
    for (const rule of RULES) if ((verdict = rule(mention, a))) break;
    if (verdict && 'drop' in verdict) out.dropped.push({ mention, reason: verdict.drop });
    else {
      const role = verdict?.role ?? 'assertion';
      // Marked in place, not copied: a long report has a hundred thousand mentions.
      mention.role = role;
      out.kept.push({ mention, role, why: verdict?.why ?? 'states the event' });
    }
  }
  return out;
}

/**
 * A match report or a market column full of war words: several sentences of another domain
 * and no armed actor named means the violence is a figure of speech.
 */
function isFigurative(a: Annotated): boolean {
  const cues = loadEventData().modality.metaphor_sentence;
  const figurative = a.sentences.filter((s) => cues.some((re) => re.test(s.text))).length;
  const armed = a.actors.some((x) => !x.generic && ARMED_TYPES.has(x.type));
  return figurative >= 2 && !armed;
}
