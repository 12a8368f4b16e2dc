/** JSON lines in pieces of whole lines; a line over the record limit is reported and skipped. */
import type { StreamLimits } from './limits.js';
import { LineBasedSplitter } from './line-based.js';
import { PieceLines } from './piece-lines.js';
import { chars } from './pieces.js';

export class JsonLinesSplitter extends LineBasedSplitter {
  private readonly piece = new PieceLines();

  constructor(private readonly limits: StreamLimits) {
    super(limits.maxRecord);
  }

  protected line(text: string, start: number): void {
    this.piece.add(text, start);
    if (this.piece.size >= this.limits.piece) this.piece.flush(this.out);
  }

  protected long(start: number, end: number): void {
    this.piece.flush(this.out);
    const message = `a record of ${chars(end - start)} is over the ${chars(this.limits.maxRecord)} limit; skipped`;
    this.out.push({ kind: 'skipped', start, end, code: 'records/too-large', message, severity: 'error' });
  }

  protected finish(): void {
    this.piece.flush(this.out);
  }
}
