/** The plumbing of splitters that work line by line: the line splitter, and where events go. */
import { LineSplitter, type LineSink } from './line-splitter.js';
import type { PieceEvent, Splitter } from './pieces.js';

export abstract class LineBasedSplitter implements Splitter {
  private readonly lines: LineSplitter;
  protected out: PieceEvent[] = [];

  constructor(maxLine: number) {
    this.lines = new LineSplitter(maxLine, { line: (t, s) => this.line(t, s), long: (s, e, q) => this.long(s, e, q) });
  }

  protected abstract line(text: string, start: number): void;
  protected abstract long(start: number, end: number, quotes: number): void;
  /** What is still held when the input ends. */
  protected abstract finish(): void;

  push(chunk: string, out: PieceEvent[]): void {
    this.out = out;
    this.lines.push(chunk);
  }

  end(out: PieceEvent[]): void {
    this.out = out;
    this.lines.end();
    this.finish();
  }
}
