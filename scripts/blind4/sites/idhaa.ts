// الإذاعة العالمية - عربي: a public broadcaster's Arabic site; skip link,
// Levantine month names, bold intros, Image copyright / Image caption lines.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { logo, nav, navItems, sectionOf } from '../parts/head.js';
import { share } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';

function header(p: Page): void {
  p.c('nav', p.rng.pick(['تخطى إلى المحتوى', 'انتقل إلى المحتوى الرئيسي', 'Skip to content']));
  logo(p, [['الإذاعة العالمية', 'عربي'], ['الإذاعة العالمية - عربي']]);
  nav(p, 'nav', () => navItems(p, p.rng.int(5, 8), ['الرئيسية', 'أخبار']), ['lines']);
  p.gap();
}

function footerBlock(p: Page): void {
  p.cs('footer', p.rng.sample(['شروط الاستخدام', 'عن الإذاعة العالمية', 'سياسة الخصوصية', 'ملفات تعريف الارتباط', 'اتصل بنا', 'المساعدة'], p.rng.int(3, 6)));
  p.c('footer', '© 2015 الإذاعة العالمية. الإذاعة العالمية ليست مسؤولة عن محتوى المواقع الخارجية.');
}

function tail(p: Page, now: When): void {
  p.gap();
  share(p, 'lines', false);
  p.gap();
  p.c('related', p.rng.pick(['المزيد حول هذه القصة', 'قصص ذات صلة']));
  p.cs('related', p.pools.distinctTitles(p.rng.int(2, 4)));
  p.gap();
  titleList(p, 'mostread', { n: [5, 8], numbered: 'own-line' });
  p.gap();
  if (p.rng.chance(0.5)) titleList(p, 'latest', { n: [3, 4], dates: 'own-line', now });
  footerBlock(p);
}

export const idhaa: Site = {
  id: 'idhaa',
  name: 'الإذاعة العالمية',
  domain: 'world-radio-arabic.com',
  subtitleRate: 0.9,
  listingRate: 0.25,
  style: () => ({ paraGap: [1, 1], blockGap: [1, 1] }),
  article(p, a: Article) {
    const now = parseWhen(a.rec.date);
    header(p);
    p.headline(a.headline);
    dateLine(p, a.published, now, ['levant', 'relative']);
    if (p.rng.chance(0.6)) p.c('share', p.rng.pick(['شارك هذه القصة عن', 'شارك هذه القصة', 'Share this']));
    p.gap();
    if (a.subtitle) {
      p.subtitle(a.subtitle);
      p.paraGap();
    }
    if (p.rng.chance(0.5)) {
      p.cs('caption', [`Image copyright ${p.rng.pick(['Reuters', 'AFP', 'Getty Images', 'EPA', 'AP'])}`, `Image caption ${p.rng.pick(['صورة أرشيفية', 'جانب من الحدث', 'من موقع الحدث'])}`]);
      p.paraGap();
    }
    writeBody(p, a, { inserts: [['caption', 3], ['readmore', 1]], rate: 0.2, max: 2 });
    tail(p, now);
  },
  listing(p, items, now) {
    header(p);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'after' });
    footerBlock(p);
  },
};
