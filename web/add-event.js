// Add an event sitrep missed: select the words of the source that tell it, choose its type
// (and, if the words say, date, place and toll), and the server stores it as accepted.
import { api, token } from './api.js';
import { h, options } from './dom.js';
import { taxonomy } from './review.js';

/** Offset of a DOM position within the source box: the box holds only the document's text. */
function textOffset(box, node, offset) {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.textContent.length;
  }
  return null;
}

export function selectionIn(box) {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const r = sel.getRangeAt(0);
  if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return null;
  const start = textOffset(box, r.startContainer, r.startOffset), end = textOffset(box, r.endContainer, r.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, text: sel.toString() };
}

export function addEventForm(documentId, picked, onAdded) {
  const error = h('p', { class: 'error', role: 'alert' });
  const subType = h('select', { name: 'new_sub_event_type', 'aria-label': 'Type of the new event' });
  taxonomy().then((t) => subType.append(...options(t.sub_event_types.map((s) => [s.sub_event_type, `${s.event_type} / ${s.sub_event_type}`]), '', '(choose a type)')));
  const date = h('input', { name: 'new_date', type: 'date' });
  const precision = h('select', { name: 'new_precision' }, options(['day', 'week', 'month', 'year'], 'day'));
  const placeQuery = h('input', { name: 'new_place', type: 'search', placeholder: 'Place name' });
  const placePick = h('select', { name: 'new_place_ref', 'aria-label': 'Place of the new event' }, h('option', { value: '' }, '(no place)'));
  const find = async () => {
    if (!placeQuery.value.trim()) return;
    const { places } = await api(`/api/places?q=${encodeURIComponent(placeQuery.value.trim())}`).catch((e) => { error.textContent = e.message; return { places: [] }; });
    placePick.replaceChildren(h('option', { value: '' }, places.length ? '(no place)' : '(no such place)'),
      ...places.map((p) => h('option', { value: String(p.ref) }, `${p.name}${p.admin1 ? `, ${p.admin1}` : ''}${p.country ? `, ${p.country}` : ''}`)));
    if (places.length) placePick.selectedIndex = 1;
  };
  const fatalities = h('input', { name: 'new_fatalities', type: 'number', min: '0', step: '1', value: '0' });
  const submit = async () => {
    error.textContent = '';
    if (!token()) { error.textContent = 'Adding an event needs the token printed by "sitrep serve".'; return; }
    if (!subType.value) { error.textContent = 'Choose the type of the event.'; return; }
    const body = { document_id: documentId, start: picked.start, end: picked.end, sub_event_type: subType.value, fatalities: Number(fatalities.value || 0) };
    if (date.value) body.date = { start: date.value, precision: precision.value };
    if (placePick.value) body.place_ref = Number(placePick.value);
    const who = localStorage.getItem('sitrep-who');
    if (who) body.who = who;
    try {
      const res = await api('/api/events', { method: 'POST', body });
      await onAdded(res.event.id);
    } catch (err) {
      error.textContent = err.message;
    }
  };
  return h('div', { class: 'add-event' },
    h('p', {}, 'New event from: ', h('q', {}, picked.text.length > 160 ? `${picked.text.slice(0, 160)}…` : picked.text)),
    h('label', {}, h('span', {}, 'Type'), subType),
    h('label', {}, h('span', {}, 'Date'), date, precision),
    h('label', {}, h('span', {}, 'Place'), placeQuery, h('button', { type: 'button', onclick: find }, 'Find'), placePick),
    h('label', {}, h('span', {}, 'Fatalities'), fatalities),
    h('button', { type: 'button', class: 'save', onclick: submit }, 'Add this event'),
    error);
}
