// A wire agency: language switcher, terse menu, a "latest" list with times,
// category and timestamp lines, a dateline often glued to the first
// paragraph, agency end marks and desk codes. Pages are saved in batches.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, clock, eastern, gDate, gapRange, hDate, MONTHS_EG, MONTHS_HIJRI, pad2, when, writeBody,
  placeOf, type Env, type Site, type When,
} from '../kit.js';

const NAMES = ['وكالة أنباء الخليج', 'خليج برس', 'وكالة أنباء الخليج (خليج برس)'];
const CATS = ['عام', 'محليات', 'دولي', 'اقتصادي', 'رياضي', 'ثقافي', 'سياسي'];

function agencyDate(t: When, env: Env): string {
  const rng = env.rng;
  return rng.pick([
    `${hDate(t, rng)} الموافق ${gDate(t, rng)} م`,
    `${t.hy}/${pad2(t.hm)}/${pad2(t.hd)} هـ الموافق ${t.y}/${pad2(t.m)}/${pad2(t.d)} م`,
    `${pad2(t.d)}/${pad2(t.m)}/${t.y} ${pad2(t.hh)}:${pad2(t.mm)} GMT`,
    `${t.y}-${pad2(t.m)}-${pad2(t.d)} | ${clock(t, rng)}`,
  ]);
}

function masthead(w: PageWriter, env: Env): void {
  const rng = env.rng;
  if (rng.chance(0.7)) w.ch('language', rng.pick(['English | Français | العربية', 'EN | FR | عربي', 'English  Français  فارسي', 'English']));
  w.ch('site-name', rng.pick(NAMES));
  if (rng.chance(0.5)) w.ch('slogan', rng.pick(['وكالة الأنباء الرسمية', 'مصدرك الموثوق للخبر', 'Gulf News Agency']));
  const menu = ['الرئيسية', 'محلي', 'دولي', 'اقتصاد', 'رياضة', 'صور', 'فيديو', 'أرشيف الأخبار'];
  w.ch('menu', menu.join(rng.pick([' - ', ' | ', '  ', ' • '])));
  w.gap();
}

function latest(w: PageWriter, env: Env, t: When): void {
  const rng = env.rng;
  w.ch('latest-header', rng.pick(['آخر الأخبار', 'الأخبار العاجلة', 'أحدث ما نشر', 'شريط الأخبار']));
  let h = t.hh;
  let m = t.mm;
  for (const title of env.pool.titles(rng, rng.int(4, 9))) {
    m -= rng.int(3, 40);
    while (m < 0) {
      m += 60;
      h = (h + 23) % 24;
    }
    const stamp = `${pad2(h)}:${pad2(m)}`;
    if (rng.chance(0.5)) w.line(seg(c('latest-time'), stamp), rng.pick([' ', '  ', '\t']), seg(c('latest'), title));
    else w.ch('latest', `${stamp} ${title}`);
  }
  w.gap();
}

function dateline(t: When, env: Env, rec: Rec): string {
  const rng = env.rng;
  const city = placeOf(rng, rec);
  const tag = rng.pick(['(خليج برس)', '(خليج برس) -', 'خليج برس', '(خ ب)']);
  return rng.pick([
    `${city} ${pad2(t.hd)} ${MONTHS_HIJRI[t.hm - 1]} ${t.hy} هـ الموافق ${t.d} ${MONTHS_EG[t.m - 1]} ${t.y} م ${tag}`,
    `${city} ${t.d} ${MONTHS_EG[t.m - 1]} ${tag}`,
    `${city} - ${tag}`,
    `${city}، ${eastern(t.d)} ${MONTHS_EG[t.m - 1]} ${tag}`,
  ]).replace(/ -$/, '') + rng.pick([' -', ' :', ' ـ', ' –']);
}

