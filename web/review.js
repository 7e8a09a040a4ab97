// Accept, reject or edit an event. Edits pick from the project's data: sub-event types from
// the taxonomy, places from the gazetteer (name, admin1, country), actors from the actor
// data or free text; the server checks every field again.
import { api, token } from './api.js';
import { h, options } from './dom.js';

let taxonomyPromise = null;
export const taxonomy = () => (taxonomyPromise ??= api('/api/taxonomy'));

export function reviewForm(e, done) {
  const error = h('p', { class: 'error', role: 'alert' });
  const who = h('input', { name: 'who', value: localStorage.getItem('sitrep-who') || '', placeholder: 'Your name', 'aria-label': 'Reviewer', size: 12 });
  const note = h('input', { name: 'note', placeholder: 'Note (optional)', 'aria-label': 'Review note', size: 24 });
  const send = async (body) => {
    error.textContent = '';
    if (!token()) { error.textContent = 'Reviewing needs the token printed by "sitrep serve": enter it at the top right.'; return; }
    if (who.value.trim()) localStorage.setItem('sitrep-who', who.value.trim());
    try {
      await api(`/api/events/${encodeURIComponent(e.id)}/review`, {
        method: 'POST', body: { ...body, who: who.value.trim() || 'workbench', ...(note.value.trim() ? { note: note.value.trim() } : {}) },
      });
      await done();
    } catch (err) {
      error.textContent = err.message;
    }
  };
  const edit = editForm(e, (set) => send({ action: 'edit', set }), error);
  return h('div', { class: 'review' },
    h('div', { class: 'row' }, who, note),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'accept', onclick: () => send({ action: 'accept' }) }, 'Accept'),
      h('button', { type: 'button', class: 'reject', onclick: () => send({ action: 'reject' }) }, 'Reject')),
    edit, error);
}

function editForm(e, submit, error) {
  const form = h('form', { class: 'edit' });
  const subType = h('select', { name: 'sub_event_type', 'aria-label': 'Sub-event type' });
  taxonomy().then((t) => subType.append(...options(t.sub_event_types.map((s) => [s.sub_event_type, `${s.event_type} / ${s.sub_event_type}`]), e.sub_event_type)));
  const dateStart = h('input', { name: 'date_start', type: 'date', value: e.date?.start?.slice(0, 10) ?? '' });
  const dateEnd = h('input', { name: 'date_end', type: 'date', value: e.date?.end?.slice(0, 10) ?? '' });
  const precision = h('select', { name: 'precision' }, options(['day', 'week', 'month', 'year'], e.date?.precision === 'range' ? 'day' : e.date?.precision ?? 'day'));
  const placeQuery = h('input', { name: 'place', type: 'search', placeholder: 'Search the gazetteer', value: e.location?.name ?? '', 'aria-label': 'Place search' });
  const placePick = h('select', { name: 'place_ref', 'aria-label': 'Place' }, h('option', { value: '' }, '(keep the place)'));
  const findPlaces = async () => {
    const q = placeQuery.value.trim();
    if (!q) return;
    try {
      const { places } = await api(`/api/places?q=${encodeURIComponent(q)}`);
      placePick.replaceChildren(h('option', { value: '' }, places.length ? `(keep the place) · ${places.length} found` : '(no such place)'),
        ...places.map((p) => h('option', { value: String(p.ref) }, `${p.name}${p.admin1 ? `, ${p.admin1}` : ''}${p.country ? `, ${p.country}` : ''} (${p.kind}${p.population ? `, pop. ${p.population.toLocaleString()}` : ''})`)));
      if (places.length) placePick.selectedIndex = 1;
    } catch (err) { error.textContent = err.message; }
  };
  const actorList = h('datalist', { id: `actors-${e.id}` });
  const actorInput = (side) => {
    const a = e[side];
    const name = h('input', { name: `${side}_name`, list: actorList.id, value: a?.name ?? '', placeholder: 'Actor name', 'aria-label': `${side} name` });
    name.addEventListener('input', async () => {
      if (name.value.trim().length < 2) return;
      const { actors } = await api(`/api/actors?q=${encodeURIComponent(name.value.trim())}`).catch(() => ({ actors: [] }));
      actorList.replaceChildren(...actors.map((x) => h('option', { value: x.name }, x.type)));
      const exact = actors.find((x) => x.name === name.value);
      if (exact) type.value = exact.type;
    });
    const type = h('select', { name: `${side}_type`, 'aria-label': `${side} type` });
    taxonomy().then((t) => type.append(...options(t.actor_types, a?.type ?? 'Civilians')));
    return { name, type, original: a };
  };
  const a1 = actorInput('actor1'), a2 = actorInput('actor2');
  const fatalities = h('input', { name: 'fatalities', type: 'number', min: '0', step: '1', value: String(e.fatalities) });
  const certainty = h('select', { name: 'certainty' });
  taxonomy().then((t) => certainty.append(...options(t.certainties, e.certainty)));
  const notes = h('textarea', { name: 'notes', rows: 2 }, e.notes);
  const label = (text, ...inputs) => h('label', {}, h('span', {}, text), ...inputs);
  form.append(
    h('summary', {}, 'Edit'),
    label('Type', subType),
    label('Date', dateStart, 'to', dateEnd, precision),
    label('Place', placeQuery, h('button', { type: 'button', onclick: findPlaces }, 'Find'), placePick),
    label('Actor 1', a1.name, a1.type), label('Actor 2', a2.name, a2.type), actorList,
    label('Fatalities', fatalities), label('Certainty', certainty), label('Notes', notes),
    h('button', { type: 'submit', class: 'save' }, 'Save edit'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const set = {};
    if (subType.value && subType.value !== e.sub_event_type) set.sub_event_type = subType.value;
    if (dateStart.value && (dateStart.value !== e.date?.start?.slice(0, 10) || dateEnd.value !== e.date?.end?.slice(0, 10) || precision.value !== e.date?.precision)) {
      set.date = { start: dateStart.value, precision: precision.value, ...(dateEnd.value ? { end: dateEnd.value } : {}) };
    }
    if (placePick.value) set.place_ref = Number(placePick.value);
    for (const [side, a] of [['actor1', a1], ['actor2', a2]]) {
      const name = a.name.value.trim();
      if (name !== (a.original?.name ?? '') || (name && a.type.value !== a.original?.type)) set[side] = name ? { name, type: a.type.value } : null;
    }
    if (fatalities.value === '' || !Number.isInteger(Number(fatalities.value)) || Number(fatalities.value) < 0) { error.textContent = 'Fatalities must be a whole number of at least 0.'; return; }
    if (Number(fatalities.value) !== e.fatalities) set.fatalities = Number(fatalities.value);
    if (certainty.value && certainty.value !== e.certainty) set.certainty = certainty.value;
    if (notes.value !== e.notes) set.notes = notes.value;
    if (!Object.keys(set).length) { error.textContent = 'Nothing changed.'; return; }
    submit(set);
  });
  const details = h('details', { class: 'edit-box' });
  details.append(form.firstChild, form);
  return details;
}
