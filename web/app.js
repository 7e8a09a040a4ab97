// The workbench page: filters (kept in the URL) → the server's aggregates and one list page →
// map, timeline and list; a click on an event opens its detail and review panel. The page never
// asks for every event: the map gets grid cells for its view (GET /api/map), the timeline
// counts per day (GET /api/timeline), the list one page of rows (GET /api/events).
import { api, setToken, token } from './api.js';
import { h, options } from './dom.js';
import { readState, writeState, serverQuery } from './state.js';
import { createMap, framingZoom, legend } from './map.js';
import { createTimeline, countInPeriod } from './timeline.js';
import { renderDetail } from './detail.js';
import { taxonomy } from './review.js';
import { setUpAddDialog } from './add-document.js';
import { takeFirstTimeline } from './first-answer.js';


const PAGE = 50;
const $ = (sel) => document.querySelector(sel);
const filters = $('#filters');
const status = $('#status');
const detail = $('#detail');
const list = $('#list-body');
const tokenInput = $('#token');
tokenInput.value = token();
tokenInput.addEventListener('change', () => setToken(tokenInput.value.trim()));

let state = readState();
let offset = 0;
let days = null;
let daysQuery = null;
let mapSeq = 0;
let listSeq = 0;
// The map is made once the first answer tells where the events are (see render).
let map = null;

const timeline = createTimeline($('#timeline'), $('#timeline-label'), {
  onBrush: ({ from, to }) => { state = { ...state, from, to }; writeState(state); render(); },
});
legend($('#legend'));

async function fillFilterChoices() {
  const t = await taxonomy();
  const types = [...new Set(t.sub_event_types.map((s) => s.event_type))];
  const typeChoices = [...types.map((x) => [x, x]), ...t.sub_event_types.map((s) => [s.sub_event_type, `· ${s.sub_event_type}`])];
  filters.type.append(...options(typeChoices, state.type));
  filters.certainty.append(...options(t.certainties, state.certainty));
  filters.review.append(...options(t.review_statuses, state.review));
}

function syncForm() {
  for (const k of ['type', 'actor', 'country', 'certainty', 'review', 'q']) filters[k].value = state[k];
}

/** The filters and the brushed period, plus more parameters, as a query string. */
function query(extra = {}) {
  const p = new URLSearchParams(serverQuery(state));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) p.set(k, String(v));
  return p.toString();
}

function showError(err) {
  status.textContent = err.status === 401 ? 'This server needs the token for reads: enter it at the top right.' : err.message;
}

/** Counts per day over the whole filtered span (not the brushed period: the brush is drawn over it). */
async function loadTimeline() {
  const q = serverQuery(state);
  if (q === daysQuery) return;
  const first = takeFirstTimeline(q);
  days = (first && await first.catch(() => null)) || await api(`/api/timeline${q ? `?${q}` : ''}`);
  daysQuery = q;
}

/**
 * The map's cells and the list for the view as it stands, asked once for moves that come
 * together (a framing, then a resize): the answers of a view already asked for are not asked again.
 */
let viewAsked = '';
let pendingView = null;
function refreshView({ now = false } = {}) {
  const ask = () => {
    pendingView = null;
    const view = map.view();
    const key = JSON.stringify([query(), view]);
    if (key === viewAsked) return undefined;
    viewAsked = key;
    offset = 0;
    return Promise.all([refreshMap(view), refreshList(view)]);
  };
  if (now) return Promise.resolve(ask());
  pendingView ??= new Promise((resolve) => setTimeout(resolve, 30)).then(ask);
  return pendingView;
}

async function refreshMap({ zoom, bbox }) {
  const seq = ++mapSeq;
  const data = await api(`/api/map?${query({ zoom, bbox: bbox?.join(',') })}`);
  if (seq !== mapSeq) return;
  await map.show(data.cells);
}

