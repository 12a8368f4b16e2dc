// منصة الخبر: a pan-Arab TV channel site; English bits, "آخر تحديث" line,
// embedded tweets and videos, Advertisement labels.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { logo, nav, navItems, sectionOf, ticker } from '../parts/head.js';
import { font, share } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { apps, copyright, footer, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';
import { CITIES } from '../vocab.js';

function header(p: Page): void {
  logo(p, [['منصة الخبر'], ['Al Khabar Platform'], ['منصة الخبر | الصفحة الرئيسية']]);
  nav(p, 'lang', () => p.rng.pick([['AR', 'EN'], ['عربي', 'English', 'فارسی'], ['English']]), ['inline'], [' | ']);
  nav(p, 'nav', () => navItems(p, p.rng.int(6, 9), ['الرئيسية', 'مباشر']), ['inline'], [' ', '  ', ' • ']);
  if (p.rng.chance(0.6)) ticker(p, 2, true);
  p.gap();
}

function tail(p: Page, now: When): void {
  p.gap();
  titleList(p, 'related', { n: [3, 4], teasers: 0.5 });
  p.gap();
  titleList(p, 'mostread', { n: [4, 6], numbered: 'own-line' });
  p.gap();
  if (p.rng.chance(0.4)) titleList(p, 'latest', { n: [3, 5], dates: 'own-line', now });
  if (p.rng.chance(0.5)) apps(p);
  footer(p, 'inline');
  if (p.rng.chance(0.3)) copyright(p);
}

export const minassa: Site = {
  id: 'minassa',
  name: 'منصة الخبر',
  domain: 'alkhabar-platform.net',
  subtitleRate: 0.6,
  listingRate: 0.2,
  style: (rng) => ({ paraGap: [1, 1], blockGap: [1, 1], trailRate: rng.chance(0.3) ? 0.5 : 0, chromeGap: rng.chance(0.3) ? 1 : 0 }),
  article(p, a: Article) {
    const now = parseWhen(a.rec.date);
    header(p);
    if (p.rng.chance(0.5)) p.c('section', sectionOf(p));
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    p.c('byline', `${p.rng.pick(CITIES)} - منصة الخبر`);
    dateLine(p, a.published, now, ['updated', 'english']);
    if (p.rng.chance(0.3)) font(p);
    share(p, 'inline');
    p.gap();
    writeBody(p, a, { inserts: [['ad', 2], ['tweet', 2], ['video', 1], ['readmore', 1], ['gallery', 1]], rate: 0.3, max: 2 });
    tail(p, now);
  },
  listing(p, items, now) {
    header(p);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'before' });
    footer(p, 'inline');
  },
};
