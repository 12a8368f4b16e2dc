// الحدث الاقتصادي: an economic daily; market ticker, reading time,
// print/save tools, readers' comments, newsletter box.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { login, markets, logo, nav, navItems, sectionOf, todayLine } from '../parts/head.js';
import { byline, print, readTime, sectionLabel, share } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { commentsSection, footer, newsletter, tags, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';

function header(p: Page, now: When): void {
  logo(p, [['الحدث الاقتصادي'], ['صحيفة الحدث الاقتصادي'], ['الحدث الاقتصادي | أول صحيفة اقتصادية']]);
  todayLine(p, now);
  if (p.has('login', 0.5)) login(p);
  markets(p, p.rng.pick(['lines', 'inline'] as const));
  nav(p, 'nav', () => ['الرئيسية', 'أسواق', 'الأسهم', 'الطاقة', 'عقارات', ...navItems(p, p.rng.int(3, 6))], ['lines', 'inline'], [' | ', ' • ']);
  p.gap();
}

function tail(p: Page, a: Article): void {
  p.gap();
  if (p.rng.chance(0.6)) tags(p, a, 'inline');
  print(p, p.rng.pick(['lines', 'inline'] as const));
  share(p, 'inline');
  p.gap();
  commentsSection(p, 3);
  p.gap();
  titleList(p, 'related', { n: [3, 5], teasers: 0.4 });
  p.gap();
  if (p.rng.chance(0.6)) newsletter(p);
  titleList(p, 'mostread', { n: [4, 5], numbered: 'inline' });
  footer(p, p.rng.pick(['lines', 'inline'] as const));
}

export const hadath: Site = {
  id: 'hadath',
  name: 'الحدث الاقتصادي',
  domain: 'alhadath-iqtisadi.com',
  subtitleRate: 0.8,
  listingRate: 0.3,
  style: () => ({ paraGap: [1, 1], blockGap: [1, 2], junkRate: 0.1 }),
  article(p, a) {
    const now = parseWhen(a.rec.date);
    header(p, now);
    sectionLabel(p, sectionOf(p));
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    byline(p, a, ['record', 'record', 'plain', 'kataba']);
    dateLine(p, a.published, now, ['hijriNumeric', 'long', 'iso']);
    readTime(p, a);
    p.gap();
    writeBody(p, a, { inserts: [['caption', 1], ['ad', 1], ['readmore', 2]], rate: 0.15, max: 2 });
    tail(p, a);
  },
  listing(p, items, now) {
    header(p, now);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'after', more: ['التفاصيل', 'المزيد'] });
    footer(p, 'inline');
  },
};
