// مرصد الأطلس: a Maghreb news site; Maghrebi month names, a photo on top
// of the article, numbered reader comments, French menu items.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { logo, nav, navItems, search, sectionOf } from '../parts/head.js';
import { share, views } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { caption, writeBody } from '../parts/body.js';
import { commentsSection, copyright, follow, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';
import { personName } from '../parts/head.js';

function header(p: Page, now: When): void {
  logo(p, [['مرصد الأطلس'], ['مرصد الأطلس | جريدة إلكترونية'], ['Marsad Atlas']]);
  dateLine(p, now, now, ['maghreb']);
  nav(p, 'nav', () => [...navItems(p, p.rng.int(6, 9), ['الرئيسية']), 'Français'], ['lines', 'inline'], [' ', '  ']);
  if (p.has('search', 0.5)) search(p);
  p.gap();
}

function tail(p: Page, now: When): void {
  p.gap();
  titleList(p, 'related', { n: [3, 4], dates: 'own-line', now });
  p.gap();
  commentsSection(p, 3);
  p.gap();
  if (p.rng.chance(0.5)) follow(p, 'lines');
  copyright(p);
}

export const marsad: Site = {
  id: 'marsad',
  name: 'مرصد الأطلس',
  domain: 'marsad-atlas.ma',
  subtitleRate: 0.3,
  listingRate: 0.3,
  style: (rng) => ({ paraGap: [1, 1], blockGap: [1, 1], rlm: rng.chance(0.5) ? 0.3 : 0, chromeGap: rng.chance(0.5) ? 1 : 0 }),
  article(p, a: Article) {
    const now = parseWhen(a.rec.date);
    header(p, now);
    if (p.rng.chance(0.6)) caption(p);
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    p.c('byline', p.rng.pick([`مرصد الأطلس - ${personName(p)}`, personName(p), `مرصد الأطلس من ${p.rng.pick(['الرباط', 'الدار البيضاء', 'مراكش', 'طنجة'])}`, 'مرصد الأطلس']));
    dateLine(p, a.published, now, ['maghreb', 'relative']);
    if (p.rng.chance(0.5)) views(p);
    share(p, 'inline', false);
    p.gap();
    writeBody(p, a, { inserts: [['caption', 1], ['video', 1], ['readmore', 1]], rate: 0.1, max: 1 });
    tail(p, now);
  },
  listing(p, items, now) {
    header(p, now);
    listingBody(p, items, { section: sectionOf(p), now, dates: 'after' });
    copyright(p);
  },
};
