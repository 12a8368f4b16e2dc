// Line writer that builds one dump file and records gold spans as it goes.
import type { Rng } from './prng.js';

export interface ChromeSpan {
  kind: string;
  start: number;
  end: number;
}

export interface Gold {
  file: string;
  headline: [number, number];
  subtitle: [number, number] | null;
  body: [number, number][];
  chrome: ChromeSpan[];
  outlet: string;
  recordId: string;
}

export interface FileStyle {
  nl: '\n' | '\r\n';
  /** Blank lines between blocks. */
  gap: (r: Rng) => number;
  /** Blank lines between body paragraphs. */
  paraGap: (r: Rng) => number;
  /** Probabilities of line noise on chrome lines. */
  trail: number;
  nbsp: number;
  rlm: number;
  /** Whitespace put before body lines. */
  indent: string;
  /** Hard-wrap width for long single-part lines (0 = none). */
  wrap: number;
}

export type Seg =
  | { c: string; text: string } // chrome of a kind
  | { h: string } // headline
  | { sub: string } // subtitle
  | { p: string } // body paragraph
  | { ws: string }; // whitespace only

const WS = /\s/;

export class Writer {
  private out = '';
  private pendingBlank = 0;
  private started = false;
  readonly golds: Gold[] = [];
  private cur: Gold | null = null;
  /** Per chrome kind, decided once a file: does it carry a bidi mark / trailing blanks? */
  private marks = new Map<string, { rlm: boolean; trail: boolean }>();

  constructor(
    readonly file: string,
    readonly style: FileStyle,
    private readonly rng: Rng,
  ) {}

  /** Start a new article: every span written from now on belongs to it. */
  begin(outlet: string, recordId: string): void {
    this.cur = { file: this.file, headline: [-1, -1], subtitle: null, body: [], chrome: [], outlet, recordId };
    this.golds.push(this.cur);
  }

  /** Ask for blank lines before the next written line (the largest request wins). */
  gap(n?: number): void {
    const k = n ?? this.style.gap(this.rng);
    this.pendingBlank = Math.max(this.pendingBlank, k);
  }

  paraGap(): void {
    this.gap(this.style.paraGap(this.rng));
  }

  chrome(kind: string, text: string): void {
    this.line([{ c: kind, text }]);
  }

  /** One chrome line per entry. */
  lines(kind: string, texts: readonly string[]): void {
    for (const t of texts) this.chrome(kind, t);
  }

  headline(text: string): void {
    this.line([{ h: text }]);
  }

  subtitle(text: string): void {
    this.line([{ sub: text }]);
  }

  para(text: string): void {
    this.line([{ p: text }]);
  }

  line(segs: Seg[]): void {
    if (!this.cur) throw new Error('line() before begin()');
    if (this.started) {
      for (let i = 0; i < this.pendingBlank; i++) this.out += this.style.nl;
    }
    this.pendingBlank = 0;
    this.started = true;
    const chromeOnly = segs.every((s) => 'c' in s || 'ws' in s);
    const firstKind = segs.find((s): s is { c: string; text: string } => 'c' in s)?.c;
    const mark = chromeOnly && firstKind ? this.markOf(firstKind) : { rlm: false, trail: false };
    const hasBody = segs.some((s) => 'p' in s);
    if (hasBody && this.style.indent) this.out += this.style.indent;
    if (chromeOnly && this.rng.chance(this.style.nbsp)) this.out += this.rng.pick(['\u00a0', ' ', '\u00a0 ']);
    let firstChrome = true;
    for (const s of segs) {
      if ('ws' in s) {
        if (/\S/.test(s.ws)) throw new Error(`non-whitespace separator ${JSON.stringify(s.ws)}`);
        this.out += s.ws;
        continue;
      }
      let text = 'c' in s ? s.text : 'h' in s ? s.h : 'sub' in s ? s.sub : s.p;
      if ('c' in s && chromeOnly && firstChrome && mark.rlm) text = `\u200f${text}`;
      if ('c' in s) firstChrome = false;
      if (segs.length === 1 && this.style.wrap > 0) text = wrapText(text, this.style.wrap, this.style.nl + ('p' in s ? this.style.indent : ''));
      const at = this.out.length;
      this.out += text;
      const span = trimSpan(text, at);
      if (!span) throw new Error(`empty segment in ${this.file}`);
      this.record(s, span);
    }
    if (chromeOnly && mark.trail && this.rng.chance(0.7)) this.out += this.rng.pick([' ', '  ', '   ', ' \u00a0', '\t']);
    else if (chromeOnly && this.rng.chance(this.style.trail / 5)) this.out += ' ';
    else if (hasBody && this.rng.chance(this.style.trail / 4)) this.out += ' ';
    this.out += this.style.nl;
  }

  private markOf(kind: string): { rlm: boolean; trail: boolean } {
    let m = this.marks.get(kind);
    if (!m) {
      m = { rlm: this.rng.chance(Math.min(0.8, this.style.rlm * 2.5)), trail: this.rng.chance(Math.min(0.8, this.style.trail * 2)) };
      this.marks.set(kind, m);
    }
    return m;
  }

  private record(s: Seg, span: [number, number]): void {
    const g = this.cur as Gold;
    if ('c' in s) g.chrome.push({ kind: s.c, start: span[0], end: span[1] });
    else if ('h' in s) {
      if (g.headline[0] >= 0) throw new Error('two headlines');
      g.headline = span;
    } else if ('sub' in s) g.subtitle = span;
    else if ('p' in s) g.body.push(span);
  }

  text(): string {
    return this.out;
  }
}

function trimSpan(text: string, at: number): [number, number] | null {
  let s = 0;
  let e = text.length;
  while (s < e && WS.test(text[s] as string)) s++;
  while (e > s && WS.test(text[e - 1] as string)) e--;
  return s < e ? [at + s, at + e] : null;
}

/** Break a long line at spaces, like a text-mode browser dump. */
export function wrapText(text: string, width: number, joiner: string): string {
  if (text.length <= width) return text;
  const words = text.split(' ');
  const rows: string[] = [];
  let row = '';
  for (const w of words) {
    if (row && row.length + 1 + w.length > width) {
      rows.push(row);
      row = w;
    } else row = row ? `${row} ${w}` : w;
  }
  if (row) rows.push(row);
  return rows.join(joiner);
}
