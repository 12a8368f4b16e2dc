/**
 * Page-text dumps in pieces: a piece ends where two or more blank lines are followed by text (an
 * article boundary, the same rule as segment-dump.ts), so each piece extracts on its own.
 */
import type { StreamLimits } from './limits.js';
import { LineSplitter } from './line-splitter.js';
import { chars, type PieceEvent, type Splitter } from './pieces.js';

const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;

export class DumpSplitter implements Splitter {
  private readonly lines: LineSplitter;
  private parts: string[] = [];
  private start = -1;
  private size = 0;
  private blanks = 0;
  private out: PieceEvent[] = [];

  constructor(private readonly limits: StreamLimits) {
    this.lines = new LineSplitter(limits.maxLine, {
      line: (text, start) => this.line(text, start),
      long: (start, end) => {
        this.flush();
        this.blanks = 2;
        const message = `a line of ${chars(end - start)} is over the ${chars(limits.maxLine)} limit of a dump line; skipped`;
        this.out.push({ kind: 'skipped', start, end, code: 'dump/long-line', message, severity: 'error' });
      },
    });
  }

  private line(text: string, start: number): void {
    if (BLANK.test(text)) {
      this.blanks++;
      if (this.start >= 0) this.parts.push(text);
      return;
    }
    if (this.start >= 0 && (this.blanks >= 2 || this.size > this.limits.maxRecord)) this.flush();
    if (this.start < 0) this.start = start;
    this.parts.push(text);
    this.size += text.length + 1;
    this.blanks = 0;
  }

  private flush(): void {
    if (this.start >= 0) this.out.push({ kind: 'piece', text: this.parts.join('\n'), base: this.start });
    this.parts = [];
    this.start = -1;
    this.size = 0;
  }

  push(chunk: string, out: PieceEvent[]): void {
    this.out = out;
    this.lines.push(chunk);
  }

  end(out: PieceEvent[]): void {
    this.out = out;
    this.lines.end();
    this.flush();
  }
}
