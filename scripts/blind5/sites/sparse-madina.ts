// A site whose pages were saved with many empty lines: every element on its
// own line with two to six blank lines between, stray spaces and tabs on the
// empty lines, CRLF endings and trailing spaces.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, author, clock, COMMENT_TEXTS, gDate, gapRange, hDate, HANDLES, hoursAgo, strayFill, tags, thousands,
  when, writeBody, type Env, type Site,
} from '../kit.js';

const MENU = ['الرئيسية', 'أخبار', 'المدينة', 'تحقيقات', 'حوارات', 'رأي', 'صور', 'فيديو', 'اتصل بنا'];

export const sparseMadina: Site = {
  id: 'sparse-madina',
  outlets: ['alwatan', 'alyaum', 'okaz'],
  perFile: [1, 2, 2, 3],
  style: (rng) => ({
    eol: rng.chance(0.7) ? '\r\n' : '\n',
    trailingSpace: 0.35,
    gap: gapRange(2, rng.int(4, 6)),
    blankFill: strayFill(0.35),
  }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    recs.forEach((rec, i) => {
      const t = when(rec, rng);
      if (i > 0) w.boundary();
      w.gap();
      w.ch('site-name', rng.pick(['نبض المدينة', 'صحيفة نبض المدينة الإلكترونية']));
      w.gap();
      if (rng.chance(0.6)) {
        w.ch('date', `${hDate(t, rng)}`);
        w.gap();
        w.ch('date', `${gDate(t, rng)}`);
        w.gap();
      }
      if (rng.chance(0.4)) {
        w.ch('login', rng.pick(['دخول', 'تسجيل جديد', 'دخول الأعضاء']));
        w.gap();
      }
      for (const m of MENU) {
        w.ch('menu', m);
        w.blank(rng.int(1, 3));
      }
      w.gap();
      if (rng.chance(0.6)) {
        w.ch('breaking', rng.pick(['عاجل', 'شريط الأخبار', 'آخر الأخبار']));
        w.gap();
        for (const x of env.pool.titles(rng, rng.int(2, 4))) {
          w.ch('breaking', x);
          w.blank(rng.int(1, 2));
        }
        w.gap();
      }
      w.begin(rec);
      if (rng.chance(0.5)) {
        w.ch('section', rng.pick(['أخبار', 'المدينة', 'تحقيقات', 'رأي']));
        w.gap();
      }
      w.line(seg('headline', rec.title));
      w.gap();
      const txt = articleText(rec, rng.chance(0.5));
      if (txt.subtitle) {
        w.line(seg('subtitle', txt.subtitle));
        w.gap();
      }
      w.ch('byline', author(rng, rec));
      w.blank(rng.int(1, 3));
      w.ch('date', rng.pick([`${gDate(t, rng)} - ${clock(t, rng)}`, hoursAgo(rng)]));
      w.blank(rng.int(1, 3));
      if (rng.chance(0.6)) {
        w.ch('views', `${thousands(rng.int(20, 5000))} ${rng.pick(['مشاهدة', 'قراءة', 'زيارة'])}`);
        w.gap();
      }
      if (rng.chance(0.5)) {
        for (const s of ['فيسبوك', 'تويتر', 'واتساب', 'طباعة']) {
          w.ch('share', s);
          w.blank(rng.int(0, 2));
        }
        w.gap();
      }
      writeBody(w, txt.body, { mode: 'line' });
      w.gap();
      if (rng.chance(0.6)) {
        w.ch('tags', rng.pick(['الكلمات المفتاحية', 'وسوم']));
        w.blank(rng.int(1, 2));
        for (const x of tags(rng, rec, ['نبض المدينة', 'محليات'])) {
          w.ch('tags', x);
          w.blank(rng.int(0, 2));
        }
        w.gap();
      }
      if (rng.chance(0.5)) {
        w.ch('comments-header', rng.pick(['التعليقات', 'أضف تعليقك', 'شاركنا رأيك']));
        w.gap();
        for (let k = rng.int(1, 3); k > 0; k--) {
          w.ch('commenter', rng.pick(HANDLES));
          w.blank(rng.int(1, 2));
          w.ch('comment', rng.pick(COMMENT_TEXTS));
          w.gap();
        }
      }
      if (rng.chance(0.6)) {
        w.ch('related-header', rng.pick(['أخبار متعلقة', 'اقرأ أيضا']));
        w.gap();
        for (const x of env.pool.titles(rng, rng.int(2, 4))) {
          w.ch('related', x);
          w.blank(rng.int(1, 3));
        }
      }
      w.gap();
      if (rng.chance(0.5)) {
        w.ch('follow-us', rng.pick(['تابعونا', 'تابعنا على']));
        w.blank(1);
        for (const s of rng.sample(['فيسبوك', 'تويتر', 'يوتيوب', 'انستقرام', 'سناب شات'], 3)) w.line(seg(c('follow-us'), s));
        w.gap();
      }
      w.ch('copyright', rng.pick(['جميع الحقوق محفوظة لصحيفة نبض المدينة 2015 ©', 'نبض المدينة © 2015', 'تصميم وتطوير: شركة الحلول الرقمية']));
      w.gap();
    });
  },
};
