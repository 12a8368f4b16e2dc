// صحيفة تهامة: a daily's site; long menu one item per line, font and print
// tools, reporter "(city)" line, paragraphs with no blank line between them.
import type { Article, ListingItem, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { logo, nav, navItems, search, sectionOf } from '../parts/head.js';
import { byline, font, gluedAgency, print, sectionLabel } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { backToTop, footer, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';

function header(p: Page, now: When): void {
  logo(p, [['تهامة'], ['صحيفة تهامة'], ['TIHAMA', 'صحيفة تهامة']]);
  dateLine(p, now, now, ['hijri+greg', 'dayOnly']);
  search(p);
  nav(p, 'nav', () => navItems(p, p.rng.int(10, 16), ['الرئيسية', 'الأولى']), ['lines']);
  p.gap(p.rng.int(0, 1));
}

function tail(p: Page, now: When): void {
  p.gap(p.rng.int(0, 1));
  titleList(p, 'related', { n: [2, 4], bullet: p.rng.pick(['', '- ', '• ']) });
  titleList(p, 'mostread', { n: [4, 6], numbered: p.rng.pick(['own-line', 'none'] as const) });
  if (p.rng.chance(0.5)) titleList(p, 'latest', { n: [3, 5], dates: 'inline', now });
  backToTop(p);
  footer(p, 'lines');
}

export const tihama: Site = {
  id: 'tihama',
  name: 'صحيفة تهامة',
  domain: 'tihama-daily.com',
  subtitleRate: 0.5,
  listingRate: 0.35,
  style: (rng) => ({ paraGap: rng.chance(0.7) ? [0, 0] : [0, 1], blockGap: [0, 1], trailRate: 0.3 }),
  article(p, a: Article) {
    const now = parseWhen(a.rec.date);
    header(p, now);
    sectionLabel(p, sectionOf(p));
    if (p.rng.chance(0.5)) font(p);
    if (p.rng.chance(0.5)) print(p, 'inline');
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    byline(p, a, ['name-paren', 'name-paren', 'record']);
    writeBody(p, a, { inserts: [['caption', 1]], rate: 0.1, max: 1, ...(p.rng.chance(0.25) ? { glueEnd: gluedAgency(p) } : {}) });
    if (p.rng.chance(0.4)) dateLine(p, a.published, now, ['published'], ['']);
    tail(p, now);
  },
  listing(p, items: ListingItem[], now: When) {
    header(p, now);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'before', spaced: false });
    footer(p, 'lines');
  },
};
