// What a site template gets to work with: the page being written, the
// article, pools of other records' titles, and a white-space style.
import { DumpWriter, chrome, type Piece, type Seg } from './layout.js';
import type { Rng } from './prng.js';
import type { Other, Rec } from './records.js';
import { parseWhen, shift, type When } from './dates.js';

export interface Article {
  rec: Rec;
  headline: string;
  subtitle: string | null;
  body: string[];
  /** When the article was published (some minutes before extraction). */
  published: When;
}

/** White-space habits of one page. */
export interface Style {
  /** Blank lines between body paragraphs. */
  paraGap: () => number;
  /** Blank lines between chrome blocks. */
  blockGap: () => number;
  /** Trailing white space on a line. */
  trail: () => string;
  /** Leading white space on a line. */
  lead: () => string;
  /** Stray white space on a blank line. */
  blankJunk: () => string;
  /** Chance that a chrome line starts or ends with a right-to-left mark. */
  rlm: number;
  /** Blank lines after every chrome line (chrome on the paragraphs' rhythm). */
  chromeGap: number;
}

export interface StyleOpts {
  paraGap?: [number, number];
  blockGap?: [number, number];
  trailRate?: number;
  leadRate?: number;
  junkRate?: number;
  rlm?: number;
  chromeGap?: number;
}

export function makeStyle(rng: Rng, o: StyleOpts = {}): Style {
  const [pg0, pg1] = o.paraGap ?? [1, 1];
  const [bg0, bg1] = o.blockGap ?? [1, 1];
  const trailRate = o.trailRate ?? 0;
  const leadRate = o.leadRate ?? 0;
  const junkRate = o.junkRate ?? 0;
  return {
    paraGap: () => rng.int(pg0, pg1),
    blockGap: () => rng.int(bg0, bg1),
    trail: () => (rng.chance(trailRate) ? rng.pick([' ', '  ', '\t', '\u00a0', ' \u00a0']) : ''),
    lead: () => (rng.chance(leadRate) ? rng.pick([' ', '\t', '  ', '\u00a0']) : ''),
    blankJunk: () => (rng.chance(junkRate) ? rng.pick([' ', '\t', '   ', '\u00a0']) : ''),
    rlm: o.rlm ?? 0,
    chromeGap: o.chromeGap ?? 0,
  };
}

/** Titles and openings of records that are not laid out, for lists and teasers. */
export class Pools {
  private avoid = new Set<string>();
  constructor(private rng: Rng, private others: Other[]) {}

  /** Headlines laid out in the current file: never reused as list items. */
  setAvoid(headlines: string[]): void {
    this.avoid = new Set(headlines);
  }

  item(): Other {
    for (;;) {
      const o = this.rng.pick(this.others);
      if (!this.avoid.has(o.title)) return o;
    }
  }

  title(): string {
    return this.item().title;
  }

  distinctItems(k: number): Other[] {
    const out = new Map<string, Other>();
    while (out.size < k) {
      const o = this.item();
      out.set(o.title, o);
    }
    return [...out.values()];
  }

  distinctTitles(k: number): string[] {
    return this.distinctItems(k).map((o) => o.title);
  }

  /** The first words of a record's opening paragraph, cut with an ellipsis. */
  teaser(o: Other, words = 18): string | null {
    if (!o.lead) return null;
    const ws = o.lead.split(' ');
    return ws.length <= words ? o.lead : ws.slice(0, words).join(' ') + this.rng.pick(['...', ' ...', '…', '..']);
  }
}

export interface Site {
  id: string;
  name: string;
  domain: string;
  /** Chance an eligible record's short first paragraph is shown as a subtitle. */
  subtitleRate: number;
  /** Chance a multi-article file opens with a section listing page. */
  listingRate: number;
  style(rng: Rng): StyleOpts;
  article(p: Page, a: Article): void;
  listing?(p: Page, items: ListingItem[], now: When): void;
}

export interface ListingItem {
  title: string;
  teaser: string | null;
  published: When;
}

/** One file being written: writer, randomness, style, pools. */
export class Page {
  constructor(
    readonly w: DumpWriter,
    readonly rng: Rng,
    readonly style: Style,
    readonly pools: Pools,
    readonly site: Site,
    /** Position of the article being written in the file, and article count. */
    public pos = 0,
    public count = 1,
  ) {}

  private memo = new Map<string, unknown>();

  /** A choice made once per file, so repeated pages of a site keep the same menu, logo... */
  fixed<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** Same as fixed(key, () => rng.chance(prob)). */
  has(key: string, prob: number): boolean {
    return this.fixed(key, () => this.rng.chance(prob));
  }

  private decorate(text: string): string {
    if (this.style.rlm === 0 || !this.rng.chance(this.style.rlm)) return text;
    return this.rng.chance(0.5) ? '\u200f' + text : text + '\u200f';
  }

  /** A line of pieces with the style's leading and trailing white space. */
  line(...pieces: Piece[]): void {
    this.w.line(this.style.lead(), ...pieces, this.style.trail());
  }

  /** One chrome line. */
  c(kind: string, text: string): void {
    this.line(chrome(kind, this.decorate(text)));
    if (this.style.chromeGap > 0) this.w.blank(this.style.chromeGap, this.style.blankJunk);
  }

  /** Several chrome lines of one kind. */
  cs(kind: string, texts: string[]): void {
    for (const t of texts) this.c(kind, t);
  }

  /** Chrome items joined on one line. */
  inline(kind: string, items: string[], sep = ' | '): void {
    this.c(kind, items.join(sep));
  }

  /** Chrome items one per line, or all on one line, or per-line with blank lines between. */
  items(kind: string, items: string[], mode: 'lines' | 'inline' | 'spaced', sep = ' | '): void {
    if (mode === 'inline') return this.inline(kind, items, sep);
    items.forEach((t, i) => {
      if (mode === 'spaced' && i > 0) this.gap(1);
      this.c(kind, t);
    });
  }

  gap(n?: number): void {
    this.w.blank(n ?? this.style.blockGap(), this.style.blankJunk);
  }

  paraGap(): void {
    this.w.blank(this.style.paraGap(), this.style.blankJunk);
  }

  headline(text: string, before?: Seg, after?: Seg): void {
    const pieces: Piece[] = [];
    if (before) pieces.push(before, ' ');
    pieces.push({ role: 'headline', text });
    if (after) pieces.push(' ', after);
    this.line(...pieces);
  }

  subtitle(text: string): void {
    this.line({ role: 'subtitle', text });
  }

  para(text: string, before?: Seg, after?: Seg): void {
    const pieces: Piece[] = [];
    if (before) pieces.push(before, this.rng.pick([' ', ' ', '  ']));
    pieces.push({ role: 'body', text });
    if (after) pieces.push(this.rng.pick([' ', ' ', '  ']), after);
    this.line(...pieces);
  }

  /** Pick a chrome builder by weight and run it. */
  oneOf(entries: readonly (readonly [() => void, number])[]): void {
    this.rng.weighted(entries)();
  }
}

export function publishedOf(rec: Rec, rng: Rng): When {
  return shift(parseWhen(rec.date), -rng.int(5, 60 * 14));
}

export { chrome };
