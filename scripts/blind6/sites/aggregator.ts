// "مرصد": a news aggregator that republishes stories and names the source
// outlet, with "read at the source" links and related items from other outlets.
import { ago, greg, time12 } from '../dates.js';
import { gapOf, insertSlots, once, outletName, section, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';

const NAME = 'مرصد';
const SECTIONS = {
  local: ['السعودية', 'محليات'],
  arab: ['عربي', 'الخليج العربي'],
  world: ['دولي', 'العالم'],
  sports: ['رياضة'],
  economy: ['اقتصاد'],
  opinion: ['مقالات'],
} as const;

function header(ctx: PageCtx): void {
  const { w, r } = ctx;
  w.chrome('site-name', r.pick([`${NAME} الأخبار`, NAME, `${NAME} - كل الأخبار في مكان واحد`]));
  if (r.chance(0.5)) w.chrome('apps', r.pick(['حمّل التطبيق', 'تطبيق مرصد متاح الآن على أندرويد وآيفون']));
  if (r.chance(0.4)) w.chrome('login', r.pick(['دخول', 'تسجيل الدخول | تخصيص الأخبار']));
  const menu = ['الرئيسية', 'عاجل', 'محليات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'تقنية', 'صحة', 'منوعات', 'المصادر'];
  if (once(ctx, 'navLines', () => r.chance(0.5))) w.lines('nav', menu.slice(0, r.int(6, menu.length)));
  else w.chrome('nav', menu.slice(0, r.int(6, menu.length)).join(' '));
  w.gap();
}

function sourceLine(ctx: PageCtx): string {
  const { r, rec, pub, now } = ctx;
  const o = outletName(rec.source);
  return r.pick([`${o} · ${ago(now, pub)}`, `المصدر: ${o}`, `${o} | ${greg(pub, 'long')} ${time12(pub, 'short')}`, `نقلاً عن ${o}`, o]);
}

function page(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  if (!ctx.continued) header(ctx);
  else {
    w.gap(1);
    w.chrome('next-article', r.pick(['الخبر التالي', 'التالي ←', 'المزيد من الأخبار']));
  }
  const sec = section(rec, r, SECTIONS);
  if (r.chance(0.5)) w.chrome('section', sec);
  const srcFirst = r.chance(0.5);
  if (srcFirst) w.chrome('source', sourceLine(ctx));
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  if (!srcFirst) w.chrome('source', sourceLine(ctx));
  if (r.chance(0.5)) w.chrome('counter', r.pick([`${r.int(2, 900)} قراءة`, `${r.int(2, 90)} مشاركة`, `👁 ${r.int(2, 900)}`]));
  if (r.chance(0.4)) w.chrome('share', r.pick(['شارك', 'مشاركة  حفظ', 'واتساب تويتر']));
  w.gap();
  const inserts = new Map<number, () => void>();
  for (const s of insertSlots(r, ctx.body.length, r.int(0, 1))) inserts.set(s, () => w.chrome('ad', r.pick(['إعلان', 'إعلانات جوجل', 'Ads by Google'])));
  writeBody(ctx, inserts);
  w.gap();
  const o = outletName(rec.source);
  if (r.chance(0.8)) w.chrome('source', r.pick(['اقرأ الخبر من المصدر', `تابع القراءة في ${o}`, `اقرأ المزيد على موقع ${o}`, 'المصدر الأصلي']));
  if (r.chance(0.5)) w.chrome('disclaimer', r.pick([`هذا الخبر منقول من ${o} ولا يتحمل موقع ${NAME} أي مسؤولية عن محتواه`, `${NAME} يعرض الأخبار كما وردت من مصادرها`, 'جميع الحقوق محفوظة للمصدر الأصلي']));
  w.gap();
  if (r.chance(0.8)) {
    w.chrome('related', r.pick(['أخبار ذات صلة', 'أخبار مشابهة', 'قد يهمك أيضاً']));
    const form = once(ctx, 'relForm', () => r.int(0, 2));
    for (const t of ctx.pool.pick(r, r.int(3, 6), ctx.file.headlines, { topic: rec.topic, near: rec.day })) {
      const meta = `${outletName(t.source)} · ${ago(ctx.now, new Date(ctx.now.getTime() - r.int(15, 1800) * 60000))}`;
      if (form === 0) w.lines('related', [t.title, meta]);
      else if (form === 1) w.line([{ c: 'related', text: t.title }, { ws: '  ' }, { c: 'related', text: meta }]);
      else w.lines('related', [outletName(t.source), t.title]);
    }
    w.gap();
  }
  if (r.chance(0.5) && !ctx.nextContinued) {
    w.chrome('most-read', r.pick(['الأكثر تداولاً', 'الأكثر قراءة الآن', 'ترند']));
    once(ctx, 'trend', () => ctx.pool.pick(r, 5, ctx.file.headlines, { near: rec.day })).forEach((t, i) => w.chrome('most-read', `${i + 1} ${t.title}`));
    w.gap();
  }
  if (ctx.nextContinued) return;
  w.chrome('footer', r.pick(['عن مرصد | المصادر | سياسة الخصوصية | اتصل بنا', 'من نحن  الشروط  الخصوصية  اتصل بنا']));
  w.chrome('copyright', r.pick([`${NAME} © 2015`, `© 2015 ${NAME}. جميع الحقوق محفوظة لأصحابها.`]));
  w.gap();
}

export const aggregator: SiteDef = {
  id: 'aggregator',
  files: [2, 3, 3, 4, 4, 5],
  weight: () => 1,
  subtitles: 0.4,
  style: (r) => ({
    nl: r.chance(0.25) ? '\r\n' : '\n',
    gap: gapOf(r.chance(0.5) ? [1] : [0, 1]),
    paraGap: gapOf([1]),
    trail: 0.15,
    nbsp: 0.1,
    rlm: 0.1,
    indent: '',
    wrap: 0,
  }),
  page,
  scrollChance: 0.3,
};
