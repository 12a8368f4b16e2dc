// A text-mode browser dump (w3m -dump): "•" bullets, rules, image alt text
// in brackets, form fields, a section front with other stories' teasers,
// and body text wrapped at 80 columns with no margin.

import { c, wrap, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, author, gDate, gapRange, hoursAgo, pad2, pullQuote, tags, when, writeBody, writePara,
  type Env, type Site,
} from '../kit.js';

const MENU = ['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'اقتصاد', 'رياضة', 'تقنية', 'صحة', 'منوعات'];

function header(w: PageWriter, env: Env): void {
  const rng = env.rng;
  const rule = rng.pick(['━'.repeat(40), '─'.repeat(60), '='.repeat(50)]);
  w.ch('image', rng.pick(['[شعار شبكة الصباح]', '[logo]', '[IMG]']));
  w.ch('site-name', rng.pick(['شبكة الصباح الإخبارية', 'الصباح نت']));
  w.ch('search', rng.pick(['[                    ] [بحث]', '[بحث في الموقع      ] [ابحث]']));
  if (rng.chance(0.5)) w.ch('menu', MENU.map((m) => `• ${m}`).join(' '));
  else for (const m of MENU) w.ch('menu', `• ${m}`);
  w.ch('rule', rule);
}

function front(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('listing-header', rng.pick(['أخبار محلية', 'آخر الأخبار', 'الأكثر قراءة اليوم']));
  w.blank(1);
  for (const x of env.pool.teasers(rng, rng.int(3, 6), 40)) {
    if (rng.chance(0.3)) w.ch('image', '[صورة]');
    w.block(c('listing-title'), wrap(x.title, 78));
    w.block(c('teaser'), wrap(x.teaser, 80));
    if (rng.chance(0.5)) w.ch('listing-meta', `${hoursAgo(rng)} | ${rng.pick(['التفاصيل', 'المزيد', 'اقرأ المزيد'])}`);
    w.blank(1);
  }
  w.ch('pagination', rng.pick(['[1] 2 3 4 5 … التالي »', 'الأولى < السابقة 1 2 3 التالية > الأخيرة']));
  w.ch('rule', '─'.repeat(60));
}

export const w3mSabah: Site = {
  id: 'w3m-sabah',
  outlets: ['almadina', 'okaz', 'aawsat'],
  perFile: [2, 3, 3, 4],
  style: () => ({ eol: '\n', trailingSpace: 0.0, gap: gapRange(1, 1), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    header(w, env);
    if (rng.chance(0.6)) front(w, env);
    recs.forEach((rec, i) => {
      const t = when(rec, rng);
      if (i > 0) {
        w.ch('rule', '━'.repeat(40));
        w.ch('copyright', rng.pick(['© 2015 شبكة الصباح الإخبارية', 'جميع الحقوق محفوظة لشبكة الصباح']));
        w.blank(rng.int(1, 3));
        w.boundary();
        header(w, env);
      }
      w.blank(1);
      if (rng.chance(0.6)) w.ch('breadcrumb', `${MENU[0]} › ${rng.pick(MENU.slice(1))}`);
      w.begin(rec);
      w.block('headline', wrap(rec.title, 80));
      w.blank(1);
      const txt = articleText(rec, rng.chance(0.5));
      if (txt.subtitle) {
        writePara(w, 'subtitle', txt.subtitle, { mode: 'wrap', width: 80 });
        w.blank(1);
      }
      w.ch('byline', rng.pick([`${author(rng, rec)} | ${gDate(t, rng)}`, `كتب: ${author(rng, rec)}`, `${pad2(t.d)}-${pad2(t.m)}-${t.y} ${pad2(t.hh)}:${pad2(t.mm)}`]));
      if (rng.chance(0.4)) w.ch('share', rng.pick(['[فيسبوك] [تويتر] [واتساب] [طباعة]', 'مشاركة: [f] [t] [w]']));
      w.blank(1);
      if (rng.chance(0.4)) {
        w.ch('image', rng.pick(['[صورة الخبر]', '[IMG]', '[صورة: أرشيفية]']));
        w.blank(1);
      }
      const quote = rng.chance(0.3) ? pullQuote(rng, txt.body) : null;
      writeBody(w, txt.body, {
        mode: 'wrap',
        width: 80,
        gap: () => w.blank(1),
        between: (k) => {
          if (k === 1 && quote) {
            w.block(c('pullquote'), wrap(`“ ${quote} ”`, 70), '    ');
            w.blank(1);
          }
        },
      });
      w.blank(1);
      if (rng.chance(0.5)) w.ch('tags', `الوسوم: ${tags(rng, rec, ['الصباح', 'أخبار محلية']).map((x) => `[${x}]`).join(' ')}`);
      if (rng.chance(0.6)) {
        w.ch('rule', '─'.repeat(30));
        w.ch('related-header', rng.pick(['مواضيع ذات صلة', 'اقرأ أيضاً']));
        for (const x of env.pool.titles(rng, rng.int(2, 4))) w.block(c('related'), wrap(`• ${x}`, 78), '', '  ');
      }
      if (rng.chance(0.4)) {
        w.blank(1);
        w.ch('poll', rng.pick(['استطلاع الرأي', 'شارك برأيك']));
        w.ch('poll', rng.pick(['هل تتوقع تحسن الخدمات خلال العام المقبل؟', 'ما رأيك في تغطيتنا الإخبارية؟', 'هل تؤيد تمديد الإجازة الصيفية؟']));
        for (const o of rng.pick([['( ) نعم', '( ) لا', '( ) لا أدري'], ['( ) ممتازة', '( ) جيدة', '( ) مقبولة']])) w.ch('poll', o);
        w.ch('poll', '[تصويت] [النتائج]');
      }
      w.blank(1);
    });
    w.ch('rule', '━'.repeat(40));
    w.ch('footer', 'عن الشبكة • اتصل بنا • الخصوصية • خريطة الموقع');
    w.ch('copyright', rng.pick(['© 2015 شبكة الصباح الإخبارية', 'جميع الحقوق محفوظة لشبكة الصباح']));
  },
};
