// Line writer that lays out one dump file and records, for every piece of
// text it writes, which article it belongs to and what it is (headline,
// subtitle, body paragraph or a chrome kind).

import type { Rng } from './prng.js';
import type { Rec } from './records.js';

export type Part = 'headline' | 'subtitle' | 'body';
export interface Chrome {
  chrome: string;
}
export type Role = Part | Chrome;

export interface Seg {
  role: Role;
  text: string;
}

export interface ChromeSpan {
  kind: string;
  start: number;
  end: number;
}

export interface GoldEntry {
  file: string;
  headline: [number, number];
  subtitle: [number, number] | null;
  body: [number, number][];
  chrome: ChromeSpan[];
  outlet: string;
  recordId: string;
}

export interface WriterStyle {
  eol: '\n' | '\r\n';
  /** Probability that a line gets trailing spaces (outside any span). */
  trailingSpace: number;
  /** Blank lines between blocks. */
  gap: (rng: Rng) => number;
  /** What an empty line holds: '' or stray spaces, tabs, no-break spaces. */
  blankFill: (rng: Rng) => string;
}

export const c = (kind: string): Chrome => ({ chrome: kind });
export const seg = (role: Role, text: string): Seg => ({ role, text });

interface Draft {
  rec: Rec;
  headline: [number, number] | null;
  subtitle: [number, number] | null;
  body: [number, number][];
  chrome: ChromeSpan[];
}

const WS = /\s/;

export class PageWriter {
  private parts: string[] = [];
  private pos = 0;
  private drafts: Draft[] = [];
  private current: Draft | null = null;
  private pending: ChromeSpan[] = [];

  constructor(
    readonly rng: Rng,
    readonly style: WriterStyle,
  ) {}

  /** Chrome written from here on is head chrome of the next article. */
  boundary(): void {
    this.current = null;
  }

  /** Start an article; head chrome written since the last boundary is its. */
  begin(rec: Rec): void {
    const d: Draft = { rec, headline: null, subtitle: null, body: [], chrome: this.pending };
    this.pending = [];
    this.drafts.push(d);
    this.current = d;
  }

  private raw(s: string): void {
    this.parts.push(s);
    this.pos += s.length;
  }

  private record(role: Role, start: number, end: number): void {
    if (typeof role === 'object') {
      const span = { kind: role.chrome, start, end };
      if (this.current) this.current.chrome.push(span);
      else this.pending.push(span);
      return;
    }
    const d = this.current;
    if (!d) throw new Error(`${role} written outside an article`);
    if (role === 'headline') {
      if (d.headline) throw new Error('second headline');
      d.headline = [start, end];
    } else if (role === 'subtitle') {
      if (d.subtitle || d.body.length) throw new Error('subtitle out of place');
      d.subtitle = [start, end];
    } else {
      d.body.push([start, end]);
    }
  }

  /** Write text that forms one span (it may hold newlines inside). */
  private text(role: Role, text: string): void {
    let a = 0;
    let b = text.length;
    while (a < b && WS.test(text[a] as string)) a++;
    while (b > a && WS.test(text[b - 1] as string)) b--;
    if (a === b) throw new Error(`empty ${JSON.stringify(role)} text`);
    this.record(role, this.pos + a, this.pos + b);
    this.raw(text);
  }

  private eol(): void {
    if (this.rng.chance(this.style.trailingSpace)) this.raw(this.rng.pick([' ', '  ', '\t', ' \u00a0']));
    this.raw(this.style.eol);
  }

  /** One line made of segments and whitespace-only filler strings. */
  line(...items: (Seg | string)[]): void {
    for (const it of items) {
      if (typeof it === 'string') {
        if (/\S/.test(it)) throw new Error(`filler with text: ${JSON.stringify(it)}`);
        this.raw(it);
      } else {
        this.text(it.role, it.text);
      }
    }
    this.eol();
  }

  /** Shorthand: a whole line of one chrome kind. */
  ch(kind: string, text: string, indent = ''): void {
    this.line(indent, seg(c(kind), text));
  }

  /** Several lines that form one span (a wrapped paragraph, say). */
  block(role: Role, lines: string[], indent = '', contIndent = indent): void {
    const joined = lines.map((l, i) => (i === 0 ? l : contIndent + l)).join(this.style.eol);
    this.line(indent, seg(role, joined));
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) {
      this.raw(this.style.blankFill(this.rng));
      this.raw(this.style.eol);
    }
  }

  /** Blank lines between blocks, as the site's style says. */
  gap(): void {
    this.blank(this.style.gap(this.rng));
  }

  finish(file: string): { text: string; gold: GoldEntry[] } {
    const last = this.drafts[this.drafts.length - 1];
    if (!last) throw new Error(`${file}: no article`);
    last.chrome.push(...this.pending);
    this.pending = [];
    const gold = this.drafts.map((d): GoldEntry => {
      if (!d.headline) throw new Error(`${file}: ${d.rec.id} has no headline`);
      if (d.body.length === 0) throw new Error(`${file}: ${d.rec.id} has no body`);
      return {
        file,
        headline: d.headline,
        subtitle: d.subtitle,
        body: d.body,
        chrome: d.chrome.slice().sort((x, y) => x.start - y.start),
        outlet: d.rec.source,
        recordId: d.rec.id,
      };
    });
    return { text: this.parts.join(''), gold };
  }
}

// ---------------------------------------------------------------- text shaping

/** Greedy word wrap to at most `width` UTF-16 units a line. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(/ +/)) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else {
      cur = cur ? `${cur} ${w}` : w;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Sentences of a paragraph, split after . ! ? ؟ followed by a space. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?؟])\s+(?=\S)/).filter(Boolean);
}
