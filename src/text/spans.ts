// Span arithmetic shared by the stages.
interface Range { start: number; end: number }

/** `s` lies wholly inside one of `spans`. */
export function insideAny(s: Range, spans: readonly Range[]): boolean {
  return spans.some((m) => s.start >= m.start && s.end <= m.end);
}

/**
 * A test "does `s` overlap any of `spans`?" that costs a binary search instead of a pass over
 * every span, for the stages that ask it once per mention of a long document.
 */
export function overlapTest(spans: readonly Range[]): (s: Range) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // maxEnd[i]: the furthest any of the first i+1 spans reaches; spans may overlap each other.
  const maxEnd: number[] = [];
  for (const [i, r] of sorted.entries()) maxEnd.push(Math.max(r.end, i ? maxEnd[i - 1] : -Infinity));
  return (s) => {
    const i = lastStartingBefore(sorted, s.end);
    return i >= 0 && maxEnd[i] > s.start;
  };
}

/** The span of `sorted` (by start, not overlapping) holding position `at`, if any. */
export function spanAt<T extends Range>(sorted: readonly T[], at: number): T | undefined {
  const i = lastStartingBefore(sorted, at + 1);
  return i >= 0 && sorted[i].start <= at && at < sorted[i].end ? sorted[i] : undefined;
}

/** Index of the last span of `sorted` (by start) that starts before `at`, or -1. */
function lastStartingBefore(sorted: readonly Range[], at: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}
