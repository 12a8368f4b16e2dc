// ميدان الرياضة: a sports site; scores bar, club menu, videos and photo
// galleries in the body, most-read list, comments.
import type { Article, Page, Site } from '../kit.js';
import { parseWhen, type When } from '../dates.js';
import { logo, nav, sectionOf } from '../parts/head.js';
import { byline, commentCount, share, views } from '../parts/meta.js';
import { dateLine } from '../parts/dates.js';
import { writeBody } from '../parts/body.js';
import { commentsSection, copyright, tags, titleList } from '../parts/tail.js';
import { listingBody } from '../parts/listing.js';
import { TEAMS } from '../vocab.js';

function scores(p: Page): void {
  const n = p.rng.int(2, 4);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = p.rng.sample(TEAMS, 2);
    lines.push(`${a} ${p.rng.int(0, 4)} - ${p.rng.int(0, 4)} ${b}`);
  }
  if (p.rng.chance(0.5)) p.c('scores', p.rng.pick(['النتائج', 'نتائج المباريات', 'مباريات اليوم']));
  p.items('scores', lines, p.rng.pick(['lines', 'inline'] as const), '   |   ');
}

function header(p: Page): void {
  logo(p, [['ميدان الرياضة'], ['ميدان'], ['MIDAN SPORT']]);
  nav(p, 'nav', () => ['الرئيسية', 'الدوري', 'المنتخب', ...p.rng.sample(TEAMS, p.rng.int(3, 6)), 'عالمية', 'فيديو'], ['lines', 'inline'], [' ', ' | ']);
  scores(p);
  p.gap();
}

function tail(p: Page, a: Article, now: When): void {
  p.gap();
  tags(p, a, p.rng.pick(['inline', 'lines'] as const));
  share(p, 'inline');
  p.gap();
  titleList(p, 'mostread', { n: [4, 6], numbered: p.rng.pick(['inline', 'own-line'] as const) });
  p.gap();
  commentsSection(p, p.rng.pick([0, 1, 2]));
  titleList(p, 'latest', { n: [3, 4], dates: 'inline', now });
  copyright(p);
}

export const midan: Site = {
  id: 'midan',
  name: 'ميدان الرياضة',
  domain: 'midan-sport.com',
  subtitleRate: 0.6,
  listingRate: 0.3,
  style: (rng) => ({ paraGap: rng.chance(0.5) ? [1, 1] : [2, 2], blockGap: [1, 1], trailRate: 0.1 }),
  article(p, a) {
    const now = parseWhen(a.rec.date);
    header(p);
    p.c('section', p.rng.pick(['الدوري السعودي', 'محلية', 'عربية', 'عالمية', 'كرة القدم', sectionOf(p)]));
    p.headline(a.headline);
    if (a.subtitle) p.subtitle(a.subtitle);
    byline(p, a, ['kataba', 'record', 'name-city']);
    dateLine(p, a.published, now, ['relative', 'long', 'numeric12']);
    if (p.rng.chance(0.5)) views(p);
    if (p.rng.chance(0.5)) commentCount(p);
    p.gap();
    writeBody(p, a, { inserts: [['video', 2], ['gallery', 3], ['tweet', 1], ['ad', 1]], rate: 0.35, max: 2 });
    tail(p, a, now);
  },
  listing(p, items, now) {
    header(p);
    listingBody(p, items, { section: 'الدوري السعودي', now, dates: 'before' });
    copyright(p);
  },
};