/** One page of the events in the map's view (co-located events a cluster cannot split show here). */
async function refreshList({ bbox } = map.view()) {
  const seq = ++listSeq;
  const data = await api(`/api/events?${query({ bbox: bbox?.join(','), offset, limit: PAGE })}`);
  if (seq !== listSeq) return;
  const total = `${data.count.toLocaleString('en')}${data.count_capped ? '+' : ''}`;
  const range = data.events.length ? `${offset + 1}–${offset + data.events.length} of ${total}${bbox ? ' in view' : ''}` : 'No events in view';
  const more = data.count_capped || offset + data.events.length < data.count;
  list.replaceChildren(
    h('div', { class: 'pager' },
      h('button', { type: 'button', disabled: offset === 0, 'aria-label': 'Newer events', onclick: () => { offset = Math.max(0, offset - PAGE); refreshList().catch(showError); } }, '◀'),
      h('span', {}, range),
      h('button', { type: 'button', disabled: !more, 'aria-label': 'Older events', onclick: () => { offset += PAGE; refreshList().catch(showError); } }, '▶')),
    h('ol', { class: 'event-list' }, data.events.map((e) => h('li', {},
      h('button', { type: 'button', class: 'link', 'data-id': e.id, onclick: () => openEvent(e.id) },
        h('span', { class: 'date' }, e.date ?? 'undated'), ' ', e.sub_event_type),
      h('div', { class: 'muted' }, [e.place, e.country].filter(Boolean).join(', ') || 'no place',
        ` · ${e.fatalities} killed`, e.review !== 'unreviewed' ? h('span', { class: `tag review-${e.review}` }, e.review) : null)))));
}

async function render() {
  offset = 0;
  status.textContent = 'Loading…';
  // Each part paints as soon as its answer comes: the timeline and the count need not wait for the map.
  const counted = loadTimeline().then(() => {
    timeline.draw(days.days, state);
    const n = countInPeriod(days, state);
    status.dataset.count = String(n);
    status.textContent = `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;
  });
  try {
    if (!map) {
      // The first view frames the matching events (the box of the timeline's answer). Its cells
      // and list are asked for first, the map made while they come (making it is the slow part):
      // the box holds every placed match, and the zoom is the one framing it will give.
      await counted.catch(() => {});
      const bounds = days?.bounds ?? null;
      const first = bounds ? { zoom: framingZoom($('#map'), bounds), bbox: bounds } : null;
      const asked = first ? [refreshMap(first), refreshList(first)] : [];
      map = createMap($('#map'), {
        bounds,
        onSelect: (id) => openEvent(id),
        // Moving the map asks for the cells of the new view, and the list follows the view.
        onMove: () => refreshView().catch(showError),
      });
      if (first) {
        viewAsked = JSON.stringify([query(), map.view()]);
        await Promise.all([counted, ...asked]);
        return;
      }
    }
    viewAsked = '';
    await Promise.all([counted, refreshView({ now: true })]);
  } catch (err) {
    showError(err);
  } finally {
    document.body.dataset.ready = 'true';
  }
}

async function openEvent(id, { push = true } = {}) {
  if (push && state.event !== id) { state = { ...state, event: id }; writeState(state); }
  map?.select(id);
  detail.hidden = false;
  const e = await renderDetail($('#detail-body'), id, { onChanged: async () => { daysQuery = null; await render(); }, onOpen: (other) => openEvent(other) });
  if (e?.location) map?.focus(e.location.lat, e.location.lon);
}

filters.addEventListener('submit', (ev) => {
  ev.preventDefault();
  for (const k of ['type', 'actor', 'country', 'certainty', 'review', 'q']) state[k] = filters[k].value.trim();
  writeState(state);
  render();
});
$('#clear-filters').addEventListener('click', () => { state = { ...readState(), type: '', actor: '', country: '', certainty: '', review: '', q: '', from: '', to: '' }; syncForm(); writeState(state); render(); });
$('#close-detail').addEventListener('click', () => { detail.hidden = true; state = { ...state, event: '' }; writeState(state); map?.select(''); });
window.addEventListener('popstate', () => {
  state = readState(); syncForm(); render();
  if (state.event) openEvent(state.event, { push: false }); else detail.hidden = true;
});
setUpAddDialog({
  dialog: $('#add-dialog'), openButton: $('#open-add'),
  onAdded: async () => { daysQuery = null; await render(); },
  onOpenEvent: (id) => openEvent(id),
});

// The filter choices and the events load side by side: the map need not wait for the menus.
const choices = fillFilterChoices().catch(() => {}).then(syncForm);
syncForm();
await Promise.all([render(), choices]);
if (state.event) openEvent(state.event, { push: false });
