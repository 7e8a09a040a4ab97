// Span arithmetic shared by the stages.
interface Range { start: number; end: number }

/** `s` lies wholly inside one of `spans`. */
export function insideAny(s: Range, spans: readonly Range[]): boolean {
  return spans.some((m) => s.start >= m.start && s.end <= m.end);
}
