// المنارة: a regional daily; breadcrumb ending with the headline,
// "التاريخ:" and reads counters, A A A widget, tags one per line, footer
// one link per line; trailing no-break spaces and RTL marks.
import type { Article, Page, Site } from '../kit.js';
import { numeric, parseWhen, type When } from '../dates.js';
import { breadcrumb, logo, nav, navItems, search, sectionOf } from '../parts/head.js';
import { byline, font, gluedAgency, share, views } from '../parts/meta.js';
import { writeBody } from '../parts/body.js';
import { copyright, footer, tags, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';

function header(p: Page): void {
  logo(p, [['المنارة'], ['صحيفة المنارة'], ['المنارة اليومية']]);
  search(p);
  nav(p, 'nav', () => navItems(p, p.rng.int(7, 10), ['الرئيسية']), ['lines', 'inline'], [' | ', ' ']);
  p.gap();
}

function tail(p: Page, a: Article, now: When): void {
  p.gap();
  tags(p, a, p.rng.pick(['lines', 'inline'] as const));
  p.gap();
  titleList(p, 'related', { n: [3, 5], spaced: p.rng.chance(0.5), dates: 'own-line', now });
  p.gap();
  footer(p, 'lines');
  if (p.rng.chance(0.3)) copyright(p, 2014);
}

export const manara: Site = {
  id: 'manara',
  name: 'صحيفة المنارة',
  domain: 'almanara-daily.com',
  subtitleRate: 0.5,
  listingRate: 0.3,
  style: () => ({ paraGap: [1, 2], blockGap: [1, 1], trailRate: 0.35, rlm: 0.25 }),
  article(p, a) {
    const now = parseWhen(a.rec.date);
    header(p);
    const section = sectionOf(p);
    breadcrumb(p, section, a);
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    byline(p, a, ['name-city', 'record', 'record']);
    p.c('date', `التاريخ: ${numeric(a.published, p.rng.pick(['/', '-']))}`);
    views(p);
    font(p);
    share(p, 'inline');
    p.gap();
    writeBody(p, a, { inserts: [['caption', 2], ['readmore', 1], ['gallery', 2]], rate: 0.2, max: 2, ...(p.rng.chance(0.2) ? { glueEnd: gluedAgency(p) } : {}) });
    tail(p, a, now);
  },
  listing(p, items, now) {
    header(p);
    breadcrumb(p, sectionOf(p));
    listingBody(p, items, { section: sectionOf(p), now, dates: 'before', spaced: true });
    footer(p, 'lines');
  },
};
