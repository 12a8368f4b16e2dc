// A sports site: live score strip, league table, club tags, fan comments and
// a "most read" list.

import { c, seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, author, clock, gDate, gapRange, hoursAgo, pad2, tags, when, writeBody, type Env, type Site,
} from '../kit.js';

const CLUBS = ['الهلال', 'النصر', 'الاتحاد', 'الأهلي', 'الشباب', 'الفتح', 'التعاون', 'الرائد', 'الفيصلي', 'الخليج', 'هجر', 'نجران', 'الوحدة', 'القادسية'];
const FANS = ['زعيم آسيا', 'نصراوي للأبد', 'عميد الأندية', 'راقي', 'ليثي', 'أبو سلطان', 'fan_1957', 'مشجع محايد'];
const FAN_SAYS = ['الله يوفق الفريق', 'المدرب لازم يرحل', 'أهم شي الفوز', 'الإدارة مقصرة', 'صفقة ممتازة', 'نبي بطولة هالموسم', 'الحكم ظلمنا', 'كلام منطقي'];

function scores(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('scores-header', rng.pick(['نتائج المباريات', 'مباريات اليوم', 'LIVE']));
  const clubs = rng.sample(CLUBS, 6);
  for (let i = 0; i < 6; i += 2) {
    const state = rng.pick(['انتهت', 'مباشر 67\'', `${pad2(rng.int(17, 22))}:${rng.pick(['00', '15', '30', '45'])}`]);
    const score = state.includes(':') ? ' × ' : ` ${rng.int(0, 4)} - ${rng.int(0, 3)} `;
    w.ch('scores', `${clubs[i]}${score}${clubs[i + 1]}${rng.pick([' | ', '  '])}${state}`);
  }
  w.gap();
}

function table(w: PageWriter, env: Env): void {
  const rng = env.rng;
  w.ch('table-header', rng.pick(['ترتيب الدوري', 'جدول الترتيب', 'ترتيب فرق دوري المحترفين']));
  w.ch('table', rng.pick(['# الفريق لعب نقاط', 'المركز  الفريق  لعب  فاز  نقاط', 'الفريق | لعب | نقاط']));
  let pts = rng.int(12, 20);
  rng.sample(CLUBS, rng.int(4, 6)).forEach((club, i) => {
    pts -= rng.int(0, 3);
    w.ch('table', `${i + 1}  ${club}  ${rng.int(6, 8)}  ${Math.max(pts, 0)}`);
  });
  if (rng.chance(0.5)) w.ch('table', 'الترتيب الكامل');
  w.gap();
}

export const sportsMalaeb: Site = {
  id: 'sports-malaeb',
  outlets: ['arreyadi', 'alriyadh', 'alyaum', 'aljazirah'],
  topic: /الهلال|النصر|الاتحاد|الأهلي|الشباب|مباراة|لاعب|المنتخب|الدوري|كأس|مدرب|نادي|فريق|بطولة|ودية/,
  perFile: [1, 2, 2, 3],
  style: (rng) => ({ eol: '\n', trailingSpace: 0.03, gap: gapRange(0, rng.int(1, 2)), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    recs.forEach((rec, i) => {
      if (i > 0) w.boundary();
      const t = when(rec, rng);
      w.ch('site-name', rng.pick(['ملاعب', 'ملاعب سبورت', 'MALAEB | ملاعب']));
      const menu = ['الرئيسية', 'الدوري السعودي', 'دوري أبطال آسيا', 'الكرة العالمية', 'المنتخب', 'انتقالات', 'فيديو', 'رياضات أخرى'];
      w.ch('menu', menu.join(rng.pick([' | ', '  ', ' / '])));
      if (rng.chance(0.7)) scores(w, env);
      w.ch('section', rng.pick(['الدوري السعودي', 'محليات رياضية', 'الكرة العالمية', 'أخبار الأندية', 'المنتخب']));
      w.begin(rec);
      if (rng.chance(0.25)) w.ch('kicker', rng.pick(['خاص ملاعب', 'انفراد', 'رسمياً']));
      w.line(seg('headline', rec.title));
      const txt = articleText(rec, rng.chance(0.4));
      if (txt.subtitle) w.line(seg('subtitle', txt.subtitle));
      w.gap();
      const by = author(rng, rec);
      w.ch('byline', rng.pick([by, `${by} - محرر رياضي`, `ملاعب - ${by}`]));
      w.ch('date', rng.pick([`${gDate(t, rng)} - ${clock(t, rng)}`, hoursAgo(rng), `${pad2(t.d)}/${pad2(t.m)}/${t.y}`]));
      if (rng.chance(0.5)) w.ch('comments-count', `${rng.int(0, 80)} ${rng.pick(['تعليق', 'تعليقاً'])}`);
      w.gap();
      if (rng.chance(0.4)) {
        w.ch('caption', `${rng.pick(['من مران', 'جانب من مباراة', 'لاعبو', 'جماهير'])} ${rng.pick(CLUBS)}${rng.chance(0.5) ? ' (ملاعب)' : ''}`);
        w.gap();
      }
      const embedAt = rng.chance(0.3) ? rng.int(0, txt.body.length - 2) : -1;
      writeBody(w, txt.body, {
        mode: 'line',
        between: (k) => {
          if (k !== embedAt) return;
          const club = rng.pick(CLUBS);
          w.ch('embed', rng.pick([`نادي ${club} (@club_${rng.int(10, 99)}) ${t.d} ${rng.pick(['يوليو', 'أغسطس'])} ${t.y}`, `تغريدة: جماهير ${club} على الموعد`, 'pic.twitter.com/' + rng.pick(['aB3xK9', 'Qz81Lm', 'T4v2Pw'])]));
          w.gap();
        },
      });
      w.gap();
      if (rng.chance(0.6)) {
        const tg = tags(rng, rec, rng.sample(CLUBS, 2));
        if (rng.chance(0.5)) w.ch('tags', `${rng.pick(['الوسوم', 'تاغ', 'كلمات مفتاحية'])}: ${tg.join(' ، ')}`);
        else for (const x of tg) w.ch('tags', `#${x.replace(/ /g, '_')}`);
      }
      if (rng.chance(0.5)) table(w, env);
      if (rng.chance(0.5)) {
        w.ch('comments-header', rng.pick(['تعليقات الجماهير', 'آراء القراء', 'التعليقات']));
        for (let k = rng.int(1, 4); k > 0; k--) {
          if (rng.chance(0.5)) w.line(seg(c('commenter'), rng.pick(FANS) + rng.pick([':', '', ' :'])), rng.pick([' ', '  ']), seg(c('comment'), rng.pick(FAN_SAYS)));
          else {
            w.ch('commenter', rng.pick(FANS));
            w.ch('comment', rng.pick(FAN_SAYS));
          }
        }
      }
      if (rng.chance(0.6)) {
        w.ch('most-read-header', rng.pick(['الأكثر قراءة', 'الأكثر تفاعلاً']));
        env.pool.titles(rng, rng.int(3, 5)).forEach((x, k) => w.ch('most-read', rng.chance(0.5) ? `${k + 1} ${x}` : x));
      }
      w.gap();
      w.ch('footer', rng.pick(['من نحن | اتصل بنا | أعلن معنا', 'ملاعب © 2015', 'جميع الحقوق محفوظة لموقع ملاعب']));
      w.blank(rng.int(0, 2));
    });
  },
};
