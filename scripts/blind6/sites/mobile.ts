// "نبأ الخليج": the mobile edition of a Kuwaiti daily. One block per line, no
// blank lines, ads between paragraphs, and the next story loading underneath
// (infinite scroll) instead of a fresh page.
import { ago, greg, time12 } from '../dates.js';
import { gapOf, insertSlots, isPersonal, once, recordByline, videoEmbed, section, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { CAPTIONS, PHOTO_AGENCIES } from '../vocab.js';

const NAME = 'نبأ الخليج';
const SECTIONS = {
  local: ['محليات', 'الخليج'],
  arab: ['عربي', 'الخليج', 'عربي وعالمي'],
  world: ['عالمي', 'عربي وعالمي'],
  sports: ['رياضة'],
  economy: ['اقتصاد', 'أسواق'],
  opinion: ['آراء', 'مقالات'],
} as const;

function header(ctx: PageCtx): void {
  const { w, r } = ctx;
  const burger = once(ctx, 'burger', () => r.pick(['☰', 'القائمة', '≡', '☰ القائمة']));
  w.chrome('nav', burger);
  w.chrome('site-name', NAME);
  if (r.chance(0.6)) w.chrome('search', r.pick(['🔍', 'بحث', '⌕']));
  if (r.chance(0.4)) {
    w.chrome('apps', r.pick(['افتح في التطبيق', `حمّل تطبيق ${NAME}`, 'تطبيق نبأ الخليج - مجاني']));
    if (r.chance(0.6)) w.chrome('apps', r.pick(['تثبيت', 'فتح', 'تحميل']));
  }
  if (r.chance(0.45)) {
    const [t] = ctx.pool.pick(r, 1, ctx.file.headlines, { near: ctx.rec.day });
    if (t) w.lines('ticker', [r.pick(['عاجل', 'عاجل |', '● عاجل']), t.title]);
  }
  if (r.chance(0.3)) w.chrome('nav', r.pick(['الرئيسية  محليات  اقتصاد  رياضة  المزيد', 'الأحدث | الأكثر قراءة | فيديو']));
  w.gap();
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  if (ctx.continued) {
    w.gap();
    w.chrome('next-article', r.pick(['المقال التالي', 'الخبر التالي', 'اقرأ التالي', '— التالي —']));
  } else header(ctx);
  if (r.chance(0.8)) w.chrome('section', section(rec, r, SECTIONS));
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  const when = r.pick([ago(ctx.now, pub), `${greg(pub, 'long')} | ${time12(pub, 'short')}`, `${greg(pub, 'num')} - ${time12(pub, 'long')}`]);
  const by = recordByline(rec, NAME) ?? `${NAME} - ${r.pick(['الكويت', 'المحرر المحلي', 'وكالات'])}`;
  const whenFirst = r.chance(0.5);
  if (whenFirst) w.chrome('timestamp', when);
  if (r.chance(0.6)) w.chrome('byline', isPersonal(by) && r.chance(0.5) ? `بواسطة ${by}` : by);
  if (!whenFirst && r.chance(0.7)) w.chrome('timestamp', when);
  if (r.chance(0.35)) {
    w.chrome('caption', `${r.pick(CAPTIONS)}${r.chance(0.5) ? ` (${r.pick(PHOTO_AGENCIES)})` : ''}`);
  }
  if (r.chance(0.6)) {
    const icons = once(ctx, 'icons', () => r.chance(0.5));
    if (icons) w.lines('share', ['واتساب', 'تويتر', 'فيسبوك', r.pick(['نسخ الرابط', 'تيليجرام', 'مشاركة'])]);
    else w.chrome('share', r.pick(['مشاركة', 'شارك', '↗ مشاركة']));
  }
  const slots = insertSlots(r, ctx.body.length, Math.min(3, Math.floor(ctx.body.length / 2)));
  const inserts = new Map<number, () => void>();
  for (const s of slots) {
    inserts.set(s, () => {
      if (r.chance(0.15)) videoEmbed(w, r);
      else if (r.chance(0.6)) w.chrome('ad', r.pick(['إعلان', 'Advertisement', '- إعلان -', 'ADVERTISEMENT', 'إعلانات']));
      else {
        const [t] = ctx.pool.pick(r, 1, ctx.file.headlines, { topic: rec.topic, near: rec.day });
        if (t) w.lines('read-also', [r.pick(['اقرأ أيضاً', 'مقترحات لك', 'قد يهمك']), t.title]);
      }
    });
  }
  writeBody(ctx, inserts, false);
  if (r.chance(0.5)) w.chrome('share', r.pick(['شارك المقال', 'هل أعجبك المقال؟ شاركه', 'مشاركة عبر واتساب']));
  if (ctx.nextContinued && r.chance(0.5)) return; // the next story scrolls in right here
  if (r.chance(0.7)) {
    w.chrome('related', r.pick([`المزيد من ${section(rec, r, SECTIONS)}`, 'أخبار ذات صلة', 'الأكثر قراءة']));
    const aged = r.chance(0.6);
    let at = ctx.now;
    for (const t of ctx.pool.pick(r, r.int(3, 6), ctx.file.headlines, { topic: rec.topic, near: rec.day })) {
      at = new Date(at.getTime() - r.int(20, 400) * 60000);
      w.chrome('related', t.title);
      if (aged) w.chrome('related', ago(ctx.now, at));
    }
  }
  if (!ctx.nextContinued) {
    w.chrome('back-to-top', r.pick(['العودة للأعلى', '↑ للأعلى', 'أعلى الصفحة']));
    w.lines('footer', r.pick([['من نحن', 'اتصل بنا', 'النسخة الكاملة'], ['النسخة الكاملة للموقع'], ['الشروط والأحكام', 'سياسة الخصوصية']]));
    w.chrome('copyright', r.pick([`© 2015 ${NAME}`, `جميع الحقوق محفوظة ${NAME} © 2015`, `${NAME} ©`]));
  }
}

export const mobile: SiteDef = {
  id: 'mobile',
  files: [1, 2, 3, 3, 4, 4],
  weight: (rec) => (rec.topic === 'opinion' ? 0.1 : rec.words > 500 ? 0.3 : 1),
  subtitles: 0.5,
  style: (r) => ({
    nl: r.chance(0.4) ? '\r\n' : '\n',
    gap: gapOf(r.chance(0.7) ? [0] : [0, 0, 1]),
    paraGap: gapOf([0]),
    trail: 0.2,
    nbsp: 0.1,
    rlm: 0.2,
    indent: '',
    wrap: 0,
  }),
  page,
  scrollChance: 0.6,
};
