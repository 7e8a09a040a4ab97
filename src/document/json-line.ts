// One line of JSON-lines input, {"id", "text", "published"?, "title"?, "url"?}, checked the same
// way by `extract --input-format jsonl` and by `ingest`.
import { InputError } from '../errors.js';
import { checkDecodedText } from './decode.js';

export interface JsonLineRecord {
  id: string | null;
  text: string;
  published: string | null;
  title: string | null;
  url: string | null;
}

/** An unusable line; carries the line's id when it had one, so the error can name it. */
export class JsonLineError extends InputError {
  constructor(message: string, readonly id: string | null) {
    super(message);
  }
}

export function parseJsonLine(line: string, what: string): JsonLineRecord {
  let obj: unknown;
  try { obj = JSON.parse(line); } catch { throw new JsonLineError(`${what} is not valid JSON`, null); }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new JsonLineError(`${what} is not a JSON object`, null);
  const o = obj as Record<string, unknown>;
  const id = o.id === undefined || o.id === null ? null : String(o.id);
  if (typeof o.text !== 'string') throw new JsonLineError(`${what} has no "text" string`, id);
  if (!o.text.trim()) throw new JsonLineError(`${what} has an empty "text"`, id);
  try { checkDecodedText(o.text, `${what}: its "text"`); } catch (err) { throw new JsonLineError((err as Error).message, id); }
  return {
    id, text: o.text, published: dayOf(o.published, what, id),
    title: typeof o.title === 'string' ? o.title : null, url: typeof o.url === 'string' ? o.url : null,
  };
}

/** The id of a line that cannot be used, when it can still be read, so its error names it. */
export function idOfLine(line: string): string | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown })?.id;
    return id === undefined || id === null ? null : String(id);
  } catch {
    return null;
  }
}

function dayOf(value: unknown, what: string, id: string | null): string | null {
  if (value === undefined || value === null || value === '') return null;
  const s = String(value).slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new JsonLineError(`${what}: "published" must be YYYY-MM-DD, not "${String(value)}"`, id);
  return s;
}
