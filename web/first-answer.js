// The first question the page asks (the timeline of the view in the URL, whose answer also
// frames the map), asked by a module of its own that runs before the map's library is parsed:
// the server answers while the browser is still busy with maplibre. app.js takes the answer.
import { api, setToken } from './api.js';
import { readState, serverQuery } from './state.js';

// "sitrep serve" prints the page's address with #token=...: keep it for this tab, then hide it.
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) { setToken(fromHash); history.replaceState(null, '', location.pathname + location.search); }

const query = serverQuery(readState());
const answer = api(`/api/timeline${query ? `?${query}` : ''}`);
// A refusal is handled when app.js asks again; unasked, it must not count as unhandled.
answer.catch(() => {});

/** The timeline answer for this query if it is the one asked first (taken once), else null. */
export function takeFirstTimeline(q) {
  if (q !== query || taken) return null;
  taken = true;
  return answer;
}
let taken = false;
