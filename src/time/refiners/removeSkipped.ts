// Drops drafts inside stretches the caller asked us to leave alone (metadata lines already read).
import type { Draft } from '../types.js';

export function removeSkipped(drafts: Draft[], skip: { start: number; end: number }[] | undefined): Draft[] {
  if (!skip?.length) return drafts;
  return drafts.filter((d) => !skip.some((s) => d.start < s.end && s.start < d.end));
}
