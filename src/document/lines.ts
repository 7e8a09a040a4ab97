// Streams a file as lines with a cap on each line's size, so one huge line costs bounded
// memory: its bytes past the cap are skipped, and the line is reported as too long. Each line
// is decoded on its own and strictly, so a line that is not UTF-8 is reported, not patched.
import { createReadStream } from 'node:fs';
import { firstInvalidUtf8 } from './decode.js';

export interface Line {
  number: number;
  text: string;
  tooLong: boolean;
  /** Why the line's bytes are not text (not UTF-8); `text` is then only good for finding its id. */
  invalid?: string;
}

export async function* readLines(file: string, maxBytes: number): AsyncGenerator<Line> {
  const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
  let parts: Buffer[] = [];
  let size = 0, number = 0, tooLong = false;
  const line = (): Line => {
    number++;
    if (tooLong) return { number, text: '', tooLong };
    const bytes = Buffer.concat(parts);
    try {
      // A byte-order mark opens the first line of some files; it is not part of the record.
      return { number, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: number !== 1 }).decode(bytes), tooLong };
    } catch {
      return { number, text: new TextDecoder().decode(bytes), tooLong, invalid: `is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)} of the line)` };
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let rest = chunk;
    for (;;) {
      const nl = rest.indexOf(10);
      const piece = nl < 0 ? rest : rest.subarray(0, nl);
      if (!tooLong) {
        size += piece.length;
        if (size > maxBytes) { tooLong = true; parts = []; } else parts.push(piece);
      }
      if (nl < 0) break;
      yield line();
      parts = []; size = 0; tooLong = false;
      rest = rest.subarray(nl + 1);
    }
  }
  if (size > 0 || tooLong) yield line();
}
