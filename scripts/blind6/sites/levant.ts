// "الأرز برس": a Lebanese news site. Syriac month names, lira rate, a
// timed "latest" strip, wide blank gaps between blocks, newsletter and cookie bar.
import { greg, time24 } from '../dates.js';
import { agencyOf, gapOf, insertSlots, sectionKey, once, person, pullQuote, section, tagsFor, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { CITIES_LEVANT } from '../vocab.js';

const NAME = 'الأرز برس';
const SECTIONS = {
  local: ['عربي ودولي', 'خليجيات'],
  arab: ['عربي ودولي', 'شرق أوسط'],
  world: ['عربي ودولي', 'دولي'],
  sports: ['رياضة'],
  economy: ['اقتصاد', 'مال وأعمال'],
  opinion: ['مقالات', 'آراء'],
} as const;
const MENU = ['لبنان', 'عربي ودولي', 'اقتصاد', 'رياضة', 'صحة', 'تكنولوجيا', 'فن ومشاهير', 'منوعات', 'مقالات', 'فيديو'];

function header(ctx: PageCtx): void {
  const { w, r, pub, now } = ctx;
  const months = once(ctx, 'months', () => r.pick(['levant', 'levant', 'dual'] as const));
  if (r.chance(0.3)) w.chrome('language', r.pick(['English', 'EN | FR', 'Français']));
  w.chrome('site-name', NAME);
  if (r.chance(0.5)) w.chrome('slogan', r.pick(['موقع إخباري لبناني مستقل', 'الخبر كما هو', 'أخبار لبنان والعالم على مدار الساعة']));
  w.chrome('date', greg(now, 'long-day', months));
  if (r.chance(0.5)) w.chrome('weather', `${r.pick(CITIES_LEVANT.slice(0, 3))} ${r.int(27, 34)}° ${r.pick(['رطوبة 65%', 'غائم جزئياً', 'صافٍ', ''])}`.trim());
  if (r.chance(0.4)) w.chrome('market', r.pick([`الدولار ${r.pick(['1507.5', '1508', '1507'])} ل.ل`, `سعر صرف الدولار: 1507.5 ليرة | اليورو: ${r.int(1640, 1670)} ليرة`]));
  w.gap();
  const sep = once(ctx, 'sep', () => r.pick([' | ', ' • ', '\n', '   ']));
  const menu = MENU.slice(0, r.int(7, MENU.length));
  if (sep === '\n') w.lines('nav', menu);
  else w.chrome('nav', menu.join(sep));
  w.gap();
  if (r.chance(0.6)) {
    w.chrome('latest', r.pick(['آخر الأخبار', 'الأخبار العاجلة', 'شريط الأخبار']));
    let t = pub;
    for (const x of ctx.pool.pick(r, r.int(3, 5), ctx.file.headlines, { near: ctx.rec.day })) {
      t = new Date(t.getTime() - r.int(8, 70) * 60000);
      w.chrome('latest', `${time24(t)} ${r.pick(['', '| ', '- '])}${x.title}`);
    }
    w.gap();
  }
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  const months = once(ctx, 'months', () => r.pick(['levant', 'dual'] as const));
  header(ctx);
  if (r.chance(0.7)) w.chrome('section', section(rec, r, SECTIONS));
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  w.gap();
  w.chrome('timestamp', r.pick([`${greg(pub, 'long', months)} | ${time24(pub)}`, `نشر بتاريخ ${greg(pub, 'long', months)} - ${time24(pub)}`, `${greg(pub, 'num')} ${time24(pub)}`]));
  if (r.chance(0.5)) w.chrome('credit', r.pick(['المصدر: وكالات', `المصدر: ${NAME}`, 'المصدر: الوكالة الوطنية للإعلام', `${r.pick(CITIES_LEVANT)} - ${NAME}`, `خاص - ${NAME}`]));
  if (r.chance(0.4)) w.chrome('font-size', r.pick(['A A', 'تكبير الخط | تصغير الخط', 'A+ | A-']));
  if (r.chance(0.3)) w.chrome('print', r.pick(['طباعة', 'أرسل لصديق', 'طباعة | أرسل لصديق']));
  w.gap();
  const inserts = new Map<number, () => void>();
  const [q, ad] = insertSlots(r, ctx.body.length, 2);
  if (q !== undefined && r.chance(0.35)) {
    const quote = pullQuote(ctx.body, r);
    if (quote) inserts.set(q, () => w.chrome('pull-quote', r.pick([`«${quote}»`, `"${quote}"`, quote])));
  }
  if (ad !== undefined && r.chance(0.3)) inserts.set(ad, () => w.chrome('ad', r.pick(['إعلان', 'Advertisement', 'ADVERTISING'])));
  writeBody(ctx, inserts);
  if (r.chance(0.25)) w.chrome('credit', r.pick(['(وكالات)', `(${agencyOf(rec) ?? 'الوكالة الوطنية للإعلام'})`, `«${NAME}»`]));
  w.gap();
  if (r.chance(0.55)) {
    const tags = tagsFor(rec, r, 4);
    if (tags.length) w.chrome('tags', `${r.pick(['كلمات مفتاحية:', 'الكلمات المفتاحية:', 'مواضيع:'])} ${tags.join(' ، ')}`);
    w.gap();
  }
  if (r.chance(0.75)) {
    w.chrome('related', r.pick(['إقرأ أيضاً', 'إقرأ أيضا', 'قد يهمك أيضاً']));
    w.gap(r.pick([0, 1]));
    const teasers = r.chance(0.3);
    const spaced = r.chance(0.4);
    for (const t of ctx.pool.pick(r, 4, ctx.file.headlines, { topic: rec.topic, near: rec.day, withLead: teasers })) {
      w.chrome('related', t.title);
      if (teasers) w.chrome('related', `${t.lead}…`);
      if (spaced) w.gap(1);
    }
    w.gap();
  }
  if (r.chance(0.5)) {
    w.chrome('follow-us', r.pick(['تابعونا على', 'تابعوا الأرز برس على']));
    w.chrome('follow-us', r.pick(['فيسبوك تويتر إنستغرام يوتيوب', 'Facebook  Twitter  Instagram  YouTube']));
    w.gap();
  }
  if (r.chance(0.4)) {
    w.lines('newsletter', r.pick([['اشترك في النشرة البريدية', 'بريدك الإلكتروني', 'اشترك'], ['النشرة الإخبارية اليومية', 'أدخل بريدك الإلكتروني لتصلك أهم الأخبار', 'اشتراك']]));
    w.gap();
  }
  w.chrome('copyright', r.pick([`جميع الحقوق محفوظة © 2015 ${NAME}`, `© ${NAME} 2015 - جميع الحقوق محفوظة`]));
  if (r.chance(0.4)) w.chrome('footer', r.pick([`تصميم وتطوير: ${person(r, false).split(' ')[1]} ويب`, 'Powered by Cedar Media', 'من نحن | اتصل بنا | أعلن معنا']));
  if (r.chance(0.3)) w.lines('cookie', ['يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك.', r.pick(['موافق', 'حسناً', 'أوافق'])]);
  w.gap();
}

export const levant: SiteDef = {
  id: 'levant',
  files: [1, 1, 2, 3, 3, 5],
  weight: (rec) => {
    const head = `${rec.title} ${rec.paragraphs[0] ?? ''}`;
    if (rec.topic === 'opinion') return 0;
    if (/لبنان|بيروت|سوري|دمشق|الأردن|عمّان|فلسطين|غزة|حزب الله|العراق|بغداد/.test(head)) return 8;
    return sectionKey(rec) === 'local' ? 0.15 : rec.topic === 'general' ? 0.8 : 0.4;
  },
  subtitles: 0.4,
  style: (r) => ({
    nl: r.chance(0.1) ? '\r\n' : '\n',
    gap: gapOf([2, 2, 3, 4]),
    paraGap: gapOf(r.chance(0.5) ? [1] : [2]),
    trail: 0.3,
    nbsp: 0.1,
    rlm: 0.05,
    indent: '',
    wrap: 0,
  }),
  page,
};
