// The view state lives in the URL (filters, brushed period, open event), so a view can be shared.
const KEYS = ['type', 'actor', 'country', 'certainty', 'review', 'q', 'from', 'to', 'event'];

export function readState() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const k of KEYS) s[k] = p.get(k) || '';
  return s;
}

export function writeState(s, { replace = false } = {}) {
  const p = new URLSearchParams();
  for (const k of KEYS) if (s[k]) p.set(k, s[k]);
  const url = `${location.pathname}${p.toString() ? `?${p}` : ''}${location.hash}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

/** The server-side part of the state, as the /api/events query. */
export function serverQuery(s) {
  const p = new URLSearchParams();
  for (const k of ['type', 'actor', 'country', 'certainty', 'review', 'q']) if (s[k]) p.set(k, s[k]);
  return p.toString();
}
