// The page's only way to the server: JSON in, JSON out, errors as {error} turned into throws.
export function token() {
  return sessionStorage.getItem('sitrep-token') || '';
}

export function setToken(value) {
  if (value) sessionStorage.setItem('sitrep-token', value);
  else sessionStorage.removeItem('sitrep-token');
}

export function authHeaders() {
  const t = token();
  return t ? { authorization: `Bearer ${t}` } : {};
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { ...authHeaders() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
  if (!res.ok) {
    const err = new Error(data.error || `${res.status} ${res.statusText}`);
    err.status = res.status;
    throw err;
  }
  return data;
}
