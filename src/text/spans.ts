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
  const { sorted, maxEnd } = reachIndex(spans);
  return (s) => {
    const i = lastStartingBefore(sorted, s.end);
    return i >= 0 && maxEnd[i] > s.start;
  };
}

/**
 * A finder of the spans of `spans` that overlap a range: a binary search and a walk back over
 * the spans that reach it, for stages that ask it once per mention of a long document.
 */
export function overlapFinder<T extends Range>(spans: readonly T[]): (s: Range) => T[] {
  const { sorted, maxEnd } = reachIndex(spans);
  return (s) => {
    const out: T[] = [];
    for (let i = lastStartingBefore(sorted, s.end); i >= 0 && maxEnd[i] > s.start; i--) if (sorted[i].end > s.start) out.push(sorted[i]);
    return out.reverse();
  };
}

/** Spans by start, with maxEnd[i] the furthest any of the first i+1 reaches (spans may overlap each other). */
function reachIndex<T extends Range>(spans: readonly T[]): { sorted: T[]; maxEnd: number[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const [i, r] of sorted.entries()) maxEnd.push(Math.max(r.end, i ? maxEnd[i - 1] : -Infinity));
  return { sorted, maxEnd };
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

const byStart = new WeakMap<readonly Range[], readonly Range[]>();

/** The spans of a layer sorted by start, made once per layer (layers are most often in order already). */
function sortedLayer<T extends Range>(layer: readonly T[]): readonly T[] {
  let sorted = byStart.get(layer) as readonly T[] | undefined;
  if (!sorted) {
    let ordered = true;
    for (let i = 1; i < layer.length && ordered; i++) ordered = layer[i - 1].start <= layer[i].start;
    sorted = ordered ? layer : [...layer].sort((a, b) => a.start - b.start);
    byStart.set(layer, sorted);
  }
  return sorted;
}

/**
 * The spans of `layer` that lie wholly within [start, end), in text order: a binary search, so
 * asking it for every sentence of a long document costs the sentence, not the document.
 */
export function spansWithin<T extends Range>(layer: readonly T[], start: number, end: number): T[] {
  const sorted = sortedLayer(layer);
  const out: T[] = [];
  for (let i = lastStartingBefore(sorted, start) + 1; i < sorted.length && sorted[i].start < end; i++) {
    if (sorted[i].end <= end) out.push(sorted[i]);
  }
  return out;
}

/** The spans of `layer` that end at or before `offset`, the nearest first, at most `limit` of them. */
export function spansBefore<T extends Range>(layer: readonly T[], offset: number, limit = Infinity): T[] {
  const sorted = sortedLayer(layer);
  const out: T[] = [];
  for (let i = lastStartingBefore(sorted, offset); i >= 0 && out.length < limit; i--) if (sorted[i].end <= offset) out.push(sorted[i]);
  return out;
}
