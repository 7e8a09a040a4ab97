// Tiny helpers to build elements with text content only (never innerHTML).
export function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

export function options(values, selected, blank) {
  const out = blank ? [h('option', { value: '' }, blank)] : [];
  for (const v of values) {
    const [value, text] = Array.isArray(v) ? v : [v, v];
    out.push(h('option', { value, selected: value === selected }, text));
  }
  return out;
}
