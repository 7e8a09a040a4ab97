// Bytes to text, refusing what is not text instead of producing mojibake.
import { InputError } from '../errors.js';

/** How many bytes of the head to inspect for binary content. */
const SNIFF_BYTES = 8192;

export function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes.length === 0) throw new InputError(`${what} is empty: there is no text to read`);
  const bom = bytes.length >= 2 ? (bytes[0] << 8) | bytes[1] : 0;
  if (bom === 0xfffe || bom === 0xfeff) {
    // UTF-16 with a byte-order mark is text, just not UTF-8.
    const encoding = bom === 0xfffe ? 'utf-16le' : 'utf-16be';
    return checkText(new TextDecoder(encoding, { fatal: false }).decode(bytes.subarray(2)), what);
  }
  if (looksBinary(bytes)) throw new InputError(`${what} looks like a binary file, not text or HTML`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${what} is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); convert it first, e.g. iconv -f latin1 -t utf-8`);
  }
  return checkText(text, what);
}

function checkText(text: string, what: string): string {
  if (text.trim().length === 0) throw new InputError(`${what} is empty: it holds only white space`);
  return text;
}

/** The check a file's bytes get, for text that arrived inside another format (a JSON line). */
export function checkDecodedText(text: string, what: string): string {
  if (looksBinary(controlCodes(text.slice(0, SNIFF_BYTES)))) throw new InputError(`${what} looks like binary data, not text`);
  return checkText(text, what);
}

/** The text's characters as bytes for looksBinary: controls as they are, anything else as a letter. */
function controlCodes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 32 ? c.charCodeAt(0) : 65));
}

/** NUL bytes or many control characters in the head mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > head.length * 0.1;
}

export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : (b >> 5) === 0x6 ? 2 : (b >> 4) === 0xe ? 3 : (b >> 3) === 0x1e ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] >> 6) !== 0x2) return i;
    i += len;
  }
  return i;
}
