/**
 * A JSON array of records in pieces of whole records, found by a small state machine that carries
 * its state (depth, inside a string, after a backslash) across chunks. A record over the limit is
 * reported and skipped without being held; a cut-off array or record is reported at the end.
 */
import type { StreamLimits } from './limits.js';
import { chars, type PieceEvent, type Splitter } from './pieces.js';

const enum At { Before, Between, In, After }

/** The index of the first unescaped `"` at or after `from` (which is not itself escaped), or -1. */
function closingQuote(s: string, from: number): number {
  for (let q = s.indexOf('"', from); q >= 0; q = s.indexOf('"', q + 1)) {
    let k = q - 1;
    while (k >= from && s.charCodeAt(k) === 92) k--;
    if ((q - 1 - k) % 2 === 0) return q;
  }
  return -1;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;

export class JsonArraySplitter implements Splitter {
  private at = At.Before;
  /** Offset of the next chunk's first character. */
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private scalar = false;
  /** The piece so far (whole records and what separates them), starting at offset `start`, or -1. */
  private acc = '';
  private start = -1;
  /** The record in progress: its offset, and the piece's length before it. */
  private recStart = -1;
  private recAt = 0;
  private dropping = false;
  private trailing = false;

  constructor(private readonly limits: StreamLimits) {}

  push(chunk: string, out: PieceEvent[]): void {
    let copy = 0; // chunk[copy…] belongs to the piece when start ≥ 0
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.at === At.In) {
        if (this.inString) {
          if (this.escape) {
            this.escape = false;
            continue;
          }
          const q = closingQuote(chunk, i);
          if (q < 0) {
            // The string runs past this chunk; it may end on a backslash that escapes the next one's first character.
            let k = n - 1;
            while (k >= i && chunk.charCodeAt(k) === 92) k--;
            this.escape = (n - 1 - k) % 2 === 1;
            i = n;
            continue;
          }
          i = q;
          this.inString = false;
          if (this.depth === 0) copy = this.close(chunk, copy, i + 1, out);
        } else if (this.scalar) {
          if (c === 44 || c === 93 || isSpace(c)) {
            copy = this.close(chunk, copy, i, out);
            i--; // the separator is read again between records
          }
        } else if (c === 34) this.inString = true;
        else if (c === 123 || c === 91) this.depth++;
        else if ((c === 125 || c === 93) && --this.depth === 0) copy = this.close(chunk, copy, i + 1, out);
        continue;
      }
      if (isSpace(c)) continue;
      if (this.at === At.Before || this.at === At.After) {
        if (c === 91) {
          this.at = At.Between;
          continue;
        }
        if (this.at === At.After) {
          if (!this.trailing) {
            const message = 'text after the end of the JSON array is ignored';
            out.push({ kind: 'skipped', start: this.pos + i, end: this.pos + n, code: 'records/trailing-text', message, severity: 'warning' });
          }
          this.trailing = true;
          continue;
        }
      }
      if (c === 44) continue;
      if (c === 93) {
        this.at = At.After;
        continue;
      }
      // A record starts.
      if (this.start < 0) {
        this.start = this.pos + i;
        this.acc = '';
        copy = i;
      }
      this.at = At.In;
      this.recStart = this.pos + i;
      this.recAt = this.acc.length + (i - copy);
      this.depth = c === 123 || c === 91 ? 1 : 0;
      this.inString = c === 34;
      this.scalar = !this.inString && this.depth === 0;
    }
    if (this.start >= 0 && !this.dropping) this.acc += copy === 0 ? chunk : chunk.slice(copy);
    this.pos += n;
    if (this.at === At.In && !this.dropping && this.pos - this.recStart > this.limits.maxRecord) {
      // Hand over the records before this one, then skip it.
      this.acc = this.acc.slice(0, this.recAt);
      this.emit(out);
      this.dropping = true;
    }
  }

  /** The record in progress ends at chunk index `end`; returns the new copy index. */
  private close(chunk: string, copy: number, end: number, out: PieceEvent[]): number {
    this.at = At.Between;
    this.scalar = false;
    if (this.dropping) {
      this.dropping = false;
      const e = this.pos + end;
      const message = `a record of ${chars(e - this.recStart)} is over the ${chars(this.limits.maxRecord)} limit; skipped`;
      out.push({ kind: 'skipped', start: this.recStart, end: e, code: 'records/too-large', message, severity: 'error' });
      return end;
    }
    if (this.acc.length + (end - copy) < this.limits.piece) return copy;
    this.acc += chunk.slice(copy, end);
    this.emit(out);
    return end;
  }

  private emit(out: PieceEvent[]): void {
    if (this.start >= 0 && this.acc.trim()) out.push({ kind: 'piece', text: this.acc, base: this.start });
    this.acc = '';
    this.start = -1;
  }

  end(out: PieceEvent[]): void {
    if (this.at === At.In) {
      if (!this.dropping) this.acc = this.acc.slice(0, this.recAt);
      this.emit(out);
      out.push({ kind: 'skipped', start: this.recStart, end: this.pos, code: 'records/truncated', message: 'a record is cut off (truncated input?)', severity: 'error' });
    } else {
      this.emit(out);
      if (this.at !== At.After) {
        const message = this.at === At.Before ? 'no JSON array found' : 'the JSON array is not closed (truncated input?)';
        out.push({ kind: 'skipped', start: this.pos, end: this.pos, code: 'records/truncated', message, severity: 'error' });
      }
    }
  }
}
