// An economy site: index and commodity tickers, currency rates, reading
// time, stock mentions, "most traded" tables and a newsletter box.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rng } from '../prng.js';
import type { Rec } from '../records.js';
import {
  articleText, author, gDate, gapRange, pad2, pullQuote, thousands, when, writeBody, MONTHS_EG, type Env, type Site,
} from '../kit.js';

const STOCKS = ['سابك', 'الراجحي', 'الاتصالات', 'معادن', 'المراعي', 'الأهلي التجاري', 'سافكو', 'ينساب', 'كيان', 'جرير', 'موبايلي', 'زين'];

function num(rng: Rng, lo: number, hi: number, dp = 2): string {
  const v = lo + rng.next() * (hi - lo);
  const [a, b] = v.toFixed(dp).split('.');
  return `${thousands(Number(a))}.${b}`;
}

function arrow(rng: Rng): string {
  return rng.pick(['▲', '▼', '+', '-', '↑', '↓']);
}

function tickers(w: PageWriter, env: Env): void {
  const rng = env.rng;
  const items = [
    `تاسي ${num(rng, 8800, 9400)} ${arrow(rng)} ${num(rng, 0, 1.5)}%`,
    `نمو ${num(rng, 3200, 3600)} ${arrow(rng)} ${num(rng, 0, 2)}%`,
    `برنت ${num(rng, 48, 58)} دولار`,
    `نايمكس ${num(rng, 44, 52)} ${arrow(rng)}`,
    `الذهب ${num(rng, 1080, 1110)} دولار/أونصة`,
    `دبي ${num(rng, 4000, 4200)} ${arrow(rng)}`,
  ];
  const pick = rng.sample(items, rng.int(3, 6));
  if (rng.chance(0.5)) for (const x of pick) w.ch('market', x);
  else w.ch('market', pick.join(rng.pick(['   ', ' | ', ' • '])));
  if (rng.chance(0.6)) {
    const cur = [`الدولار ${num(rng, 3.74, 3.76, 4)} ريال`, `اليورو ${num(rng, 4.05, 4.15, 4)} ريال`, `الجنيه الإسترليني ${num(rng, 5.8, 5.9, 4)} ريال`, `الدرهم ${num(rng, 1.01, 1.03, 4)} ريال`];
    if (rng.chance(0.5)) w.ch('currency', `${rng.pick(['أسعار العملات: ', 'العملات ', ''])}${rng.sample(cur, 3).join(' | ')}`);
    else {
      w.ch('currency', rng.pick(['العملة  الشراء  البيع', 'أسعار الصرف']));
      for (const x of rng.sample(cur, 3)) w.ch('currency', x);
    }
  }
  w.gap();
}

