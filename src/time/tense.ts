// A cheap guess at the tense of the clause around an expression: enough to choose which
// "Friday" or which "June" a news sentence means.
import type { Tense } from './types.js';

const FUTURE = /\b(will|won't|wo n't|shall|going to|is to|are to|plans? to|planned to|planning to|scheduled|set to|ahead of|expects? to|expected|due|would|tomorrow|next(?!\s+to\b)|upcoming|as soon as|as early as|no later than|effective|payable)\b|'ll\b/i;
/** Present-tense verbs of schedules: "the envoy arrives Monday", "talks resume Friday". */
const SCHEDULE = /(?<!\bto\s)\b(?:meets?|leaves?|arrives?|begins?|opens?|starts?|visits?|resumes?|travels?|returns?|flies|heads?|expires?|convenes?|takes? effect)\s+(?:\w+\s+)?$/i;
const PAST = /\b(was|were|had|did|said|ago|earlier|last|\w{3,}ed)\b/i;
const PRESENT = /\b(is|are|am|isn't|aren't)\b/i;
/** "said Friday", "announced on Tuesday", "Friday's ruling was": reporting verbs fix the past. */
const REPORTED_BEFORE = /\b(\w{2,}ed|said|says|told [\w.]+|was|were|had|did|met|began|came|went|took|made|held|left|won|lost|fell|rose|saw|gave|got|ran|sent|spent|struck|broke|led|fought|shot|hit|died)\s+(?:it\s+|on\s+|at\s+|late\s+|early\s+)?$/i;
const REPORTED_AFTER = /^(?:'s\b|\s*,?\s*(?:(?!(?:and|but|or)\b)\w+\s+)?(said|announced|reported|was|were|\w{3,}ed)\b)/i;
/** "had been set to lapse", "previously scheduled": a plan told from after it. */
const PAST_PERFECT = /\bhad\s+(?:been|previously|already)\b|\bpreviously\b/i;
/** "until Tuesday", "as soon as Friday", "by Feb. 2": a deadline ahead. */
const DEADLINE_BEFORE = /\b(until|till|through|as soon as|as early as|by|no later than|starting|effective|payable|record)\s+(?:next\s+)?$/i;

/** Tense of the sentence part that holds text[start, end). */
export function clauseTense(text: string, start: number, end: number): Tense {
  const near = text.slice(Math.max(0, start - 30), start);
  const following = text.slice(end, end + 40);
  if (/\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(near)) return 'past';
  if (DEADLINE_BEFORE.test(near) && !/\bhad\b/i.test(following)) return 'future';
  if (REPORTED_BEFORE.test(near) || REPORTED_AFTER.test(text.slice(end, end + 25))) return 'past';
  const from = Math.max(sentenceStart(text, start), start - 100);
  const before = text.slice(from, start);
  // an expression that opens its sentence ("On Tuesday, the council plans to...") takes the tense of the clause after it
  const opening = /^\s*(?:on|by|until|since|from|early|late)?\s*$/i.test(before);
  const after = text.slice(end, Math.min(text.length, end + (opening ? 120 : 40))).split(/[.;!?]\s/)[0];
  const clause = before + ' ' + after;
  if (PAST_PERFECT.test(clause)) return 'past';
  if (SCHEDULE.test(near)) return 'future';
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  if (PRESENT.test(clause)) return 'present';
  return 'past';
}

const ABBREVIATION = /(?:^|[\s.(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Corp|Inc|Co|Ltd|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Calif|Mass|Wash|Fla|a\.m|p\.m|U\.S|U\.N)$/;

function sentenceStart(text: string, pos: number): number {
  const lo = Math.max(0, pos - 300);
  for (let i = pos - 1; i > lo; i--) {
    const c = text[i];
    if (c === '\n' || ((c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
    // a full stop ends a sentence unless it ends an abbreviation ("Mr.", "P.", "Jan.", "U.S.")
    if (c === '.' && /\s/.test(text[i + 1] ?? '') && !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) return i + 1;
  }
  return lo;
}
