// A regional portal: city weather, prayer times, governorate menu, and often
// a section front (titles and teasers of other stories) before the articles.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rng } from '../prng.js';
import type { Rec } from '../records.js';
import {
  articleText, author, clock, eastern, gDate, gapRange, hDate, hoursAgo, pad2, person, strayFill, thousands, when, writeBody,
  type Env, type Site, type When,
} from '../kit.js';

const TOWNS = ['الدمام', 'الخبر', 'الأحساء', 'الجبيل', 'القطيف', 'حفر الباطن', 'الخفجي', 'رأس تنورة'];

function prayers(w: PageWriter, rng: Rng, t: When): void {
  const base = [[3, 38], [5, 4], [11, 49], [15, 13], [18, 27], [19, 57]];
  const names = ['الفجر', 'الشروق', 'الظهر', 'العصر', 'المغرب', 'العشاء'];
  const shift = t.d % 5;
  const times = base.map(([h, m]) => {
    const mm = (m as number) + shift;
    const hh = (h as number) + Math.floor(mm / 60);
    return rng.chance(0.5) ? `${hh > 12 ? hh - 12 : hh}:${pad2(mm % 60)}` : `${pad2(hh)}:${pad2(mm % 60)}`;
  });
  const city = rng.pick(TOWNS.slice(0, 3));
  if (rng.chance(0.5)) {
    w.ch('prayer-times', rng.pick([`مواقيت الصلاة - ${city}`, `مواقيت الصلاة حسب توقيت ${city}`, 'أوقات الصلاة']));
    names.forEach((n, i) => w.ch('prayer-times', `${n} ${times[i]}`));
  } else {
    w.ch('prayer-times', `${city}: ${names.map((n, i) => `${n} ${times[i]}`).join(rng.pick([' | ', '  ', ' - ']))}`);
  }
}

function weather(w: PageWriter, rng: Rng): void {
  const towns = rng.sample(TOWNS, rng.int(2, 4));
  const cond = () => rng.pick(['مشمس', 'غبار', 'صحو', 'رطب', 'غائم جزئياً']);
  if (rng.chance(0.5)) w.ch('weather', towns.map((x) => `${x} ${rng.int(38, 48)}°`).join(rng.pick([' | ', '   '])));
  else for (const x of towns) w.ch('weather', `${x} ${rng.int(38, 48)}° ${cond()}`);
}

function header(w: PageWriter, env: Env, t: When): void {
  const rng = env.rng;
  if (rng.chance(0.5)) w.ch('date', `${hDate(t, rng)} | ${gDate(t, rng)}`);
  w.ch('site-name', rng.pick(['بوابة الشرقية', 'بوابة الشرقية الإلكترونية', 'الشرقية نت']));
  if (rng.chance(0.5)) w.ch('slogan', rng.pick(['أخبار المنطقة الشرقية لحظة بلحظة', 'بوابتك إلى المنطقة']));
  w.gap();
  if (rng.chance(0.7)) weather(w, rng);
  if (rng.chance(0.6)) prayers(w, rng, t);
  w.gap();
  const menu = ['الرئيسية', 'أخبار المنطقة', 'المحافظات', 'اقتصاد', 'رياضة', 'مجتمع', 'خدمات', 'وظائف', 'اتصل بنا'];
  if (rng.chance(0.5)) for (const m of menu) w.ch('menu', m);
  else w.ch('menu', menu.join(' | '));
  if (rng.chance(0.4)) w.ch('search', rng.pick(['بحث...', 'ابحث', 'كلمة البحث']));
  w.gap();
}

function front(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('listing-header', rng.pick(['أخبار المنطقة', 'آخر الأخبار', 'أخبار المحافظات', 'المجتمع']));
  w.gap();
  for (const x of env.pool.teasers(rng, rng.int(3, 6), 30)) {
    w.ch('listing-title', x.title);
    if (rng.chance(0.8)) w.ch('teaser', x.teaser);
    if (rng.chance(0.6)) w.line(seg(c('listing-meta'), hoursAgo(rng)), rng.pick(['  ', '\t', ' ']), ...(rng.chance(0.5) ? [seg(c('more-link'), rng.pick(['التفاصيل', 'اقرأ المزيد', 'المزيد »']))] : []));
    w.gap();
  }
  if (rng.chance(0.5)) w.ch('pagination', rng.pick(['1 2 3 4 5 التالي', '« السابق | التالي »', 'الصفحة 1 من 12']));
  w.gap();
}

