// Progress of a long ingest: a redrawn bar on a terminal, a log line every few seconds
// otherwise (CI logs, files). The ETA comes from the share of input bytes handled so far.
import { oneLine } from '../text/terminal.js';

export interface ProgressCounts {
  done: number;
  skipped: number;
  failed: number;
  bytesDone: number;
}

export interface Progress {
  update(counts: ProgressCounts): void;
  /** A line that must not be lost under the bar (a failure). */
  log(line: string): void;
  finish(): void;
}

export function createProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  if (quiet) return { update() {}, log() {}, finish() {} };
  return stream.isTTY ? new TerminalBar(totalBytes, stream) : new LogLines(totalBytes, stream);
}

abstract class Reporter implements Progress {
  protected readonly started = Date.now();
  protected last: ProgressCounts = { done: 0, skipped: 0, failed: 0, bytesDone: 0 };
  private lastDraw = 0;

  constructor(protected readonly totalBytes: number, protected readonly stream: NodeJS.WriteStream, private readonly everyMs: number) {}

  update(counts: ProgressCounts): void {
    this.last = counts;
    const now = Date.now();
    if (now - this.lastDraw >= this.everyMs) {
      this.lastDraw = now;
      this.draw();
    }
  }

  abstract log(line: string): void;
  abstract finish(): void;
  protected abstract draw(): void;

  protected figures() {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = this.last.done / seconds;
    const share = this.totalBytes > 0 ? Math.min(1, this.last.bytesDone / this.totalBytes) : 0;
    const eta = share > 0.005 ? (seconds / share) * (1 - share) : null;
    return { rate, share, eta };
  }
}

class TerminalBar extends Reporter {
  constructor(totalBytes: number, stream: NodeJS.WriteStream) { super(totalBytes, stream, 100); }

  log(line: string): void {
    this.stream.write(`\r\x1b[K${oneLine(line)}\n`);
    this.draw();
  }

  finish(): void {
    this.draw();
    this.stream.write('\n');
  }

  protected draw(): void {
    const { rate, share, eta } = this.figures();
    const width = 24, filled = Math.round(share * width);
    const c = this.last;
    const extra = [c.skipped && `${c.skipped} already stored`, c.failed && `${c.failed} failed`].filter(Boolean).join(', ');
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}%  ${c.done} docs  ${rate.toFixed(1)} docs/s  ETA ${duration(eta)}${extra ? `  (${extra})` : ''}`);
  }
}

class LogLines extends Reporter {
  constructor(totalBytes: number, stream: NodeJS.WriteStream) { super(totalBytes, stream, 5000); }

  log(line: string): void {
    this.stream.write(`${oneLine(line)}\n`);
  }

  finish(): void {}

  protected draw(): void {
    const { rate, share, eta } = this.figures();
    const c = this.last;
    this.stream.write(`ingest: ${c.done} documents analysed, ${c.skipped} already stored, ${c.failed} failed; ${rate.toFixed(1)} docs/s; ${(share * 100).toFixed(0)}% of input read; ETA ${duration(eta)}\n`);
  }
}

export function duration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
