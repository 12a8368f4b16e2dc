// A TV channel's site: live-stream links, a breaking-news bar with other
// titles, a video player's text, update times "بتوقيت مكة", programme
// schedule, a numbered most-watched list and app links.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, gDate, gapRange, pad2, pullQuote, strayFill, when, writeBody, type Env, type Site,
} from '../kit.js';

const MENU = ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'برامج', 'فيديو', 'جدول البرامج', 'المذيعون', 'تواصل معنا'];
const PROGRAMS = ['نشرة المساء', 'حديث الساعة', 'المشهد', 'نافذة على الخليج', 'الحصاد الرياضي', 'صباح المدار', 'ملف اليوم'];

function header(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('site-name', rng.pick(['قناة المدار', 'المدار | MADAR TV', 'المدار الإخبارية']));
  w.ch('live', rng.pick(['البث المباشر', '● مباشر', 'شاهد البث المباشر', 'LIVE البث الحي']));
  w.gap();
  if (rng.chance(0.6)) for (const m of MENU) w.ch('menu', m);
  else w.ch('menu', MENU.join('  '));
  w.gap();
  if (rng.chance(0.75)) {
    const label = rng.pick(['عاجل', 'عاجل:', 'خبر عاجل', 'BREAKING']);
    const titles = env.pool.titles(rng, rng.int(1, 3));
    if (rng.chance(0.5)) {
      w.ch('breaking', label);
      for (const t of titles) w.ch('breaking', t);
    } else for (const t of titles) w.line(seg(c('breaking'), `${label} ${t}`));
    w.gap();
  }
}

function video(w: PageWriter, env: Env): void {
  const rng = env.rng;
  const dur = `${rng.int(0, 9)}:${pad2(rng.int(5, 59))}`;
  const lines = rng.pick([
    ['تشغيل الفيديو', `00:00 / 0${dur}`],
    [`مدة الفيديو ${dur}`],
    ['▶', dur, 'ملء الشاشة'],
    ['Your browser does not support the video tag.'],
    [`فيديو | ${dur} دقيقة`, 'شاهد التقرير كاملاً'],
  ]);
  for (const l of lines) w.ch('video', l);
  if (rng.chance(0.5)) w.ch('caption', rng.pick(['لقطة من تقرير المدار', 'من التقرير المصور', 'صورة من الفيديو', 'مراسل المدار من موقع الحدث']));
  w.gap();
}

function article(w: PageWriter, env: Env, rec: Rec): void {
  const rng = env.rng;
  const t = when(rec, rng);
  const kicker = rng.chance(0.35) ? rng.pick(['فيديو', 'بالفيديو', 'تقرير', 'مباشر', 'حصري']) : null;
  if (kicker && rng.chance(0.5)) w.line(seg(c('kicker'), `${kicker} |`), ' ', seg('headline', rec.title));
  else {
    if (kicker) w.ch('kicker', kicker);
    w.line(seg('headline', rec.title));
  }
  const txt = articleText(rec, rng.chance(0.5));
  if (txt.subtitle) w.line(seg('subtitle', txt.subtitle));
  w.gap();
  w.ch('update-time', rng.pick([
    `آخر تحديث: ${gDate(t, rng)} - ${pad2(t.hh)}:${pad2(t.mm)} بتوقيت مكة المكرمة`,
    `نشر في: ${gDate(t, rng)} ${pad2(t.hh)}:${pad2(t.mm)} (مكة المكرمة)`,
    `${gDate(t, rng)} | ${pad2(t.hh)}:${pad2(t.mm)} KSA`,
  ]));
  if (rng.chance(0.4)) w.ch('credit', rng.pick(['المدار - متابعات', 'المدار نت', 'المدار - وكالات', `المدار - ${rng.pick(['دبي', 'الرياض', 'القاهرة'])}`]));
  if (rng.chance(0.5)) w.ch('share', rng.pick(['شارك', 'شارك الخبر:  فيسبوك  تويتر  واتساب', 'مشاركة']));
  w.gap();
  if (rng.chance(0.6)) video(w, env);
  const quote = rng.chance(0.25) ? pullQuote(rng, txt.body) : null;
  const alsoAt = rng.chance(0.5) ? rng.int(0, txt.body.length - 2) : -1;
  const tweetAt = rng.chance(0.3) ? rng.int(0, txt.body.length - 2) : -1;
  writeBody(w, txt.body, {
    mode: 'line',
    between: (i) => {
      if (i === alsoAt) {
        w.ch('read-also', `${rng.pick(['شاهد أيضاً: ', '▶ فيديو: ', 'اقرأ أيضاً: '])}${env.pool.titles(rng, 1)[0]}`);
        w.gap();
      }
      if (i === tweetAt) {
        const handle = rng.pick(['MadarNews', 'madar_tv', 'MadarBreaking']);
        w.ch('embed', rng.pick(['#عاجل تغطية مستمرة على شاشة المدار', 'تابعوا التفاصيل في نشرة المساء', 'مراسلنا ينقل آخر التطورات من موقع الحدث']));
        w.ch('embed', `— المدار (@${handle}) ${rng.pick(['July', 'August'])} ${rng.int(1, 28)}, 2015`);
        w.gap();
      }
      if (i === 1 && quote) {
        w.ch('pullquote', `“${quote}”`);
        w.gap();
      }
    },
  });
  w.gap();
}

function tail(w: PageWriter, env: Env): void {
  const rng = env.rng;
  if (rng.chance(0.6)) {
    w.ch('most-read-header', rng.pick(['الأكثر مشاهدة', 'الأكثر قراءة', 'الأكثر تداولاً']));
    env.pool.titles(rng, rng.int(4, 6)).forEach((t, i) => {
      if (rng.chance(0.5)) w.ch('most-read', `${i + 1}. ${t}`);
      else w.line(seg(c('most-read-rank'), String(i + 1)), ' ', seg(c('most-read'), t));
    });
    w.gap();
  }
  if (rng.chance(0.5)) {
    w.ch('schedule-header', rng.pick(['جدول البرامج', 'على الشاشة الآن', 'برامجنا اليوم']));
    let h = rng.int(14, 19);
    for (const p of rng.sample(PROGRAMS, rng.int(2, 4))) w.ch('schedule', `${pad2(h++)}:00 ${p}`);
    w.gap();
  }
  if (rng.chance(0.5)) w.ch('app-links', rng.pick(['حمّل تطبيق المدار', 'App Store | Google Play', 'تطبيق المدار متوفر على App Store و Google Play']));
  w.ch('footer', rng.pick(['عن القناة | اتصل بنا | الترددات | سياسة الخصوصية', 'الترددات  وظائف  أعلن معنا  اتصل بنا']));
  w.ch('copyright', rng.pick(['© 2015 قناة المدار. جميع الحقوق محفوظة', 'جميع الحقوق محفوظة - المدار 2015']));
}

export const tvMadar: Site = {
  id: 'tv-madar',
  outlets: ['aawsat', 'alwatan'],
  perFile: [1, 1, 2, 3],
  style: (rng) => ({ eol: '\n', trailingSpace: 0.1, gap: gapRange(1, rng.int(1, 2)), blankFill: strayFill(0.2) }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    recs.forEach((rec, i) => {
      if (i > 0) {
        w.blank(env.rng.int(1, 2));
        w.boundary();
      }
      header(w, env);
      w.begin(rec);
      article(w, env, rec);
      tail(w, env);
    });
  },
};
