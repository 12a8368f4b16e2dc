/**
 * Page-text dumps in pieces: a piece ends, once its article has a body, where three or more blank lines are followed by a line
 * that neither goes on with the text nor is chrome or a caption (an article boundary, see segment-dump.ts), so each piece
 * extracts on its own; past SOFT_PIECE characters a gap of two ends it too (a dump whose articles
 * are two blank lines apart).
 */
import type { StreamLimits } from './limits.js';
import { LineBasedSplitter } from './line-based.js';
import { PieceLines } from './piece-lines.js';
import { chars } from './pieces.js';
import { ARTICLE_GAP, continuesText, passedOver } from '../dump/segment-dump.js';
import { BodySeen } from '../dump/body-seen.js';

const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;
const SOFT_PIECE = 1 << 18;

export class DumpSplitter extends LineBasedSplitter {
  private readonly piece = new PieceLines();
  private blanks = 0;
  private readonly seen = new BodySeen();

  constructor(private readonly limits: StreamLimits) {
    super(limits.maxLine);
  }

  protected line(text: string, start: number): void {
    if (BLANK.test(text)) {
      this.blanks++;
      this.piece.addBlank(text);
      return;
    }
    // (Not in an article that has no body yet, nor before chrome or a caption: the text may go on past it, which
    // segment-dump.ts decides within the piece.)
    const gap = (this.blanks >= ARTICLE_GAP && this.seen.body) || (this.blanks >= 2 && this.piece.size > SOFT_PIECE);
    const line = text.trim();
    if (this.piece.start >= 0 && ((gap && !continuesText(line) && !passedOver(line)) || this.piece.size > this.limits.maxRecord)) this.flush();
    this.piece.add(text, start);
    this.seen.see(line);
    this.blanks = 0;
  }

  private flush(): void {
    this.piece.flush(this.out);
    this.seen.reset();
  }

  protected long(start: number, end: number): void {
    this.flush();
    this.blanks = 2;
    const message = `a line of ${chars(end - start)} is over the ${chars(this.limits.maxLine)} limit of a dump line; skipped`;
    this.out.push({ kind: 'skipped', start, end, code: 'dump/long-line', message, severity: 'error' });
  }

  protected finish(): void {
    this.flush();
  }
}
