// "وكالة أنباء المشرق" (مشرق): a wire agency. Item numbers, a dateline glued
// to the first paragraph, desk end-marks, feed pages where stories follow each
// other, and now and then a text-mode export with hard-wrapped lines.
import { greg, time24 } from '../dates.js';
import { fmtNum, gapOf, once, placeOf, section, sectionKey, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { CITIES_GULF } from '../vocab.js';

const NAME = 'وكالة أنباء المشرق';
const SECTIONS = {
  local: ['محليات', 'أخبار محلية'],
  arab: ['عربية', 'عربية ودولية'],
  world: ['دولية', 'عربية ودولية'],
  sports: ['رياضية', 'الرياضة'],
  economy: ['اقتصادية', 'الاقتصاد'],
  opinion: ['ثقافية'],
} as const;
const AGENCIES = /واس|رويترز|أ ?ف ?ب|د ?ب ?[أا]|وكالات|يو بي آي|الأناضول|أ ش أ|قنا|وام|كونا/;

function city(ctx: PageCtx): string {
  const own = placeOf(ctx.rec);
  if (own) return own;
  const k = sectionKey(ctx.rec);
  return k === 'world' || k === 'economy' ? ctx.r.pick(['عواصم', 'لندن', 'نيويورك', 'باريس']) : k === 'arab' ? ctx.r.pick(['عواصم', 'القاهرة', 'بيروت', 'عمّان']) : ctx.r.pick(CITIES_GULF);
}

function header(ctx: PageCtx): void {
  const { w, r, now } = ctx;
  w.chrome('site-name', r.pick([NAME, `${NAME} (مشرق)`, `مشرق | ${NAME}`]));
  if (r.chance(0.6)) w.chrome('language', r.pick(['English | Français | Español', 'EN  FR', 'English']));
  w.chrome('nav', r.pick([
    'الرئيسية | أخبار محلية | عربية ودولية | اقتصادية | رياضية | ثقافية | الصور | الفيديو',
    'الأخبار  الصور  الفيديو  الخدمات  اشتراك المؤسسات',
    'الرئيسية / الأخبار / آخر الأخبار',
  ]));
  if (r.chance(0.5)) w.chrome('date', `${greg(now, 'num')} ${time24(now)} ${r.pick(['GMT', 'ت.غ', 'بتوقيت غرينتش', ''])}`.trim());
  if (r.chance(0.4)) w.chrome('login', r.pick(['دخول المشتركين', 'تسجيل الدخول | اشتراك']));
  w.gap();
}

function story(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  const feed = ctx.continued;
  if (feed) {
    if (r.chance(0.4)) w.chrome('separator', r.pick(['----------', '* * *', '—', '________']));
    w.chrome('timestamp', `${time24(pub)}${r.chance(0.5) ? ` ${greg(pub, 'num')}` : ''}`);
  } else {
    if (r.chance(0.6)) w.chrome('section', section(rec, r, SECTIONS));
  }
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  if (!feed) {
    w.chrome('timestamp', r.pick([`${greg(pub, 'num')} ${time24(pub, 'latin', true)}`, `${greg(pub, 'iso')} ${time24(pub)}`, `${greg(pub, 'long')} - ${time24(pub)} ت.غ`]));
    if (r.chance(0.5)) w.chrome('counter', `رقم الخبر: ${fmtNum(r.int(1200000, 1700000), 'latin', '')}`);
  }
  w.gap();
  const dl = `${city(ctx)} ${r.chance(0.5) ? `${pub.getUTCDate()} ${greg(pub, 'short').split(' ')[1]}` : `${greg(pub, 'short')} ${pub.getUTCFullYear()}`} (مشرق) ${r.pick(['-', '–', '—'])}`;
  const glued = r.chance(0.55);
  writeBody(ctx, new Map(), true, glued ? dl : undefined);
  if (r.chance(0.85)) {
    w.chrome('end-mark', r.pick(['(انتهى)', '/انتهى/', '(مشرق)', `مشرق/${r.pick(['ع ا', 'س م', 'ح ع', 'م ر'])}/${r.pick(['ن ب', 'ع ص', 'ف ه'])}`, '(النهاية)']));
    if (r.chance(0.4)) w.chrome('end-mark', `${time24(ctx.upd)} ت.غ`);
  }
  w.gap();
}

function tail(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  if (r.chance(0.6)) w.chrome('print', r.pick(['طباعة | إرسال لصديق | حفظ', 'طباعة  إرسال', 'نسخة للطباعة']));
  if (r.chance(0.6)) {
    w.chrome('related', r.pick(['أخبار ذات صلة', 'آخر الأخبار', 'اقرأ أيضاً']));
    const timed = r.chance(0.5);
    let at = ctx.now;
    for (const t of ctx.pool.pick(r, r.int(3, 5), ctx.file.headlines, { topic: rec.topic, near: rec.day })) {
      at = new Date(at.getTime() - r.int(10, 120) * 60000);
      w.chrome('related', timed ? `${time24(at)} ${t.title}` : t.title);
    }
    w.gap();
  }
  w.chrome('footer', r.pick(['عن الوكالة | خدمات الوكالة | اتصل بنا | شروط الاستخدام', 'الخدمات الإخبارية  الأرشيف  اتصل بنا']));
  w.chrome('copyright', r.pick([
    `© 2015 ${NAME}. جميع الحقوق محفوظة. يحظر إعادة النشر دون إذن مسبق.`,
    `جميع الحقوق محفوظة لـ${NAME} 2015`,
    `${NAME} © 2015`,
  ]));
  w.gap();
}

function listing(ctx: PageCtx): void {
  const { w, r, rec, now } = ctx;
  header(ctx);
  w.chrome('listing', r.pick(['آخر الأخبار', 'النشرة العامة', 'الأخبار العاجلة']));
  const own = ctx.fileRecs.slice(ctx.index).map((x) => norm(x.title));
  const items = [...own, ...ctx.pool.pick(r, r.int(4, 8), ctx.file.headlines, { near: rec.day }).map((t) => t.title)];
  let t = now;
  for (const title of r.shuffle(items)) {
    t = new Date(t.getTime() - r.int(3, 40) * 60000);
    w.chrome('listing', once(ctx, 'listFmt', () => r.chance(0.5)) ? `${time24(t)} ${title}` : title);
  }
  w.gap(2);
}

export const wire: SiteDef = {
  id: 'wire',
  files: [2, 3, 4, 4, 5, 6],
  weight: (rec) => {
    if (rec.topic === 'opinion') return 0;
    const agency = AGENCIES.test(rec.author);
    return (agency ? 6 : 1) * (rec.words < 400 ? 1.5 : 0.3);
  },
  subtitles: 0.2,
  style: (r, nth) => {
    // Two of the agency's files are text-mode browser exports with hard-wrapped lines.
    const wrap = nth === 1 || nth === 4 ? r.int(68, 84) : 0;
    return {
      nl: r.chance(0.5) ? '\r\n' : '\n',
      gap: gapOf(wrap ? [1] : [0, 1, 1]),
      paraGap: gapOf(wrap ? [1] : r.chance(0.5) ? [0] : [1]),
      trail: 0.1,
      nbsp: 0,
      rlm: 0,
      indent: wrap ? r.pick(['', '   ']) : '',
      wrap,
    };
  },
  page(ctx) {
    if (!ctx.continued) header(ctx);
    story(ctx);
    if (!ctx.nextContinued) tail(ctx);
  },
  listing,
  listingChance: 0.4,
  scrollChance: 0.6,
};
