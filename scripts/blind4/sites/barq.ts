// صحيفة برق الإلكترونية: a fast local news site; menu on one line, breaking
// ticker, dateline glued to the first paragraph, share buttons one per line.
import type { Article, ListingItem, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { breadcrumb, login, logo, nav, navItems, sectionOf, ticker, todayLine } from '../parts/head.js';
import { byline, commentCount, gluedDateline, share, views } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { apps, commentsSection, footer, follow, tags, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';

function header(p: Page, now: When): void {
  logo(p, [['برق'], ['صحيفة برق الإلكترونية'], ['برق | صحيفة إلكترونية سعودية'], ['برق', 'صحيفة إلكترونية سعودية']]);
  if (p.has('login', 0.5)) login(p);
  if (p.rng.chance(0.4)) todayLine(p, now);
  nav(p, 'nav', () => navItems(p, p.rng.int(6, 10), ['الرئيسية']), ['inline', 'inline', 'lines'], ['  ', ' ', ' | ']);
  if (p.rng.chance(0.7)) ticker(p, 1);
  p.gap();
}

function tail(p: Page, a: Article, now: When): void {
  if (p.rng.chance(0.6)) tags(p, a, 'inline');
  p.gap();
  titleList(p, 'related', { n: [3, 5], dates: p.rng.pick(['own-line', 'none'] as const), now });
  p.gap();
  if (p.rng.chance(0.6)) commentsSection(p, p.rng.pick([0, 2]));
  p.gap();
  if (p.rng.chance(0.5)) apps(p);
  if (p.rng.chance(0.5)) follow(p, 'inline');
  footer(p, 'inline');
}

export const barq: Site = {
  id: 'barq',
  name: 'صحيفة برق الإلكترونية',
  domain: 'barq-news.net',
  subtitleRate: 0.4,
  listingRate: 0.2,
  style: (rng) => ({ paraGap: [1, 1], blockGap: [1, 1], trailRate: rng.chance(0.5) ? 0.15 : 0 }),
  article(p, a) {
    const now = parseWhen(a.rec.date);
    header(p, now);
    const section = sectionOf(p);
    if (p.rng.chance(0.5)) breadcrumb(p, section, a);
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    const glue = p.rng.chance(0.4);
    if (!glue) byline(p, a, ['name-city', 'city-name', 'record']);
    dateLine(p, a.published, now, ['hijri+greg', 'relative', 'numeric12']);
    if (p.rng.chance(0.6)) views(p);
    if (p.rng.chance(0.4)) commentCount(p);
    share(p, 'lines');
    p.gap();
    writeBody(p, a, {
      inserts: [['readmore', 3], ['ad', 1], ['caption', 1]],
      rate: 0.2,
      ...(glue ? { glueStart: gluedDateline(p, 'برق') } : {}),
    });
    p.gap();
    tail(p, a, now);
  },
  listing(p, items: ListingItem[], now: When) {
    header(p, now);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'after', more: ['المزيد', 'التفاصيل'] });
    footer(p, 'inline');
  },
};