function article(w: PageWriter, env: Env, rec: Rec, t: When): void {
  const rng = env.rng;
  if (rng.chance(0.6)) w.ch('breadcrumb', `الرئيسية > ${rng.pick(['أخبار المنطقة', 'المحافظات', 'مجتمع'])}${rng.chance(0.4) ? ` > ${rng.pick(TOWNS)}` : ''}`);
  w.line(seg('headline', rec.title));
  w.gap();
  const txt = articleText(rec, rng.chance(0.5));
  if (txt.subtitle) {
    w.line(seg('subtitle', txt.subtitle));
    w.gap();
  }
  const bits: [string, string][] = [['byline', rng.pick([`المحرر: ${author(rng, rec)}`, author(rng, rec), `بوابة الشرقية - ${rng.pick(TOWNS)}`])]];
  bits.push(['date', `${gDate(t, rng)} ${clock(t, rng)}`]);
  if (rng.chance(0.6)) bits.push(['views', `${rng.pick(['👁 ', 'مشاهدات: ', 'زيارات '])}${thousands(rng.int(30, 9000))}`]);
  if (rng.chance(0.5)) w.line(...bits.flatMap(([k, v], i) => (i ? [rng.pick(['  ', '\t', '   ']), seg(c(k), v)] : [seg(c(k), v)])));
  else for (const [k, v] of bits) w.ch(k, v);
  w.gap();
  if (rng.chance(0.35)) {
    w.ch('caption', `${rng.pick(['جانب من', 'خلال', 'صورة من'])} ${rng.pick(['الفعالية', 'الزيارة', 'الحفل', 'الاجتماع'])}${rng.chance(0.6) ? ` - تصوير: ${person(rng)}` : ''}`);
    w.gap();
  }
  const alsoAt = rng.chance(0.4) ? rng.int(0, txt.body.length - 2) : -1;
  const galleryAt = rng.chance(0.3) ? rng.int(0, txt.body.length - 2) : -1;
  writeBody(w, txt.body, {
    mode: 'line',
    between: (i) => {
      if (i === galleryAt) {
        const n = rng.int(3, 20);
        w.ch('gallery', rng.pick([`ألبوم الصور (${n} صورة)`, `شاهد الصور ${eastern(1)}/${eastern(n)}`, `صور: ${n}`]));
        for (let k = rng.int(0, 2); k > 0; k--) w.ch('caption', `${rng.pick(['جانب من', 'لقطة من', 'خلال'])} ${rng.pick(['الفعالية', 'الجولة', 'المعرض', 'الحفل'])}`);
        w.gap();
      }
      if (i === alsoAt) {
        w.ch('read-also', `${rng.pick(['اقرأ أيضاً:', 'ذات صلة:', 'إقرأ ايضا :'])} ${env.pool.titles(rng, 1)[0]}`);
        w.gap();
      }
    },
  });
  w.gap();
  if (rng.chance(0.5)) w.ch('share', rng.pick(['شارك الخبر', 'أرسل الخبر عبر الواتساب', 'نسخ الرابط']));
  if (rng.chance(0.6)) {
    w.ch('related-header', rng.pick(['أخبار المحافظات', 'أخبار ذات صلة', 'قد يعجبك أيضاً']));
    for (const x of env.pool.titles(rng, rng.int(3, 5))) w.ch('related', rng.chance(0.3) ? `• ${x}` : x);
    w.gap();
  }
}

function footer(w: PageWriter, env: Env): void {
  const rng = env.rng;
  if (rng.chance(0.6)) {
    w.ch('services-header', 'خدمات البوابة');
    for (const s of rng.sample(['أسعار الذهب', 'مواقيت الصلاة', 'حالة الطقس', 'الرحلات الجوية', 'الصيدليات المناوبة', 'أرقام الطوارئ'], 3)) w.ch('services', s);
  }
  if (rng.chance(0.5)) w.ch('app-links', rng.pick(['حمّل تطبيق بوابة الشرقية', 'تطبيق البوابة على آيفون وأندرويد']));
  w.ch('copyright', rng.pick(['جميع الحقوق محفوظة لبوابة الشرقية © 2015', '© 2015 بوابة الشرقية', 'بوابة الشرقية - جميع الحقوق محفوظة']));
}

export const regionalSharqiya: Site = {
  id: 'regional-sharqiya',
  outlets: ['alyaum', 'aljazirah'],
  perFile: [2, 3, 3, 4],
  style: (rng) => ({ eol: '\n', trailingSpace: 0.15, gap: gapRange(1, rng.int(1, 3)), blankFill: strayFill(0.3) }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    const t0 = when(recs[0] as Rec, rng);
    header(w, env, t0);
    if (rng.chance(0.6)) front(w, env);
    recs.forEach((rec, i) => {
      if (i > 0) {
        footer(w, env);
        w.blank(rng.int(1, 4));
        w.boundary();
        header(w, env, when(rec, rng));
      }
      w.begin(rec);
      article(w, env, rec, when(rec, rng));
    });
    footer(w, env);
  },
};
