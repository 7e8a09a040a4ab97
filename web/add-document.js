// Add a report by pasting its text or uploading a file (text or a saved web page); the
// server codes it at once and the dialog lists its events.
import { api } from './api.js';
import { h } from './dom.js';

export function setUpAddDialog({ dialog, openButton, onAdded, onOpenEvent }) {
  const form = dialog.querySelector('form');
  const error = dialog.querySelector('#add-error');
  const result = dialog.querySelector('#add-result');
  openButton.addEventListener('click', () => { error.textContent = ''; result.replaceChildren(); dialog.showModal(); });
  form.file.addEventListener('change', async () => {
    const file = form.file.files?.[0];
    if (!file) return;
    if (file.size > 5_000_000) { error.textContent = 'That file is over 5 MB.'; return; }
    form.text.value = await file.text();
    if (!form.title.value) form.title.value = file.name.replace(/\.[^.]+$/, '');
  });
  dialog.querySelector('#add-submit').addEventListener('click', async () => {
    error.textContent = '';
    result.replaceChildren(h('p', { class: 'muted' }, 'Coding…'));
    const text = form.text.value;
    if (!text.trim()) { error.textContent = 'Paste a report or choose a file first.'; result.replaceChildren(); return; }
    const body = { text, format: /^\s*</.test(text) ? 'html' : 'text' };
    if (form.title.value.trim()) body.title = form.title.value.trim();
    if (form.published.value) body.published = form.published.value;
    try {
      const doc = await api('/api/documents', { method: 'POST', body });
      result.replaceChildren(
        h('p', {}, `${doc.stored ? 'Stored' : 'Already in the store'}: ${doc.title ?? '(untitled)'}; ${doc.events.length} event${doc.events.length === 1 ? '' : 's'}.`),
        h('ul', { class: 'added-events' }, doc.events.map((e) => h('li', {},
          h('button', { type: 'button', class: 'link', onclick: () => { dialog.close(); onOpenEvent(e.id); } },
            `${e.sub_event_type}, ${e.place ?? 'no place'}, ${e.date ?? 'no date'}`)))));
      await onAdded();
    } catch (err) {
      result.replaceChildren();
      error.textContent = err.message;
    }
  });
}