function endMark(t: When, env: Env): string {
  const rng = env.rng;
  const desk = () => `${rng.pick(['ح', 'س', 'ع', 'م', 'ف', 'ن'])} ${rng.pick(['ع', 'م', 'ر', 'ص', 'ط'])}`;
  return rng.pick([
    '/ انتهى /',
    '// انتهى //',
    `${desk()} / ${desk()}`,
    `/انتهى/ ${desk()}`,
    `${pad2(t.hh)}:${pad2(t.mm)} ت م ${pad2((t.hh + 21) % 24)}:${pad2(t.mm)} ت غ`,
    `(خليج برس) ${t.hy}/${pad2(t.hm)}/${pad2(t.hd)}`,
  ]);
}

function article(w: PageWriter, env: Env, rec: Rec): void {
  const rng = env.rng;
  const t = when(rec, rng);
  const cats = rng.sample(CATS, rng.int(1, 2));
  if (rng.chance(0.7)) w.ch('section', cats.join(rng.pick([' / ', ' - ', ' > '])));
  w.ch('date', agencyDate(t, env));
  if (rng.chance(0.2)) w.line(seg(c('kicker'), rng.pick(['عاجل |', 'عاجل:', 'خاص |'])), ' ', seg('headline', rec.title));
  else w.line(seg('headline', rec.title));
  w.gap();
  const txt = articleText(rec, rng.chance(0.12));
  if (txt.subtitle) {
    w.line(seg('subtitle', txt.subtitle));
    w.gap();
  }
  const glued = !txt.subtitle && rng.chance(0.55);
  const [first, ...rest] = txt.body;
  if (glued) w.line(seg(c('dateline'), dateline(t, env, rec)), rng.pick([' ', ' ', '  ']), seg('body', first as string));
  else {
    if (rng.chance(0.6)) w.ch('dateline', dateline(t, env, rec));
    w.line(seg('body', first as string));
  }
  if (rest.length) {
    w.gap();
    writeBody(w, rest, { mode: 'line' });
  }
  if (rng.chance(0.8)) w.ch('end-mark', endMark(t, env));
  if (rng.chance(0.3)) w.ch('time', `${pad2(t.hh)}:${pad2(t.mm)} ${rng.pick(['ت م', 'GMT', 'بتوقيت مكة'])}`);
  w.gap();
  if (rng.chance(0.4)) w.ch('print', rng.pick(['طباعة  |  إرسال', 'طباعة الخبر', 'أرسل الخبر']));
  if (rng.chance(0.35)) w.ch('photos', rng.pick([`صور الخبر (${rng.int(1, 12)})`, 'ألبوم الصور', 'الصور المرفقة']));
  if (rng.chance(0.5)) {
    w.ch('related-header', rng.pick(['أخبار ذات علاقة', 'أخبار مرتبطة', 'ذات صلة']));
    for (const title of env.pool.titles(rng, rng.int(2, 4))) w.ch('related', title);
  }
  w.gap();
}

function footer(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('footer', rng.pick(['عن الوكالة | اتصل بنا | خدمات الوكالة | الاشتراك في الخدمة', 'عن الوكالة  خريطة الموقع  اتصل بنا']));
  w.ch('copyright', rng.pick(['جميع الحقوق محفوظة لوكالة أنباء الخليج © 2015', '© 2015 Gulf News Agency', 'حقوق النشر محفوظة - خليج برس']));
}

export const agencyKhaleej: Site = {
  id: 'agency-khaleej',
  outlets: ['alyaum', 'almadina'],
  perFile: [3, 4, 5, 6],
  style: (rng) => ({ eol: rng.chance(0.3) ? '\r\n' : '\n', trailingSpace: 0.02, gap: gapRange(0, 1), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    const batch = rng.chance(0.5); // one "latest" page, then bare article pages
    masthead(w, env);
    if (batch || rng.chance(0.5)) latest(w, env, when(recs[0] as Rec, rng));
    recs.forEach((rec, i) => {
      if (i > 0) {
        if (!batch) {
          footer(w, env);
          w.blank(rng.int(1, 3));
          w.boundary();
          masthead(w, env);
        } else {
          w.ch('rule', rng.pick(['----------', '* * *', '__________________', '━━━━━━━━']));
          w.boundary();
        }
      }
      w.begin(rec);
      article(w, env, rec);
    });
    footer(w, env);
  },
};
