// وكالة أنباء الواحة: a news agency; language switch, dateline
// "المدينة التاريخ الموافق ... واحة" often glued to the first paragraph,
// end marks //انتهى// and operator codes.
import type { Article, Page, Site } from '../kit.js';
import { MONTHS_MSA, hijriLong, parseWhen, pad2, type When } from '../dates.js';
import { logo, nav, navItems, sectionOf } from '../parts/head.js';
import { print } from '../parts/meta.js';
import { writeBody } from '../parts/body.js';
import { copyright, titleList } from '../parts/tail.js';
import { chrome } from '../layout.js';
import { CITIES } from '../vocab.js';

function header(p: Page): void {
  logo(p, [['وكالة أنباء الواحة', 'Oasis News Agency'], ['وكالة أنباء الواحة'], ['الواحة', 'وكالة أنباء']]);
  nav(p, 'lang', () => p.rng.pick([['English', 'Français', 'العربية'], ['EN', 'FR', 'ع'], ['عربي', 'English']]), ['inline'], [' | ', '  ']);
  nav(p, 'nav', () => navItems(p, p.rng.int(5, 8), ['الرئيسية']), ['inline', 'lines'], [' | ']);
  p.gap();
}

function datelineText(p: Page, w: When): string {
  const city = p.rng.pick(CITIES.slice(0, 15));
  return p.rng.pick([
    `${city} ${hijriLong(w)} الموافق ${w.d} ${MONTHS_MSA[w.m - 1]} ${w.y} م واحة`,
    `${city} ${pad2(w.d)}-${pad2(w.m)}-${w.y} (واحة) -`,
    `${city} - واحة:`,
  ]);
}

function endMarks(p: Page): void {
  p.oneOf([
    [() => p.cs('agency', ['//انتهى//', `${pad2(p.rng.int(0, 23))}:${pad2(p.rng.int(0, 59))} ت م`]), 2],
    [() => p.c('agency', '//انتهى//'), 2],
    [() => p.cs('agency', ['ع.م/أ.ح', 'واحة']), 1],
    [() => p.c('agency', `${p.rng.pick(['ع ص', 'س ع', 'ف ق'])}/${p.rng.pick(['م ن', 'ر ب', 'ح ع'])}`), 1],
  ]);
}

export const wahat: Site = {
  id: 'wahat',
  name: 'وكالة أنباء الواحة',
  domain: 'oasis-news-agency.org',
  subtitleRate: 0,
  listingRate: 0.3,
  style: () => ({ paraGap: [1, 1], blockGap: [1, 1] }),
  article(p, a: Article) {
    const now = parseWhen(a.rec.date);
    header(p);
    p.headline(a.headline);
    p.gap(p.rng.int(0, 1));
    const glued = p.rng.chance(0.5);
    const dl = datelineText(p, a.published);
    if (!glued) p.c('byline', dl);
    writeBody(p, a, glued ? { glueStart: chrome('byline', dl) } : {});
    endMarks(p);
    p.gap();
    if (p.rng.chance(0.6)) print(p, 'inline');
    titleList(p, 'related', { n: [3, 5], dates: 'own-line', now });
    p.gap();
    copyright(p);
  },
  listing(p, items, now) {
    header(p);
    p.c('listing', sectionOf(p));
    for (const it of items) {
      p.c('listing', `${pad2(it.published.hh)}:${pad2(it.published.mm)}`);
      p.c('listing', it.title);
    }
    p.gap();
    p.c('date', `${now.d}/${now.m}/${now.y}`);
    copyright(p);
  },
};
