/** Formats that need the whole document (an HTML page for its DOM, a feed): one piece, up to a limit. */
import type { StreamLimits } from './limits.js';
import { chars, type PieceEvent, type Splitter } from './pieces.js';

export class WholeSplitter implements Splitter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly limits: StreamLimits, private readonly what: string) {}

  push(chunk: string): void {
    if (this.size <= this.limits.maxDocument) this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size > this.limits.maxDocument) this.parts = [];
  }

  end(out: PieceEvent[]): void {
    if (this.size > this.limits.maxDocument) {
      const message = `${this.what} of ${chars(this.size)} is over the ${chars(this.limits.maxDocument)} limit of a document read whole; skipped`;
      out.push({ kind: 'skipped', start: 0, end: this.size, code: 'extract/too-large', message, severity: 'error' });
    } else if (this.size > 0) out.push({ kind: 'piece', text: this.parts.join(''), base: 0 });
    this.parts = [];
  }
}
