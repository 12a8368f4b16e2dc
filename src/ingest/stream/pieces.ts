/**
 * Streamed extraction cuts decoded text into pieces that can be extracted on their own (a run of
 * dump articles, a batch of JSON lines or CSV rows, one HTML page) and reports what it had to skip.
 */

/** A self-contained piece of the input starting at offset `base`, or a stretch that was skipped and why. */
export type PieceEvent =
  | { kind: 'piece'; text: string; base: number }
  | { kind: 'header'; text: string; base: number }
  | { kind: 'skipped'; start: number; end: number; code: string; message: string; severity: 'error' | 'warning' };

/** Fed the decoded text in order, chunk by chunk; pushes every piece completed so far to `out`. */
export interface Splitter {
  push(chunk: string, out: PieceEvent[]): void;
  end(out: PieceEvent[]): void;
}

/** `n` code units, for messages: «52,428,800 characters». */
export const chars = (n: number): string => `${n.toLocaleString('en-US')} characters`;
