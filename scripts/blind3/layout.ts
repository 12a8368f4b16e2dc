/**
 * The dump builder: writes lines into one page-text file and records, for
 * every written line, the exact span of its trimmed text (JS string indices).
 * Whitespace and direction marks around a line stay outside the span.
 */
import type { Rng } from './prng.js';

export type Role = 'headline' | 'subtitle' | 'body' | 'chrome';

export interface Span {
  role: Role;
  kind: string;
  start: number;
  end: number;
  /** index of the article (within the file) the span is attributed to */
  article: number;
}

export interface Noise {
  /** probability of junk (spaces, tabs, NBSP, RLM) after a line's text */
  trailing: number;
  /** probability of junk before a line's text */
  leading: number;
  /** probability that a blank line holds some spaces or a tab */
  blankJunk: number;
}

const TRAILING = [' ', '  ', '\t', '\u00a0', '\u200f', ' \u200f', '\u200f ', ' \t', '\u00a0\u00a0', '   '];
const LEADING = [' ', '  ', '\t', '\u00a0', '\u200f', '    '];
const BLANK = [' ', '\t', '  ', '\u00a0'];

/** Characters that a reader does not see: whitespace and bidi/zero-width marks. */
export const INVISIBLE = /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export class Dump {
  private buf = '';
  readonly spans: Span[] = [];

  constructor(
    private readonly rng: Rng,
    readonly eol: '\n' | '\r\n',
    private readonly noise: Noise,
  ) {}

  line(text: string, role: Role, kind: string, article: number): void {
    if (!text || /[\r\n]/.test(text) || INVISIBLE.test(text[0] ?? '') || INVISIBLE.test(text[text.length - 1] ?? '')) {
      throw new Error(`bad line text: ${JSON.stringify(text)}`);
    }
    if (this.rng.chance(this.noise.leading)) this.buf += this.rng.pick(LEADING);
    const start = this.buf.length;
    this.buf += text;
    this.spans.push({ role, kind, start, end: this.buf.length, article });
    if (this.rng.chance(this.noise.trailing)) this.buf += this.rng.pick(TRAILING);
    this.buf += this.eol;
  }

  blank(n: number): void {
    for (let i = 0; i < n; i++) {
      if (this.rng.chance(this.noise.blankJunk)) this.buf += this.rng.pick(BLANK);
      this.buf += this.eol;
    }
  }

  get text(): string {
    return this.buf;
  }
}
