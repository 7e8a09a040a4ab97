// The workbench page: filters (kept in the URL) → events from the API → map and timeline;
// a click on an event opens its detail and review panel.
import { api, setToken, token } from './api.js';
import { options } from './dom.js';
import { readState, writeState, serverQuery } from './state.js';
import { createMap, legend } from './map.js';
import { createTimeline, inPeriod } from './timeline.js';
import { renderDetail } from './detail.js';
import { taxonomy } from './review.js';
import { setUpAddDialog } from './add-document.js';

// "sitrep serve" prints the page's address with #token=...: keep it for this tab, then hide it.
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) { setToken(fromHash); history.replaceState(null, '', location.pathname + location.search); }

const $ = (sel) => document.querySelector(sel);
const filters = $('#filters');
const status = $('#status');
const detail = $('#detail');
const tokenInput = $('#token');
tokenInput.value = token();
tokenInput.addEventListener('change', () => setToken(tokenInput.value.trim()));

let state = readState();
let events = [];
let loadedQuery = null;

const map = createMap($('#map'), { onSelect: (id) => openEvent(id) });
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

async function load() {
  const q = serverQuery(state);
  if (q === loadedQuery) return;
  status.textContent = 'Loading…';
  try {
    const data = await api(`/api/events${q ? `?${q}` : ''}`);
    const c = data.events;
    events = c.id.map((id, i) => ({ id, event_type: c.event_type[i], date: c.date[i], lat: c.lat[i], lon: c.lon[i], fatalities: c.fatalities[i], review: c.review[i] }));
    loadedQuery = q;
    status.textContent = '';
    if (data.truncated) status.textContent = `showing the first ${data.count} events: narrow the filters`;
  } catch (err) {
    status.textContent = err.status === 401 ? 'This server needs the token for reads: enter it at the top right.' : err.message;
    events = [];
  }
}

async function render() {
  await load();
  const shown = inPeriod(events, state);
  const onMap = await map.show(shown);
  timeline.draw(events, state);
  const note = status.textContent.startsWith('showing') ? ` (${status.textContent})` : '';
  status.dataset.count = String(shown.length);
  if (!status.textContent || note) status.textContent = `${shown.length} event${shown.length === 1 ? '' : 's'}${onMap < shown.length ? `, ${shown.length - onMap} without a place` : ''}${note}`;
  document.body.dataset.ready = 'true';
}

async function openEvent(id, { push = true } = {}) {
  if (push && state.event !== id) { state = { ...state, event: id }; writeState(state); }
  map.select(id);
  const known = events.find((e) => e.id === id);
  if (known?.lat != null) map.map.easeTo({ center: [known.lon, known.lat], zoom: Math.max(map.map.getZoom(), 5) });
  detail.hidden = false;
  await renderDetail($('#detail-body'), id, { onChanged: async () => { loadedQuery = null; await render(); }, onOpen: (other) => openEvent(other) });
}

filters.addEventListener('submit', (ev) => {
  ev.preventDefault();
  for (const k of ['type', 'actor', 'country', 'certainty', 'review', 'q']) state[k] = filters[k].value.trim();
  writeState(state);
  render();
});
$('#clear-filters').addEventListener('click', () => { state = { ...readState(), type: '', actor: '', country: '', certainty: '', review: '', q: '', from: '', to: '' }; syncForm(); writeState(state); render(); });
$('#close-detail').addEventListener('click', () => { detail.hidden = true; state = { ...state, event: '' }; writeState(state); map.select(''); });
window.addEventListener('popstate', () => {
  state = readState(); syncForm(); render();
  if (state.event) openEvent(state.event, { push: false }); else detail.hidden = true;
});
setUpAddDialog({
  dialog: $('#add-dialog'), openButton: $('#open-add'),
  onAdded: async () => { loadedQuery = null; await render(); },
  onOpenEvent: (id) => openEvent(id),
});

// The filter choices and the events load side by side: the map need not wait for the menus.
const choices = fillFilterChoices().catch(() => {}).then(syncForm);
syncForm();
await Promise.all([render(), choices]);
if (state.event) openEvent(state.event, { push: false });
