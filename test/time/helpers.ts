// Compact views of tagTimes output so each test states extents and values in one line.
import { tagTimes, type TimeContext } from '../../src/time/index.js';

export const news = (published: string): TimeContext => ({ published, dateline: null });

/** "text=value" for every mention, in order. */
export function values(text: string, ctx: TimeContext): string[] {
  return tagTimes(text, ctx).map((t) => `${t.text}=${t.value}`);
}

/** The single mention whose text is `phrase`, or throws. */
export function mention(text: string, ctx: TimeContext, phrase: string) {
  const found = tagTimes(text, ctx).find((t) => t.text === phrase);
  if (!found) throw new Error(`no mention "${phrase}" in: ${JSON.stringify(tagTimes(text, ctx).map((t) => t.text))}`);
  return found;
}
