// بوابة النيل: a high-traffic portal; ads everywhere, "كتب" bylines,
// many read-more lines inside the body, wide gaps between paragraphs.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { ad, logo, nav, navItems, sectionOf, ticker } from '../parts/head.js';
import { byline, share, shareCounter, views } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { commentsSection, footer, tags, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';
import { chrome } from '../layout.js';

function header(p: Page): void {
  if (p.rng.chance(0.5)) ad(p);
  logo(p, [['بوابة النيل'], ['بوابة النيل الإخبارية'], ['Bawabat Al-Nil', 'بوابة النيل']]);
  nav(p, 'nav', () => navItems(p, p.rng.int(8, 12), ['الرئيسية', 'أخبار عاجلة']), ['lines', 'inline'], [' ', '  ']);
  ticker(p, p.rng.int(1, 3), p.rng.chance(0.5));
  ad(p);
  p.gap();
}

function tail(p: Page, a: Article, now: When): void {
  p.gap();
  tags(p, a, 'inline');
  p.gap();
  ad(p);
  titleList(p, 'mostread', { n: [5, 8], numbered: 'inline' });
  p.gap();
  titleList(p, 'latest', { n: [4, 6], dates: 'inline', now });
  p.gap();
  commentsSection(p, p.rng.pick([1, 3]));
  p.gap();
  footer(p, 'lines');
}

export const bawaba: Site = {
  id: 'bawaba',
  name: 'بوابة النيل',
  domain: 'bawabat-alnil.com',
  subtitleRate: 0.6,
  listingRate: 0.3,
  style: (rng) => ({ paraGap: [2, 3], blockGap: [1, 2], trailRate: 0.1, junkRate: 0.2, chromeGap: rng.chance(0.25) ? 2 : 0 }),
  article(p, a) {
    const now = parseWhen(a.rec.date);
    header(p);
    p.c('section', sectionOf(p));
    const label = p.rng.chance(0.15) ? chrome('label', p.rng.pick(['عاجل |', 'فيديو |', 'بالصور..', 'خاص:', 'تقرير |'])) : undefined;
    p.headline(a.headline, label);
    if (a.subtitle) p.subtitle(a.subtitle);
    p.gap(p.rng.int(1, 2));
    byline(p, a, ['kataba', 'kataba', 'plain']);
    dateLine(p, a.published, now, ['dayOnly', 'numeric12', 'long']);
    if (p.rng.chance(0.5)) views(p);
    if (p.rng.chance(0.5)) shareCounter(p);
    share(p, p.rng.pick(['inline', 'lines'] as const));
    p.gap();
    writeBody(p, a, { inserts: [['readmore', 4], ['ad', 3], ['video', 1], ['gallery', 1]], rate: 0.45, max: 4 });
    tail(p, a, now);
  },
  listing(p, items, now) {
    header(p);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'inline', more: ['اقرأ المزيد'] });
    footer(p, 'lines');
  },
};
