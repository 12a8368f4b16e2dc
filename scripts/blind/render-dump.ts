// Turns planned article lines into one dump file's text and the gold spans (UTF-16 offsets) of every piece.
import type { Line } from './layout-article.js';

export type Span = [start: number, end: number];

/** Gold for one article of a file. */
export interface GoldArticle {
  file: string;
  headline: Span;
  subtitle: Span | null;
  body: Span[];
  chrome: Array<{ kind: string; start: number; end: number }>;
  outlet: string;
  recordId: string;
}

/** What a piece of gold should slice to, kept (in memory only) for the self-check. */
export interface Expect { span: Span; text: string }

/** One file: its text, the gold of each article, and the expected slices. */
export interface Rendered { text: string; gold: GoldArticle[]; expects: Expect[] }

/** Lays the articles' lines out one after another; gaps are blank lines. */
export function renderDump(
  file: string,
  articles: Array<{ lines: Line[]; outlet: string; recordId: string }>,
  lead: string,
  trail: string,
): Rendered {
  let text = lead;
  const expects: Expect[] = [];
  const gold: GoldArticle[] = [];
  let firstLine = true;
  const put = (s: string): Span => {
    const start = text.length;
    text += s;
    return [start, text.length];
  };
  for (const a of articles) {
    const g: GoldArticle = { file, headline: [0, 0], subtitle: null, body: [], chrome: [], outlet: a.outlet, recordId: a.recordId };
    let sawHeadline = false;
    for (const { piece, gap } of a.lines) {
      if (!firstLine) text += '\n' + '\n'.repeat(gap);
      firstLine = false;
      if (piece.role === 'headline') {
        g.headline = put(piece.text);
        sawHeadline = true;
        expects.push({ span: g.headline, text: piece.text });
      } else if (piece.role === 'body') {
        if (piece.glued) {
          const [start, end] = put(piece.glued.text);
          g.chrome.push({ kind: 'share', start, end });
          expects.push({ span: [start, end], text: piece.glued.text });
          text += piece.glued.sep;
        }
        const span = put(piece.text);
        g.body.push(span);
        expects.push({ span, text: piece.text });
      } else {
        const [start, end] = put(piece.text);
        g.chrome.push({ kind: piece.kind, start, end });
        expects.push({ span: [start, end], text: piece.text });
      }
    }
    if (!sawHeadline) throw new Error(`article ${a.recordId} has no headline`);
    gold.push(g);
  }
  text += trail;
  return { text, gold, expects };
}
