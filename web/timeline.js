// Events per day (per week over long periods) as bars, from the server's counts per day
// (GET /api/timeline); dragging across them selects a period that filters the map and the
// list, a double-click clears it. Plain SVG, no chart library.
const NS = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

function el(name, attrs) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const fromDay = (d) => Date.parse(`${d}T00:00:00Z`);

export function createTimeline(svg, label, { onBrush }) {
  let scale = null;
  let brush = null;

  /** days: [{ date, count }] oldest first, as the server counts them. */
  function draw(days, period) {
    svg.replaceChildren();
    const width = svg.clientWidth || 800, height = svg.clientHeight || 90, pad = 24;
    if (!days.length) { label.textContent = 'No dated events'; scale = null; return; }
    let min = fromDay(days[0].date), max = fromDay(days[days.length - 1].date);
    const bin = max - min > 180 * DAY ? 7 * DAY : DAY;
    min = Math.floor(min / bin) * bin; max = Math.floor(max / bin) * bin + bin;
    if (max - min < 14 * DAY) { const mid = (min + max) / 2; min = Math.floor((mid - 7 * DAY) / DAY) * DAY; max = min + 14 * DAY; }
    const counts = new Map();
    for (const { date, count } of days) { const b = Math.floor((fromDay(date) - min) / bin); counts.set(b, (counts.get(b) ?? 0) + count); }
    let top = 0;
    for (const n of counts.values()) if (n > top) top = n;
    const x = (ms) => pad + ((ms - min) / (max - min)) * (width - 2 * pad);
    scale = { min, max, x, invert: (px) => min + ((px - pad) / (width - 2 * pad)) * (max - min), bin };
    const barW = Math.max(1, x(min + bin) - x(min) - 1);
    for (const [b, n] of counts) {
      const h = (n / top) * (height - 30);
      const bar = el('rect', { x: x(min + b * bin), y: height - 18 - h, width: barW, height: h, class: 'bar' });
      const title = el('title', {});
      title.textContent = `${toDay(min + b * bin)}: ${n} event${n === 1 ? '' : 's'}`;
      bar.append(title);
      svg.append(bar);
    }
    for (const [ms, anchor] of [[min, 'start'], [(min + max) / 2, 'middle'], [max - DAY, 'end']]) {
      const t = el('text', { x: x(ms), y: height - 4, class: 'tick', 'text-anchor': anchor });
      t.textContent = toDay(ms);
      svg.append(t);
    }
    brush = el('rect', { class: 'brush', y: 0, height: height - 18, x: 0, width: 0 });
    svg.append(brush);
    if (period.from || period.to) {
      const a = x(period.from ? fromDay(period.from) : min), b = x(period.to ? fromDay(period.to) + DAY : max);
      brush.setAttribute('x', String(Math.min(a, b))); brush.setAttribute('width', String(Math.abs(b - a)));
    }
    label.textContent = `${bin === DAY ? 'Events per day' : 'Events per week'}${period.from || period.to ? ` · showing ${period.from || '…'} to ${period.to || '…'} (double-click to clear)` : ' · drag to select a period'}`;
  }

  let start = null;
  const px = (ev) => ev.clientX - svg.getBoundingClientRect().left;
  svg.addEventListener('pointerdown', (ev) => { if (!scale) return; start = px(ev); svg.setPointerCapture(ev.pointerId); });
  svg.addEventListener('pointermove', (ev) => {
    if (start === null || !brush) return;
    const now = px(ev);
    brush.setAttribute('x', String(Math.min(start, now))); brush.setAttribute('width', String(Math.abs(now - start)));
  });
  svg.addEventListener('pointerup', (ev) => {
    if (start === null || !scale) return;
    const end = px(ev);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) return;
    const from = toDay(Math.max(scale.min, scale.invert(a)));
    const to = toDay(Math.min(scale.max - DAY, scale.invert(b)));
    onBrush({ from, to });
  });
  svg.addEventListener('dblclick', () => onBrush({ from: '', to: '' }));
  return { draw };
}

/** How many events the brushed period holds (inclusive); undated events count only when nothing is brushed. */
export function countInPeriod({ days, undated }, { from, to }) {
  let n = from || to ? 0 : undated;
  for (const d of days) if ((!from || d.date >= from) && (!to || d.date <= to)) n += d.count;
  return n;
}
