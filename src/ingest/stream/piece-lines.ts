/** Consecutive lines gathered into one piece (they join back with `\n` into the exact input text). */
import type { PieceEvent } from './pieces.js';

export class PieceLines {
  private parts: string[] = [];
  /** Offset of the first line, or -1 when empty. */
  start = -1;
  /** Characters held, line breaks included. */
  size = 0;

  add(text: string, start: number): void {
    if (this.start < 0) this.start = start;
    this.parts.push(text);
    this.size += text.length + 1;
  }

  /** Adds a blank line only inside a piece (blank lines before one belong to the gap). */
  addBlank(text: string): void {
    if (this.start >= 0) this.parts.push(text);
  }

  /** Hands the lines held over as one piece, and empties. */
  flush(out: PieceEvent[]): void {
    if (this.start >= 0) out.push({ kind: 'piece', text: this.parts.join('\n'), base: this.start });
    this.parts = [];
    this.start = -1;
    this.size = 0;
  }
}
