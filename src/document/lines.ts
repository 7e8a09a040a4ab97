// Streams a file as lines with a cap on each line's size, so one huge line costs bounded
// memory: its bytes past the cap are skipped, and the line is reported as too long.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  number: number;
  text: string;
  tooLong: boolean;
}

export async function* readLines(file: string, maxBytes: number): AsyncGenerator<Line> {
  const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let size = 0, number = 0, tooLong = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let rest = chunk;
    for (;;) {
      const nl = rest.indexOf(10);
      const piece = nl < 0 ? rest : rest.subarray(0, nl);
      if (!tooLong) {
        size += piece.length;
        if (size > maxBytes) { tooLong = true; parts = []; } else parts.push(decoder.write(piece));
      }
      if (nl < 0) break;
      number++;
      yield { number, text: tooLong ? '' : parts.join('') + decoder.end(), tooLong };
      parts = []; size = 0; tooLong = false;
      rest = rest.subarray(nl + 1);
    }
  }
  const last = parts.join('') + decoder.end();
  if (last || tooLong) yield { number: number + 1, text: tooLong ? '' : last, tooLong };
}
