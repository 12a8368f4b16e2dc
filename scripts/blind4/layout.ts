// Line writer: builds one dump file and records, per article, the spans of
// what it writes. Spans are UTF-16 indices into the file text, end exclusive.

export type Role = 'headline' | 'subtitle' | 'body' | 'chrome';

export interface Seg {
  role: Role;
  text: string;
  /** chrome kind; required for chrome */
  kind?: string;
}

export type Span = [number, number];

export interface ChromeSpan {
  kind: string;
  start: number;
  end: number;
}

export interface ArticleGold {
  file: string;
  headline: Span;
  subtitle: Span | null;
  body: Span[];
  chrome: ChromeSpan[];
  outlet: string;
  recordId: string;
}

interface OpenArticle {
  file: string;
  outlet: string;
  recordId: string;
  headline: Span | null;
  subtitle: Span | null;
  body: Span[];
  chrome: ChromeSpan[];
}

/** Part of a line: a segment or white space between segments. */
export type Piece = Seg | string;

const WS_ONLY = /^\s*$/;
const EDGE_WS = /^\s|\s$/;

export class DumpWriter {
  private out = '';
  private articles: OpenArticle[] = [];
  private eol: string;

  constructor(readonly file: string, eol = '\n') {
    this.eol = eol;
  }

  /** Spans written from now on belong to this article (head chrome included). */
  beginArticle(outlet: string, recordId: string): void {
    this.articles.push({ file: this.file, outlet, recordId, headline: null, subtitle: null, body: [], chrome: [] });
  }

  private current(): OpenArticle {
    const a = this.articles[this.articles.length - 1];
    if (!a) throw new Error('write before beginArticle');
    return a;
  }

  private record(seg: Seg, start: number, end: number): void {
    const a = this.current();
    if (seg.role === 'chrome') {
      if (!seg.kind) throw new Error('chrome segment without kind');
      a.chrome.push({ kind: seg.kind, start, end });
    } else if (seg.role === 'body') {
      a.body.push([start, end]);
    } else if (seg.role === 'headline') {
      if (a.headline) throw new Error('two headlines');
      a.headline = [start, end];
    } else {
      if (a.subtitle) throw new Error('two subtitles');
      a.subtitle = [start, end];
    }
  }

  /** Write one line made of segments and white-space strings, then an end of line. */
  line(...pieces: Piece[]): void {
    for (const p of pieces) {
      if (typeof p === 'string') {
        if (!WS_ONLY.test(p) || p.includes('\n') || p.includes('\r')) throw new Error(`bad spacer ${JSON.stringify(p)}`);
        this.out += p;
        continue;
      }
      if (p.text.length === 0 || EDGE_WS.test(p.text) || /[\r\n]/.test(p.text)) {
        throw new Error(`bad segment text ${JSON.stringify(p.text)}`);
      }
      const start = this.out.length;
      this.out += p.text;
      this.record(p, start, this.out.length);
    }
    this.out += this.eol;
  }

  /** Blank lines, each optionally holding stray white space. */
  blank(n: number, junk: () => string = () => ''): void {
    for (let i = 0; i < n; i++) {
      const j = junk();
      if (!/^[ \t\u00a0]*$/.test(j)) throw new Error('bad blank junk');
      this.out += j + this.eol;
    }
  }

  text(): string {
    return this.out;
  }

  gold(): ArticleGold[] {
    return this.articles.map((a) => {
      if (!a.headline) throw new Error(`${a.recordId}: no headline`);
      return {
        file: a.file,
        headline: a.headline,
        subtitle: a.subtitle,
        body: a.body,
        chrome: a.chrome,
        outlet: a.outlet,
        recordId: a.recordId,
      };
    });
  }
}

export const chrome = (kind: string, text: string): Seg => ({ role: 'chrome', kind, text });
