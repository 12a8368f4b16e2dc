// الراوي: an online-only daily; GMT time stamps, "الراوي من <city>:" glued
// to the first paragraph, send-to-friend tools, comment counters.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { login, logo, nav, navItems, sectionOf } from '../parts/head.js';
import { bylineText, commentCount, print } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { commentsSection, copyright, newsletter, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';
import { chrome } from '../layout.js';
import { CITIES } from '../vocab.js';

function header(p: Page): void {
  logo(p, [['الراوي'], ['الراوي - جريدة إلكترونية يومية'], ['ALRAWI', 'الراوي']]);
  if (p.has('login', 0.5)) login(p);
  nav(p, 'nav', () => navItems(p, p.rng.int(6, 9), ['الرئيسية', 'أخبار']), ['inline'], [' ', '  ']);
  p.gap();
}

function tail(p: Page, now: When): void {
  p.gap();
  print(p, 'inline');
  titleList(p, 'related', { n: [3, 5], bullet: p.rng.pick(['', '» ']) });
  p.gap();
  commentsSection(p, p.rng.pick([0, 1]));
  if (p.rng.chance(0.5)) newsletter(p);
  titleList(p, 'latest', { n: [3, 4], dates: 'inline', now });
  copyright(p);
}

export const rawi: Site = {
  id: 'rawi',
  name: 'الراوي',
  domain: 'alrawi.net',
  subtitleRate: 0.6,
  listingRate: 0.3,
  style: (rng) => ({ paraGap: [1, 1], blockGap: [1, 1], trailRate: rng.chance(0.5) ? 0.2 : 0 }),
  article(p, a: Article) {
    const now = parseWhen(a.rec.date);
    header(p);
    p.c('section', sectionOf(p));
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    if (p.rng.chance(0.5)) p.c('byline', bylineText(p, a, ['plain', 'record']));
    dateLine(p, a.published, now, ['gmt']);
    if (p.rng.chance(0.6)) commentCount(p);
    p.gap();
    const glue = p.rng.chance(0.55) ? chrome('byline', `الراوي من ${p.rng.pick(CITIES)}:`) : undefined;
    writeBody(p, a, { inserts: [['readmore', 1], ['tweet', 1]], rate: 0.15, max: 1, ...(glue ? { glueStart: glue } : {}) });
    tail(p, now);
  },
  listing(p, items, now) {
    header(p);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'after', more: ['أكمل القراءة'] });
    copyright(p);
  },
};