export const economyMal: Site = {
  id: 'economy-mal',
  outlets: ['aleqtisadiya', 'alriyadh', 'alwatan'],
  topic: /الأسهم|النفط|مليار|مليون|ريال|السوق|البورصة|مؤشر|الاستثمار|شركة|أرباح|البنك|الاقتصاد|الذهب|الأسعار|تداول/,
  perFile: [1, 2, 3],
  style: (rng) => ({ eol: '\n', trailingSpace: 0.05, gap: gapRange(rng.int(0, 1), 1), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    recs.forEach((rec, i) => {
      if (i > 0) w.boundary();
      const t = when(rec, rng);
      w.ch('site-name', rng.pick(['مال الخليج', 'مال الخليج | أخبار الأسواق والأعمال', 'MAL ALKHALEEJ']));
      if (rng.chance(0.5)) w.ch('subscribe', rng.pick(['اشترك', 'الاشتراك المميز', 'تسجيل الدخول | اشترك']));
      w.ch('menu', ['الأسواق', 'الأسهم', 'الطاقة', 'العقار', 'البنوك', 'الشركات', 'اقتصاد عالمي', 'تحليلات'].join(rng.pick([' | ', '  '])));
      tickers(w, env);
      if (rng.chance(0.6)) w.ch('section', rng.pick(['الأسواق', 'الشركات', 'اقتصاد محلي', 'الطاقة', 'اقتصاد عالمي']));
      w.begin(rec);
      w.line(seg('headline', rec.title));
      const txt = articleText(rec, rng.chance(0.6));
      if (txt.subtitle) {
        w.gap();
        w.line(seg('subtitle', txt.subtitle));
      }
      w.gap();
      const meta: [string, string][] = [
        ['byline', author(rng, rec)],
        ['date', rng.pick([gDate(t, rng), `${t.d} ${MONTHS_EG[t.m - 1]} ${t.y} ${pad2(t.hh)}:${pad2(t.mm)}`])],
      ];
      if (rng.chance(0.6)) meta.push(['reading-time', rng.pick(['وقت القراءة: ', 'مدة القراءة ', '']) + `${Math.max(1, Math.round(rec.words / 200))} ${rng.pick(['دقائق', 'دقيقة', 'د'])}`]);
      if (rng.chance(0.5)) for (const [k, v] of meta) w.ch(k, v);
      else w.line(...meta.flatMap(([k, v], j) => (j ? ['   ', seg(c(k), v)] : [seg(c(k), v)])));
      if (rng.chance(0.4)) w.ch('share', rng.pick(['مشاركة', 'شارك  |  احفظ  |  طباعة', 'Share']));
      w.gap();
      if (rng.chance(0.3)) w.ch('stocks', `${rng.pick(['أسهم ذات صلة: ', 'الشركات المذكورة: '])}${rng.sample(STOCKS, rng.int(1, 3)).map((s) => `${s} ${num(rng, 10, 120)}`).join(' | ')}`);
      const quote = rng.chance(0.3) ? pullQuote(rng, txt.body) : null;
      const adAt = rng.chance(0.5) ? rng.int(0, txt.body.length - 2) : -1;
      writeBody(w, txt.body, {
        mode: 'line',
        between: (k) => {
          if (k === adAt) {
            w.ch('ad', rng.pick(['إعلان', 'ADVERTISEMENT', 'محتوى مدفوع']));
            w.gap();
          }
          if (k === 0 && quote) {
            w.ch('pullquote', quote);
            w.gap();
          }
        },
      });
      w.gap();
      if (rng.chance(0.5)) {
        w.ch('newsletter', rng.pick(['اشترك في النشرة الاقتصادية اليومية', 'نشرة مال الخليج الصباحية في بريدك']));
        w.ch('newsletter', rng.pick(['البريد الإلكتروني', 'أدخل بريدك الإلكتروني']));
        w.ch('newsletter', rng.pick(['اشترك', 'تسجيل']));
      }
      if (rng.chance(0.5)) {
        w.ch('most-traded-header', rng.pick(['الأكثر تداولاً', 'الأكثر ارتفاعاً', 'الأكثر انخفاضاً']));
        for (const s of rng.sample(STOCKS, 4)) w.ch('most-traded', `${s}  ${num(rng, 8, 130)}  ${arrow(rng)}${num(rng, 0, 9.9)}%`);
      }
      if (rng.chance(0.6)) {
        w.ch('related-header', rng.pick(['تحليلات ذات صلة', 'المزيد من الأسواق', 'أخبار ذات صلة']));
        for (const x of env.pool.titles(rng, rng.int(2, 4))) {
          if (rng.chance(0.5)) w.ch('related', x);
          else w.line(seg(c('related'), x), '  ', seg(c('related-date'), `${rng.int(1, 28)} ${MONTHS_EG[t.m - 1]}`));
        }
      }
      w.gap();
      w.ch('copyright', rng.pick(['© مال الخليج 2015 - جميع الحقوق محفوظة', 'البيانات متأخرة 15 دقيقة. © 2015 مال الخليج', 'جميع الحقوق محفوظة']));
      w.blank(rng.int(0, 1));
    });
  },
};
