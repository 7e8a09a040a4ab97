// A source text with its evidence spans marked, built from text nodes only: whatever the
// report contains (<script>, HTML, javascript: links) is shown as inert text.
export const KINDS = ['evidence', 'trigger', 'actor', 'place', 'date', 'fatalities', 'certainty'];

export function highlightedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (b <= a) continue;
    const kinds = KINDS.filter((k) => spans.some((s) => s.kind === k && s.start <= a && s.end >= b));
    const piece = document.createTextNode(text.slice(a, b));
    if (!kinds.length) { frag.append(piece); continue; }
    const mark = document.createElement('mark');
    mark.className = kinds.map((k) => `hl-${k}`).join(' ');
    mark.dataset.start = String(a);
    mark.title = kinds.join(', ');
    mark.append(piece);
    frag.append(mark);
  }
  return frag;
}

export function highlightLegend() {
  const p = document.createElement('p');
  p.className = 'hl-legend';
  for (const k of KINDS) {
    const m = document.createElement('mark');
    m.className = `hl-${k}`;
    m.textContent = k;
    p.append(m, ' ');
  }
  return p;
}
