// A national daily: masthead with Hijri/Gregorian date, a menu, breadcrumb,
// section label, byline and counters, share/font/print widgets, in-body
// «read also» and ads, tags, related titles, comments and a long footer.
// Several full pages of the site may be saved one after another.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, author, clock, COMMENT_TEXTS, emptyFill, gDate, gapRange, hDate, HANDLES, hoursAgo, person,
  pullQuote, tags, thousands, when, WEEKDAYS, writeBody, type Env, type Site,
} from '../kit.js';

const MENU = ['الرئيسية', 'محليات', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'كتاب وآراء', 'منوعات', 'ملفات', 'الأرشيف'];
const SECTIONS = ['محليات', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'منوعات', 'دولي', 'المناطق'];

function header(w: PageWriter, env: Env, rec: Rec, section: string): void {
  const rng = env.rng;
  const t = when(rec, rng);
  if (rng.chance(0.4)) w.ch('login', rng.pick(['تسجيل الدخول', 'دخول | اشتراك', 'حسابي', 'اشترك الآن في النسخة الرقمية']));
  w.ch('site-name', rng.pick(['الواحة', 'صحيفة الواحة', 'الواحة | صحيفة يومية']));
  if (rng.chance(0.7)) w.ch('slogan', rng.pick(['صحيفة يومية سياسية شاملة', 'من قلب الوطن إلى العالم', 'الخبر كما هو']));
  w.ch('date', rng.chance(0.5) ? `${WEEKDAYS[t.wd]} ${hDate(t, rng)} - ${gDate(t, rng)}` : `${hDate(t, rng)} الموافق ${gDate(t, rng)}م`);
  w.gap();
  if (rng.chance(0.5)) for (const m of MENU) w.ch('menu', m);
  else w.ch('menu', MENU.join(rng.pick(['  ', ' | ', ' - ', '   '])));
  if (rng.chance(0.3)) w.ch('search', rng.pick(['بحث', 'ابحث في الواحة...', 'البحث المتقدم']));
  w.gap();
  if (rng.chance(0.8)) {
    const crumbs = ['الرئيسية', section];
    if (rng.chance(0.35)) crumbs.push(rec.title.length > 40 ? `${rec.title.slice(0, 38)}...` : rec.title);
    w.ch('breadcrumb', crumbs.join(rng.pick([' » ', ' > ', ' / ', ' ‹ '])));
  }
}

function articleTop(w: PageWriter, env: Env, rec: Rec, section: string): void {
  const rng = env.rng;
  const t = when(rec, rng);
  if (rng.chance(0.5)) w.ch('section', section);
  if (rng.chance(0.15)) w.ch('kicker', rng.pick(['حصري', 'عاجل', 'تقرير', 'خاص']));
  w.line(seg('headline', rec.title));
  const txt = articleText(rec, rng.chance(0.7));
  if (txt.subtitle) {
    w.gap();
    w.line(seg('subtitle', txt.subtitle));
  }
  w.gap();
  const by = author(rng, rec);
  if (rng.chance(0.5)) {
    const city = rng.pick(['الرياض', 'جدة', 'الدمام', 'مكة المكرمة', 'أبها']);
    const plain = !/[-:–ـ]/.test(by);
    w.ch('byline', plain ? rng.pick([by, `${city} - ${by}`, `بقلم: ${by}`, `${by} - من ${city}`, `من ${city}: ${by}`]) : by);
    w.ch('date', `${gDate(t, rng)} ${clock(t, rng)}`);
  } else {
    w.line(seg(c('byline'), by), rng.pick(['  ', '\t', '    ']), seg(c('date'), `${gDate(t, rng)} - ${clock(t, rng)}`));
  }
  if (rng.chance(0.6)) w.ch('views', rng.pick(['عدد القراءات: ', 'قراءات ', 'المشاهدات: ']) + thousands(rng.int(40, 25000)));
  if (rng.chance(0.5)) w.ch('comments-count', rng.pick([`التعليقات (${rng.int(0, 9)})`, `${rng.int(0, 30)} تعليق`, 'أضف تعليقاً']));
  if (rng.chance(0.6)) {
    if (rng.chance(0.5)) w.ch('share', rng.pick(['شارك: فيسبوك تويتر واتساب', 'مشاركة الخبر', 'شارك هذا الخبر']));
    else for (const s of rng.sample(['فيسبوك', 'تويتر', 'واتساب', 'لينكدإن', 'البريد', 'تيليجرام'], rng.int(3, 5))) w.ch('share', s);
  }
  if (rng.chance(0.4)) w.ch('font-size', rng.pick(['حجم الخط: أ+ أ-', 'A+ A-', 'تكبير الخط | تصغير الخط']));
  if (rng.chance(0.3)) w.ch('print', rng.pick(['طباعة', 'طباعة | إرسال', 'أرسل لصديق']));
  w.gap();
  if (rng.chance(0.45)) {
    w.ch('caption', rng.pick(['صورة أرشيفية', 'من الحدث', 'جانب من اللقاء', 'لقطة من الموقع', 'صورة تعبيرية']) +
      (rng.chance(0.5) ? ` (تصوير: ${person(rng)})` : ''));
    w.gap();
  }
  const quote = rng.chance(0.3) ? pullQuote(rng, txt.body) : null;
  const readAlso = rng.chance(0.5) ? rng.int(0, txt.body.length - 2) : -1;
  const ad = rng.chance(0.4) ? rng.int(0, txt.body.length - 2) : -1;
  const galleryAt = rng.chance(0.35) ? rng.int(0, txt.body.length - 2) : -1;
  writeBody(w, txt.body, {
    mode: 'line',
    spaces: rng.chance(0.25) ? rng.pick(['nbsp', 'double'] as const) : undefined,
    between: (i) => {
      if (i === readAlso) {
        w.ch('read-also', `${rng.pick(['اقرأ أيضاً: ', 'اقرأ أيضا: ', 'اقرأ أيضاً| '])}${env.pool.titles(rng, 1)[0]}`);
        w.gap();
      }
      if (i === ad) {
        w.ch('ad', rng.pick(['إعلان', '- إعلان -', 'مساحة إعلانية', 'Advertisement']));
        w.gap();
      }
      if (i === galleryAt) {
        const n = rng.int(4, 15);
        w.ch('gallery', rng.pick([`معرض الصور (1/${n})`, `ألبوم: ${n} صور`, `الصورة 1 من ${n}`]));
        if (rng.chance(0.6)) w.ch('gallery', rng.pick(['السابق   التالي', '‹ السابقة | التالية ›', 'عرض جميع الصور']));
        w.gap();
      }
      if (i === 0 && quote) {
        w.ch('pullquote', rng.pick([`«${quote}»`, quote, `"${quote}"`]));
        w.gap();
      }
    },
  });
}

