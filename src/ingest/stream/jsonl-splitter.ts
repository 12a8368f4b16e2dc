/** JSON lines in pieces of whole lines; a line over the record limit is reported and skipped. */
import type { StreamLimits } from './limits.js';
import { LineSplitter } from './line-splitter.js';
import { chars, type PieceEvent, type Splitter } from './pieces.js';

export class JsonLinesSplitter implements Splitter {
  private readonly lines: LineSplitter;
  private parts: string[] = [];
  private start = -1;
  private size = 0;
  private out: PieceEvent[] = [];

  constructor(private readonly limits: StreamLimits) {
    this.lines = new LineSplitter(limits.maxRecord, {
      line: (text, start) => {
        if (this.start < 0) this.start = start;
        this.parts.push(text);
        this.size += text.length + 1;
        if (this.size >= limits.piece) this.flush();
      },
      long: (start, end) => {
        this.flush();
        const message = `a record of ${chars(end - start)} is over the ${chars(limits.maxRecord)} limit; skipped`;
        this.out.push({ kind: 'skipped', start, end, code: 'records/too-large', message, severity: 'error' });
      },
    });
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
