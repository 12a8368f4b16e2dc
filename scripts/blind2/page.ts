// Lays out one article page (head chrome, headline, meta, body with inserts, tail, footer) into a Doc.
import type { Rng } from './prng.js';
import type { ArticleCtx, Kind } from './chrome.js';
import type { Doc } from './layout.js';
import type { FileStyle } from './style.js';

export interface PageArticle {
  headline: string;
  subtitle: string | null;
  body: string[];
  ctx: ArticleCtx;
}

export interface PagePos {
  first: boolean; // first article of the file
  last: boolean; // last article of the file
  leadGap: number; // blank lines before the page's first line
}

const FEED_HEAD_KEEP: ReadonlySet<Kind> = new Set<Kind>(['breadcrumb', 'ad', 'ticker', 'date']);

export function layPage(doc: Doc, st: FileStyle, rng: Rng, art: PageArticle, k: number, pos: PagePos): void {
  let pending: number | null = pos.leadGap;
  const gap = (): number => {
    if (pending !== null) {
      const g = pending;
      pending = null;
      return g;
    }
    return rng.weighted(st.blockGap);
  };
  const chrome = (kind: Kind, lines: string[] = st.chrome.lines(kind, art.ctx)): void => {
    lines.forEach((l, i) => doc.add(l, { t: 'chrome', kind }, k, i === 0 ? gap() : rng.weighted(st.innerGap)));
  };

  // head
  if (pos.first && st.cookiePos === 'top') chrome('cookie');
  const fullHead = pos.first || st.pageMode === 'full';
  for (const kind of st.headOrder) {
    if (fullHead || (FEED_HEAD_KEEP.has(kind) && rng.chance(0.5))) chrome(kind);
  }

  doc.add(art.headline, { t: 'headline' }, k, gap());

  // meta blocks, with the subtitle slotted among them
  const meta = st.metaOrder.slice();
  const slot = Math.min(st.subtitleSlot, meta.length);
  meta.forEach((kind, i) => {
    if (i === slot && art.subtitle) doc.add(art.subtitle, { t: 'subtitle' }, k, gap());
    chrome(kind);
  });
  if (slot >= meta.length && art.subtitle) doc.add(art.subtitle, { t: 'subtitle' }, k, gap());

  // body with occasional inserts between paragraphs
  let inserts = 0;
  art.body.forEach((p, i) => {
    let g: number;
    if (i === 0) g = gap();
    else if (inserts < 3 && st.inlineKinds.length > 0 && rng.chance(st.inlineP)) {
      inserts++;
      const kind = rng.pick(st.inlineKinds);
      if (kind === 'related' && rng.chance(st.inlineRelatedLineP)) chrome('related', st.chrome.inlineRelated(art.ctx));
      else chrome(kind);
      g = gap();
    } else {
      g = rng.weighted(st.paraGap);
      if (rng.chance(st.paraJitterP)) g = rng.int(0, 2);
    }
    doc.add(p, { t: 'body', i }, k, g);
  });

  for (const kind of st.tailOrder) chrome(kind);
  if (pos.last || st.pageMode === 'full') for (const kind of st.footOrder) chrome(kind);
  if (pos.last && st.cookiePos === 'bottom') chrome('cookie');
}