function tail(w: PageWriter, env: Env, rec: Rec): void {
  const rng = env.rng;
  w.gap();
  if (rng.chance(0.6)) w.ch('tags', `${rng.pick(['الكلمات الدالة: ', 'وسوم: ', 'الوسوم: '])}${tags(rng, rec, ['المملكة', 'أخبار', 'السعودية', 'محليات']).join(rng.pick(['، ', ' - ', ' , ']))}`);
  if (rng.chance(0.7)) {
    w.gap();
    w.ch('related-header', rng.pick(['أخبار ذات صلة', 'موضوعات ذات صلة', 'اقرأ في الواحة أيضاً']));
    for (const t of env.pool.titles(rng, rng.int(3, 5))) w.ch('related', rng.chance(0.5) ? `- ${t}` : t);
  }
  if (rng.chance(0.5)) {
    w.gap();
    const n = rng.int(1, 4);
    w.ch('comments-header', rng.pick([`التعليقات (${n})`, 'تعليقات القراء', `${n} تعليقات`]));
    for (let i = 0; i < n; i++) {
      w.ch('commenter', `${rng.pick(HANDLES)}${rng.chance(0.5) ? ` - ${hoursAgo(rng)}` : ''}`);
      w.ch('comment', rng.pick(COMMENT_TEXTS));
      if (rng.chance(0.4)) w.ch('comment-meta', rng.pick(['رد', 'إبلاغ', `أعجبني (${rng.int(0, 40)})`]));
    }
    w.ch('comments-form', rng.pick(['أضف تعليقك', 'اكتب تعليقك هنا', 'الاسم | البريد الإلكتروني | التعليق | إرسال']));
  }
  w.gap();
  if (rng.chance(0.2)) {
    w.ch('poll', rng.pick(['استفتاء الواحة', 'شارك في الاستفتاء', 'رأيك يهمنا']));
    w.ch('poll', rng.pick(['هل أنت راضٍ عن الخدمات البلدية في حيّك؟', 'هل تؤيد تطبيق الدوام المرن؟', 'ما تقييمك لأداء المنتخب؟']));
    const opts = rng.pick([['نعم', 'لا', 'إلى حد ما'], ['ممتاز', 'جيد', 'ضعيف']]);
    if (rng.chance(0.5)) for (const o of opts) w.ch('poll', o);
    else w.ch('poll', opts.map((o) => `${o} ${rng.int(5, 70)}%`).join('  '));
    w.ch('poll', rng.pick(['تصويت', 'صوّت الآن', 'عرض النتائج']));
  }
  if (rng.chance(0.5)) w.ch('follow-us', rng.pick(['تابعونا على', 'تابع الواحة على شبكات التواصل', 'Follow us']));
  const foot = ['من نحن', 'اتصل بنا', 'أعلن معنا', 'سياسة الخصوصية', 'شروط الاستخدام', 'الاشتراكات'];
  if (rng.chance(0.5)) w.ch('footer', foot.join(rng.pick([' | ', '  ', ' - '])));
  else for (const f of foot) w.ch('footer', f);
  w.ch('copyright', rng.pick(['© جميع الحقوق محفوظة لصحيفة الواحة 2015', 'جميع الحقوق محفوظة © الواحة', 'Copyright © 2015 Alwaha. All rights reserved.']));
}

export const dailyWaha: Site = {
  id: 'daily-waha',
  outlets: ['alriyadh', 'okaz'],
  perFile: [1, 1, 2, 2, 3],
  style: () => ({ eol: '\n', trailingSpace: 0.05, gap: gapRange(0, 1), blankFill: emptyFill }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    recs.forEach((rec, i) => {
      if (i > 0) w.boundary();
      const section = rng.pick(SECTIONS);
      header(w, env, rec, section);
      w.begin(rec);
      articleTop(w, env, rec, section);
      tail(w, env, rec);
      if (i < recs.length - 1) w.blank(rng.int(0, 2));
    });
  },
};
