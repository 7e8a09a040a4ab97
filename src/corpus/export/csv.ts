// RFC 4180: fields joined by commas, lines ended by CRLF; a field holding a comma, a quote
// or a line break is quoted, its quotes doubled.
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as
// a formula, so text from documents (a source named "=HYPERLINK(...)", a feed link
// "http://=1+2/") could run in the reader's spreadsheet. As OWASP recommends, such a text cell
// gets a leading apostrophe and is quoted. Numbers sitrep computes itself (coordinates, tolls,
// years) are written as numbers: a negative longitude stays -7.5, not text.
export function csvLine(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const formula = FORMULA_START.test(value);
  const s = formula ? `'${value}` : value;
  return formula || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
