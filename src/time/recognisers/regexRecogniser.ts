// Most recognisers are one regex plus a function that turns a match into a draft.
import type { Draft, Recogniser } from '../types.js';

export type DraftBody = Omit<Draft, 'start' | 'end' | 'rule'> & { start?: number; end?: number };

/**
 * A recogniser from a global regex. `build` may narrow the extent by returning start/end
 * (absolute offsets), or return null to reject the match. `gate`, when given, is a cheap pattern
 * the text must contain for the recogniser to run at all.
 */
export function regexRecogniser(name: string, pattern: RegExp, build: (m: RegExpExecArray, text: string) => DraftBody | null, gate?: RegExp): Recogniser {
  if (!pattern.global) throw new Error(`${name}: pattern must be global`);
  if (gate?.global) throw new Error(`${name}: gate must not be global`);
  return {
    name,
    find(text) {
      const out: Draft[] = [];
      // a cheap test of the whole text spares the full pattern on texts that cannot match
      if (gate && !gate.test(text)) return out;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0] === '') { pattern.lastIndex++; continue; }
        const body = build(m, text);
        if (!body) continue;
        out.push({ priority: 0, ...body, start: body.start ?? m.index, end: body.end ?? m.index + m[0].length, rule: name });
      }
      return out;
    },
  };
}

/** Offset of group `g` of a match made with the `d` flag, or the match start as a fallback. */
export function groupStart(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[0] ?? m.index;
}
