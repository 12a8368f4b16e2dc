// Line writer that lays out text and records gold spans (UTF-16 offsets).
import type { Rng } from "./prng.js";

export interface ChromeSpan {
  kind: string;
  start: number;
  end: number;
}

export interface ArticleGold {
  file: string;
  headline: [number, number];
  subtitle: [number, number] | null;
  body: Array<[number, number]>;
  chrome: ChromeSpan[];
  outlet: string;
  recordId: string;
}

export type Role = "chrome" | "headline" | "subtitle" | "body";
export interface Part {
  role: Role;
  text: string;
  kind?: string; // chrome kind
}

export interface WriterStyle {
  nl: "\n" | "\r\n";
  /** blank lines between blocks */
  gap: () => number;
  /** probability of trailing whitespace on a line */
  trailing: number;
  /** probability of a bidi mark on a chrome line */
  bidi: number;
  /** blank lines sometimes hold stray spaces */
  dirtyBlank: number;
}

const BIDI = ["\u200f", "\u200e", "\u202b", "\u200f\u200f", "\u061c"];
const TRAIL = [" ", "  ", "\t", " \u00a0", "   "];

export class PageWriter {
  private out = "";
  private articles: ArticleGold[] = [];
  private pending: ChromeSpan[] = [];
  private cur: ArticleGold | null = null;
  private open = false; // chrome goes to cur while open
  private started = false;
  private sepNext: number | null = null;

  constructor(
    readonly file: string,
    private style: WriterStyle,
    private rng: Rng,
  ) {}

  setStyle(s: Partial<WriterStyle>): void {
    this.style = { ...this.style, ...s };
  }

  /** force the blank-line count before the next line (0 = directly on the next line) */
  tight(n = 0): this {
    this.sepNext = n;
    return this;
  }

  private separator(): void {
    if (!this.started) {
      this.started = true;
      this.sepNext = null;
      return;
    }
    const n = this.sepNext ?? this.style.gap();
    this.sepNext = null;
    this.out += this.style.nl;
    for (let i = 0; i < n; i++) {
      if (this.rng.chance(this.style.dirtyBlank)) this.out += this.rng.pick([" ", "  ", "\t", "\u00a0"]);
      this.out += this.style.nl;
    }
  }

  private addChrome(kind: string, start: number, end: number): void {
    const span = { kind, start, end };
    if (this.open && this.cur) this.cur.chrome.push(span);
    else this.pending.push(span);
  }

  /** write one line made of parts joined by whitespace-only separators */
  line(parts: Part[], sep = " "): this {
    if (/\S/.test(sep)) throw new Error("separator must be whitespace");
    const ps = parts.filter((p) => p.text.trim().length > 0);
    if (ps.length === 0) return this;
    this.separator();
    ps.forEach((p, i) => {
      if (i > 0) this.out += sep;
      let text = p.text.replace(/[\r\n]+/g, " ").trim();
      if (p.role === "chrome" && i === 0 && this.rng.chance(this.style.bidi)) text = this.rng.pick(BIDI) + text;
      const start = this.out.length;
      this.out += text;
      const end = this.out.length;
      switch (p.role) {
        case "chrome":
          this.addChrome(p.kind ?? "chrome", start, end);
          break;
        case "headline":
          this.startArticle(start, end);
          break;
        case "subtitle":
          if (!this.cur) throw new Error("subtitle before headline");
          this.cur.subtitle = [start, end];
          break;
        case "body":
          if (!this.cur) throw new Error("body before headline");
          this.cur.body.push([start, end]);
          break;
      }
    });
    if (this.rng.chance(this.style.trailing)) this.out += this.rng.pick(TRAIL);
    return this;
  }

  chrome(kind: string, text: string): this {
    return this.line([{ role: "chrome", kind, text }]);
  }

  /** several chrome lines with no blank lines between them */
  list(kind: string, items: string[], innerGap = 0): this {
    items.forEach((t, i) => {
      if (i > 0) this.tight(innerGap);
      this.chrome(kind, t);
    });
    return this;
  }

  headline(text: string): this {
    return this.line([{ role: "headline", text }]);
  }
  subtitle(text: string): this {
    return this.line([{ role: "subtitle", text }]);
  }
  body(text: string): this {
    return this.line([{ role: "body", text }]);
  }

  private startArticle(start: number, end: number): void {
    throw new Error(`startArticle needs record info (${start}-${end}); call begin() first`);
  }

  private nextMeta: { outlet: string; recordId: string } | null = null;
  /** declare the record whose headline comes next */
  begin(outlet: string, recordId: string): this {
    this.nextMeta = { outlet, recordId };
    this.startArticle = (start: number, end: number) => {
      if (!this.nextMeta) throw new Error("headline without begin()");
      const a: ArticleGold = {
        file: this.file,
        headline: [start, end],
        subtitle: null,
        body: [],
        chrome: this.pending,
        outlet: this.nextMeta.outlet,
        recordId: this.nextMeta.recordId,
      };
      this.pending = [];
      this.nextMeta = null;
      this.cur = a;
      this.open = true;
      this.articles.push(a);
    };
    return this;
  }

  /** the current article's page is over; further chrome is head chrome of the next */
  end(): this {
    this.open = false;
    return this;
  }

  finish(): { text: string; articles: ArticleGold[] } {
    if (this.pending.length) {
      const last = this.articles[this.articles.length - 1];
      if (!last) throw new Error("chrome without any article");
      last.chrome.push(...this.pending);
      this.pending = [];
    }
    let text = this.out;
    if (this.rng.chance(0.7)) text += this.style.nl;
    for (const a of this.articles) a.chrome.sort((x, y) => x.start - y.start);
    return { text, articles: this.articles };
  }
}
