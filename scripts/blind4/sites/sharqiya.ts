// أخبار الشرقية: a regional paper; weather and prayer times in the header,
// multi-line breaking ticker, indented paragraphs, app and follow lines.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { logo, nav, navItems, prayer, sectionOf, ticker, todayLine, weather } from '../parts/head.js';
import { byline, share } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { agencyLine, apps, footer, follow, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';

function header(p: Page, now: When): void {
  todayLine(p, now);
  weather(p);
  if (p.rng.chance(0.6)) prayer(p, p.rng.pick(['lines', 'inline'] as const));
  logo(p, [['أخبار الشرقية'], ['صحيفة أخبار الشرقية'], ['الشرقية نيوز']]);
  nav(p, 'nav', () => navItems(p, p.rng.int(8, 12), ['الرئيسية', 'الشرقية']), ['lines']);
  ticker(p, p.rng.int(2, 4));
  p.gap();
}

function tail(p: Page, now: When): void {
  p.gap();
  share(p, 'lines');
  p.gap();
  p.c('related', p.rng.pick(['اقرأ أيضاً', 'اقرأ أيضا', 'أخبار أخرى']));
  p.cs('related', p.pools.distinctTitles(p.rng.int(3, 5)));
  p.gap();
  titleList(p, 'latest', { n: [3, 6], dates: 'own-line', now });
  p.gap();
  apps(p);
  follow(p, p.rng.pick(['lines', 'inline'] as const));
  footer(p, 'inline');
}

export const sharqiya: Site = {
  id: 'sharqiya',
  name: 'أخبار الشرقية',
  domain: 'sharqiya-news.com',
  subtitleRate: 0.6,
  listingRate: 0.35,
  style: (rng) => ({ paraGap: rng.chance(0.5) ? [0, 0] : [1, 1], blockGap: [0, 1], leadRate: 0.6, trailRate: 0.2 }),
  article(p, a: Article) {
    const now = parseWhen(a.rec.date);
    header(p, now);
    p.c('section', sectionOf(p));
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    byline(p, a, ['record', 'city-name', 'name-city']);
    dateLine(p, a.published, now, ['relative', 'numeric12', 'indic']);
    p.gap(p.rng.int(0, 1));
    writeBody(p, a, { inserts: [['caption', 1], ['readmore', 2]], rate: 0.15, max: 2, insertGap: () => 0 });
    if (p.rng.chance(0.3)) agencyLine(p);
    tail(p, now);
  },
  listing(p, items, now) {
    header(p, now);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'after', spaced: false });
    footer(p, 'inline');
  },
};
