// The event panel: every field, each source's text with its spans highlighted (switch between
// the sources of a corroborated event), the review form and the audit log.
import { api } from './api.js';
import { h } from './dom.js';
import { highlightedText, highlightLegend } from './highlight.js';
import { reviewForm } from './review.js';
import { addEventForm, selectionIn } from './add-event.js';

const docCache = new Map();

async function documentText(id) {
  if (!docCache.has(id)) docCache.set(id, api(`/api/documents/${encodeURIComponent(id)}`));
  return docCache.get(id);
}

const actorText = (a) => (a ? `${a.name} [${a.type}]` : '(unnamed)');

function fields(e) {
  const d = e.date, l = e.location;
  const rows = [
    ['Event type', e.event_type], ['Sub-event type', e.sub_event_type], ['Disorder type', e.disorder_type],
    ['Date', d ? `${d.start}${d.end && d.end !== d.start ? ` to ${d.end}` : ''} (${d.precision}; time precision ${d.time_precision}; from ${d.how})` : '—'],
    ['Place', l ? `${l.name}${l.admin1 ? `, ${l.admin1}` : ''}${l.country ? `, ${l.country}` : ''} (${l.lat.toFixed(3)}, ${l.lon.toFixed(3)}; geo precision ${l.geo_precision}${l.geonames_id ? `; GeoNames ${l.geonames_id}` : ''})` : '—'],
    ['Actor 1', actorText(e.actor1)], ['Assoc. actor 1', (e.assoc_actor_1 ?? []).map(actorText).join('; ') || '—'],
    ['Actor 2', actorText(e.actor2)], ['Assoc. actor 2', (e.assoc_actor_2 ?? []).map(actorText).join('; ') || '—'],
    ['Interaction', e.interaction ?? '—'], ['Civilian targeting', e.civilian_targeting ?? '—'],
    ['Fatalities', e.fatalities_high && e.fatalities_high !== e.fatalities ? `${e.fatalities} (reports range ${e.fatalities_low ?? e.fatalities} to ${e.fatalities_high})` : String(e.fatalities)],
    ['Certainty', e.certainty],
    ['PLOVER', e.plover ? `${e.plover.event}${e.plover.mode ? ` / ${e.plover.mode}` : ''}` : '—'],
    ['Review', e.review ?? 'unreviewed'],
    ['Event id', e.id],
  ];
  return h('dl', { class: 'fields' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', { 'data-field': k }, v)]));
}

const shown = (v) => (v === null || v === undefined ? '—' : typeof v === 'object' ? (v.name ?? v.start ?? JSON.stringify(v)) : String(v));

function auditList(entries) {
  if (!entries.length) return h('p', { class: 'muted' }, 'Not reviewed yet.');
  return h('ol', { class: 'audit' }, entries.map((a) => {
    const changed = [...new Set([...Object.keys(a.before.edits), ...Object.keys(a.after.edits)])]
      .filter((k) => JSON.stringify(a.before.edits[k]) !== JSON.stringify(a.after.edits[k]));
    return h('li', {},
      h('strong', {}, a.after.status), ` by ${a.who}, ${new Date(a.at).toLocaleString()}`,
      a.before.status !== a.after.status ? h('div', { class: 'change' }, `status: ${a.before.status} → ${a.after.status}`) : null,
      changed.map((k) => h('div', { class: 'change' }, `${k}: ${shown(a.before.edits[k] ?? '(coded)')} → ${shown(a.after.edits[k] ?? '(coded)')}`)),
      a.after.note && a.after.note !== a.before.note ? h('div', { class: 'note' }, `“${a.after.note}”`) : null);
  }));
}

/** Shows an event; resolves to the event record (null when it could not be read). */
export async function renderDetail(container, id, { onChanged, onOpen }) {
  container.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  let data;
  try {
    data = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    container.replaceChildren(h('p', { class: 'error' }, err.message));
    return null;
  }
  const e = data.event;
  const sourceBox = h('div', { class: 'source-text', 'aria-label': 'Source text' });
  const addBox = h('div', { class: 'add-event-box' });
  let current = 0;
  const selectHint = h('p', { class: 'muted hint' }, 'Select words in the text to add an event sitrep missed.');
  sourceBox.addEventListener('mouseup', () => {
    const picked = selectionIn(sourceBox);
    if (!picked) return;
    addBox.replaceChildren(addEventForm(data.sources[current].document_id, picked, async (newId) => { await onChanged(); await onOpen(newId); }));
  });
  const tabs = h('div', { class: 'tabs', role: 'tablist' });
  const showSource = async (i) => {
    const s = data.sources[i];
    current = i;
    addBox.replaceChildren();
    [...tabs.children].forEach((t, j) => t.setAttribute('aria-selected', String(i === j)));
    sourceBox.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    try {
      const doc = await documentText(s.document_id);
      sourceBox.replaceChildren(highlightedText(doc.text, s.highlights));
      sourceBox.querySelector('mark.hl-evidence')?.scrollIntoView({ block: 'nearest' });
    } catch (err) {
      sourceBox.replaceChildren(h('p', { class: 'error' }, err.message));
    }
  };
  data.sources.forEach((s, i) => tabs.append(h('button', { type: 'button', role: 'tab', onclick: () => showSource(i) }, s.title || s.source)));
  container.replaceChildren(
    h('h2', {}, `${e.sub_event_type}`, h('span', { class: `badge review-${e.review}` }, e.review)),
    h('p', { class: 'notes' }, e.notes),
    fields(e),
    h('h3', {}, `Source${data.sources.length === 1 ? '' : `s (${data.sources.length})`}`),
    tabs, highlightLegend(), sourceBox, selectHint, addBox,
    h('h3', {}, 'Review'),
    reviewForm(e, async () => { await renderDetail(container, id, { onChanged, onOpen }); onChanged(); }),
    h('h3', {}, 'Audit log'),
    auditList(data.audit),
  );
  if (data.sources.length) await showSource(0);
  return e;
}
