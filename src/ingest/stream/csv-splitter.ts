/**
 * CSV in pieces of whole records. A record ends at a line break outside quotes (the quote count of
 * the record so far is even); the first record is the header, handed over on its own.
 */
import type { StreamLimits } from './limits.js';
import { LineBasedSplitter } from './line-based.js';
import { PieceLines } from './piece-lines.js';
import { chars, type PieceEvent } from './pieces.js';

function quotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

export class CsvSplitter extends LineBasedSplitter {
  /** Complete records not yet handed over. */
  private readonly piece = new PieceLines();
  /** The record in progress; `open` while its quotes are unbalanced. */
  private readonly record = new PieceLines();
  private open = false;
  /** Set while the record in progress is over the limit and being skipped: where it began. */
  private dropping = -1;
  private header = true;
  /** Where the last line seen ends. */
  private seen = 0;

  constructor(private readonly limits: StreamLimits) {
    super(limits.maxRecord);
  }

  protected line(text: string, start: number): void {
    this.take(text, start, quotes(text), false, start + text.length);
  }

  protected long(start: number, end: number, q: number): void {
    this.take('', start, q, true, end);
  }

  private take(text: string, start: number, q: number, long: boolean, end: number): void {
    const recordStart = this.record.start >= 0 ? this.record.start : start;
    this.seen = end;
    if (q % 2) this.open = !this.open;
    if (this.dropping < 0 && (long || this.record.size + text.length > this.limits.maxRecord)) {
      this.dropping = recordStart;
      this.record.flush([]);
    }
    if (this.dropping >= 0) {
      if (!this.open) this.skip(end);
      return;
    }
    this.record.add(text, start);
    if (!this.open) this.completeRecord();
  }

  private completeRecord(): void {
    const held: PieceEvent[] = [];
    this.record.flush(held);
    const r = held[0]!;
    if (this.header) {
      this.header = false;
      this.out.push({ kind: 'header', text: r.kind === 'piece' ? r.text : '', base: r.kind === 'piece' ? r.base : 0 });
    } else if (r.kind === 'piece') {
      this.piece.add(r.text, r.base);
      if (this.piece.size >= this.limits.piece) this.piece.flush(this.out);
    }
  }

  private skip(end: number): void {
    this.piece.flush(this.out);
    const message = `a record of ${chars(end - this.dropping)} is over the ${chars(this.limits.maxRecord)} limit; skipped`;
    this.out.push({ kind: 'skipped', start: this.dropping, end, code: 'records/too-large', message, severity: 'error' });
    this.dropping = -1;
  }

  protected finish(): void {
    if (this.dropping >= 0) this.skip(this.seen);
    else if (this.record.start >= 0) {
      // An unclosed quote at the end: hand the rest over, the scanner reports it truncated.
      if (this.header) this.completeRecord();
      else {
        this.piece.flush(this.out);
        this.record.flush(this.out);
      }
    }
    this.piece.flush(this.out);
  }
}
