// الشرق الجديد: an international daily printed in London; issue line with
// Hijri and Gregorian dates, decks under headlines, print/email in English.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { logo, nav, navItems, sectionOf } from '../parts/head.js';
import { byline, print, sectionLabel } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { copyright, footer, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';

function header(p: Page, now: When): void {
  logo(p, [['الشرق الجديد', 'صحيفة العرب الدولية'], ['الشرق الجديد'], ['ALSHARQ ALJADEED', 'الشرق الجديد']]);
  dateLine(p, now, now, ['issue']);
  if (p.rng.chance(0.5)) p.inline('login', ['دخول', 'اشترك'], ' | ');
  nav(p, 'nav', () => navItems(p, p.rng.int(7, 11), ['الرئيسية']), ['inline'], ['  ', ' | ']);
  p.gap();
}

function tail(p: Page, a: Article): void {
  p.gap();
  if (p.rng.chance(0.5)) p.c('print', p.rng.pick(['نسخة للطباعة Send by email', 'Print | Email', 'طباعة | إرسال بالبريد']));
  titleList(p, 'related', { n: [2, 5], spaced: p.rng.chance(0.4) });
  p.gap();
  if (p.rng.chance(0.5)) titleList(p, 'mostread', { n: [5, 5], numbered: 'inline' });
  if (p.rng.chance(0.5)) {
    footer(p, p.rng.pick(['lines', 'inline'] as const));
  } else {
    copyright(p);
  }
  if (a.rec.author && p.rng.chance(0.2)) p.c('footer', 'الشرق الجديد - لندن');
}

export const sharq: Site = {
  id: 'sharq',
  name: 'الشرق الجديد',
  domain: 'alsharq-aljadeed.co.uk',
  subtitleRate: 0.9,
  listingRate: 0.25,
  style: (rng) => ({ paraGap: [1, 1], blockGap: [1, 2], junkRate: rng.chance(0.5) ? 0.3 : 0, chromeGap: rng.chance(0.3) ? 1 : 0 }),
  article(p, a) {
    const now = parseWhen(a.rec.date);
    header(p, now);
    sectionLabel(p, sectionOf(p));
    p.headline(a.headline);
    if (a.subtitle) {
      p.gap(p.rng.int(0, 1));
      p.subtitle(a.subtitle);
    }
    p.gap(p.rng.int(0, 1));
    byline(p, a, ['city-colon', 'record', 'record']);
    if (p.rng.chance(0.6)) dateLine(p, a.published, now, ['hijri+greg', 'long']);
    if (p.rng.chance(0.3)) print(p, 'inline');
    p.gap();
    writeBody(p, a, { inserts: [['caption', 2], ['readmore', 1]], rate: 0.12, max: 1 });
    tail(p, a);
  },
  listing(p, items, now) {
    header(p, now);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'none', more: ['التفاصيل'] });
    copyright(p);
  },
};
