// Finds event triggers in one sentence: the words that state that something happened.
import type { Sentence } from '../model.js';
import type { EventPattern, PatternRef } from './data.js';
import { allMatches } from '../text/matches.js';

export interface TriggerMatch {
  pattern: PatternRef;
  /** Offsets into the document text. */
  start: number;
  end: number;
  text: string;
}

const unions = new WeakMap<EventPattern[], RegExp>();

/** One pass over the sentence that says whether any trigger could match at all. */
function anyTrigger(patterns: EventPattern[]): RegExp {
  let re = unions.get(patterns);
  if (!re) {
    const unicode = patterns.some((p) => p.trigger.flags.includes('u'));
    const sources = patterns.map((p) => `(?:${p.trigger.source})`);
    try {
      re = new RegExp(sources.join('|'), unicode ? 'iu' : 'i');
    } catch {
      re = /[\s\S]/; // a source the unicode mode refuses: fall back to trying every pattern
    }
    unions.set(patterns, re);
  }
  return re;
}

export function findTriggers(sentence: Sentence, patterns: EventPattern[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  if (!anyTrigger(patterns).test(sentence.text)) return out;
  for (const pattern of patterns) {
    const found = allMatches(pattern.trigger, sentence.text);
    // The trigger first: most sentences match no trigger, so the context tests rarely run.
    if (!found.length) continue;
    if (pattern.requires && !pattern.requires.test(sentence.text)) continue;
    if (pattern.unless && pattern.unless.test(sentence.text)) continue;
    for (const m of found) {
      const start = sentence.start + m.index;
      out.push({ pattern, start, end: start + m[0].length, text: m[0] });
    }
  }
  const specific = new Set(out.filter((t) => !(t.pattern as EventPattern).fallback).map((t) => t.pattern.info.event_type));
  return out.filter((t) => !(t.pattern as EventPattern).fallback || !specific.has(t.pattern.info.event_type)).sort((a, b) => a.start - b.start);
}
