// Clock times said in words: "noon", "midnight", "midday".
import { bare, timeRes } from '../calendar.js';
import { narrative } from '../anchoring.js';
import { re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

const HOURS: Record<string, number> = { noon: 12, midday: 12, midnight: 24 };

export const namedClockTimes = regexRecogniser('named-clock-time', re(`\\b(?:(?:at|around|about|before|after|until|by)\\s+)?(noon|midday|midnight)\\b`, 'gid'),
  (m, text) => {
    // "High Noon", "at high noon": the idiom names no clock time
    if (/\bhigh\s+$/i.test(text.slice(Math.max(0, m.indices![1][0] - 6), m.indices![1][0]))) return null;
    const hour = HOURS[m[1].toLowerCase()];
    const [start, end] = m.indices![1];
    return {
      start, end, type: 'TIME', clock: { hour, minute: 0 },
      resolve(a) {
        const n = narrative(a);
        return n ? timeRes(n.day, hour, 0, n.kind) : bare(`XXXX-XX-XXT${hour}:00`, 'time');
      },
    };
  }, /noon|midday|midnight/i);
