// "الواحة": a Saudi print daily's desktop site. Hijri + Gregorian masthead,
// issue number, breaking ticker, classic related / comments / most-read tail.
import { ago, greg, hijriStr, time12 } from '../dates.js';
import {
  agencyOf, dayDate, fmtNum, gallery, gapOf, insertSlots, isPersonal, makeComments, once, person, placeOf, pullQuote, recordByline, section,
  someOf, tagsFor, writeBody, type PageCtx, type SiteDef,
} from '../kit.js';
import { norm } from '../records.js';
import { CAPTIONS, CITIES_GULF } from '../vocab.js';

const NAME = 'الواحة';
const SECTIONS = {
  local: ['محليات', 'محليات', 'الوطن'],
  arab: ['عربي ودولي', 'الخليج والعرب'],
  world: ['دوليات', 'عربي ودولي', 'العالم'],
  sports: ['رياضة', 'الرياضة'],
  economy: ['اقتصاد', 'المال والأعمال'],
  opinion: ['مقالات', 'الرأي'],
} as const;
const MENU = ['الرئيسية', 'محليات', 'الخليج والعرب', 'دوليات', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'مقالات', 'منوعات', 'كاريكاتير', 'الأرشيف', 'النسخة الورقية PDF'];

function header(ctx: PageCtx): void {
  const { w, r, pub } = ctx;
  const navMode = once(ctx, 'nav', () => r.pick(['pipes', 'lines', 'spaces', 'dots'] as const));
  if (r.chance(0.3)) w.line([{ c: 'login', text: r.pick(['تسجيل الدخول | اشترك', 'دخول  تسجيل', 'حسابي', 'تسجيل الدخول']) }]);
  w.chrome('site-name', r.pick([NAME, `صحيفة ${NAME}`, NAME]));
  if (r.chance(0.6)) w.chrome('slogan', r.pick(['صحيفة يومية سعودية شاملة', 'تصدر عن مؤسسة الواحة للصحافة والنشر', 'صوت الوطن منذ 1965']));
  const h = hijriStr(pub, 'long');
  const g = greg(pub, 'long', 'gulf');
  w.chrome('date', r.pick([`${greg(pub, 'long-day')} - ${h}`, `${h} الموافق ${g} م`, `${g}م | ${h}`, `${hijriStr(pub, 'long', 'latin', 'هـ')} - ${g}م`]));
  if (r.chance(0.5)) w.chrome('edition', `العدد ${fmtNum(16800 + Math.floor(pub.getTime() / 864e5) % 400, 'latin', '')}`);
  if (r.chance(0.4)) w.chrome('weather', r.sample(CITIES_GULF.slice(0, 8), 3).map((c) => `${c} ${r.int(33, 47)}°`).join(r.pick([' | ', '  ', ' - '])));
  w.gap();
  const menu = someOf(r, MENU, 7);
  if (navMode === 'lines') w.lines('nav', menu);
  else w.chrome('nav', menu.join(navMode === 'pipes' ? ' | ' : navMode === 'dots' ? ' • ' : '  '));
  if (r.chance(0.6)) w.chrome('search', r.pick(['بحث', 'ابحث في الواحة', 'بحث متقدم', 'ابحث...']));
  if (r.chance(0.5)) {
    const [t] = ctx.pool.pick(r, 1, ctx.file.headlines, { near: ctx.rec.day });
    if (t) {
      if (r.chance(0.5)) w.line([{ c: 'ticker', text: `عاجل: ${t.title}` }]);
      else w.lines('ticker', ['عاجل', t.title]);
    }
  }
  w.gap();
}

function byline(ctx: PageCtx): string {
  const { r, rec } = ctx;
  const own = recordByline(rec, NAME);
  if (own && r.chance(0.75)) return isPersonal(own) && r.chance(0.5) ? `${r.pick(['كتب:', 'بقلم:', 'إعداد:'])} ${own}` : own;
  return r.pick([`${r.pick(CITIES_GULF)} - ${person(r)}`, `${NAME} - ${r.pick(CITIES_GULF)}`, `${person(r)} (${r.pick(CITIES_GULF)})`]);
}

function articleHead(ctx: PageCtx): void {
  const { w, r, pub, upd } = ctx;
  const sec = section(ctx.rec, r, SECTIONS);
  if (r.chance(0.6)) w.chrome('breadcrumb', `الرئيسية ${r.pick(['»', '/', '>', '›'])} ${sec}`);
  else if (r.chance(0.5)) w.chrome('section', sec);
  w.gap();
  if (r.chance(0.15)) w.chrome('kicker', r.pick(['حصري', 'تقرير', 'عاجل', 'متابعة', 'بالصور']));
  w.headline(norm(ctx.rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  w.gap();
  const by = byline(ctx);
  const stamp = r.pick([
    `${greg(pub, 'long')} - ${time12(pub, 'short')}`,
    `نشر في: ${greg(pub, 'num')} ${time12(pub, 'long')}`,
    `${hijriStr(pub, 'num-rev')} - ${greg(pub, 'num')}`,
    `${ago(ctx.now, pub)}`,
  ]);
  if (r.chance(0.4)) w.line([{ c: 'byline', text: by }, { ws: r.pick(['  ', ' ', '\t']) }, { c: 'timestamp', text: `| ${stamp}` }]);
  else {
    w.chrome('byline', by);
    w.chrome('timestamp', stamp);
  }
  if (upd.getTime() !== pub.getTime() && r.chance(0.4)) w.chrome('timestamp', `آخر تحديث: ${greg(upd, 'num')} ${time12(upd, 'short')}`);
  if (r.chance(0.5)) w.chrome('counter', r.pick([`عدد القراءات: ${fmtNum(r.int(120, 9000))}`, `قراءات ${r.int(120, 9000)}`, `${fmtNum(r.int(120, 9000))} مشاهدة`]));
  const shareTop = r.chance(0.5);
  if (shareTop) {
    if (r.chance(0.5)) w.chrome('share', r.pick(['شارك: فيسبوك تويتر واتساب', 'شارك الخبر', 'مشاركة  تويتر  فيسبوك  واتساب  البريد']));
    else w.lines('share', ['شارك', 'تويتر', 'فيسبوك', 'واتساب']);
  }
  if (r.chance(0.3)) w.line([{ c: 'font-size', text: r.pick(['حجم الخط', 'أ+ أ-', 'A+ A A-']) }]);
  if (r.chance(0.3)) w.chrome('print', r.pick(['طباعة', 'نسخة للطباعة', 'أرسل لصديق']));
  w.gap();
  if (r.chance(0.15)) gallery(w, r);
  if (r.chance(0.5)) {
    const cap = r.pick(CAPTIONS);
    w.chrome('caption', r.chance(0.5) ? `${cap} (تصوير: ${person(r, false)})` : r.chance(0.5) ? `${cap} - «${NAME}»` : cap);
    w.gap();
  }
}

function body(ctx: PageCtx): void {
  const { w, r } = ctx;
  const inserts = new Map<number, () => void>();
  const slots = insertSlots(r, ctx.body.length, r.int(0, 2));
  for (const s of slots) {
    const kind = r.pick(['read', 'read', 'ad', 'quote'] as const);
    inserts.set(s, () => {
      if (kind === 'ad') w.chrome('ad', r.pick(['إعلان', 'إعلانات', '- إعلان -']));
      else if (kind === 'quote') {
        const q = pullQuote(ctx.body, r);
        if (q) w.chrome('pull-quote', r.chance(0.5) ? `«${q}»` : q);
        else w.chrome('ad', 'إعلان');
      } else {
        const [t] = ctx.pool.pick(r, 1, ctx.file.headlines, { topic: ctx.rec.topic, near: ctx.rec.day });
        if (t) w.chrome('read-also', `${r.pick(['اقرأ أيضاً:', 'اقرأ أيضا:', 'اقرأ أيضاً..'])} ${t.title}`);
      }
    });
  }
  const glue = r.chance(0.2) ? `${placeOf(ctx.rec) ?? r.pick(CITIES_GULF)} - ${agencyOf(ctx.rec) ?? `«${NAME}»`}:` : null;
  writeBody(ctx, inserts, true, glue ?? undefined);
  const ag = agencyOf(ctx.rec);
  if (ag && r.chance(0.4)) w.chrome('credit', r.pick([`(${ag})`, `- ${ag}`, `المصدر: ${ag}`]));
  w.gap();
}

function tail(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  if (r.chance(0.6)) {
    const tags = tagsFor(rec, r, 5);
    if (tags.length) {
      if (r.chance(0.5)) w.chrome('tags', `${r.pick(['الكلمات الدلالية:', 'كلمات مفتاحية:', 'الوسوم:'])} ${tags.join(r.pick(['، ', ' - ', '  ']))}`);
      else {
        w.chrome('tags', r.pick(['الكلمات الدلالية', 'وسوم']));
        w.lines('tags', tags);
      }
      w.gap();
    }
  }
  if (r.chance(0.35)) w.chrome('share', r.pick(['شارك هذا الخبر', 'شارك عبر: تويتر | فيسبوك | واتساب | تيليجرام', 'أرسل | اطبع | شارك']));
  if (r.chance(0.75)) {
    w.chrome('related', r.pick(['أخبار ذات صلة', 'مواضيع ذات صلة', 'اقرأ في هذا الملف']));
    const withDate = r.chance(0.4);
    const teasers = r.chance(0.3);
    for (const t of ctx.pool.pick(r, r.int(3, 5), ctx.file.headlines, { topic: rec.topic, near: rec.day, withLead: teasers })) {
      w.chrome('related', t.title);
      if (withDate) w.chrome('related', greg(dayDate(t.day), 'long'));
      if (teasers) w.chrome('related', `${t.lead}...`);
    }
    w.gap();
  }
  if (r.chance(0.5)) {
    const cs = makeComments(r, r.int(0, 5), ctx.pub);
    w.chrome('comments', r.pick([`التعليقات (${cs.length})`, `${cs.length} تعليقات`, 'تعليقات القراء']));
    for (const c of cs) {
      w.line([{ c: 'comment', text: c.name }, { ws: '  ' }, { c: 'comment', text: `${greg(c.at, 'num')} ${time12(c.at, 'short')}` }]);
      w.chrome('comment', c.text);
      if (r.chance(0.4)) w.chrome('comment', `(${c.likes}) أعجبني | رد`);
    }
    w.gap();
    w.lines('comments', r.pick([['أضف تعليقك', 'الاسم', 'البريد الإلكتروني', 'التعليق', 'إرسال'], ['اكتب تعليقك', 'إرسال التعليق'], ['لا توجد تعليقات بعد، كن أول من يعلق']]));
    if (r.chance(0.5)) w.chrome('disclaimer', 'التعليقات المنشورة تعبر عن آراء أصحابها ولا تمثل رأي الصحيفة');
    w.gap();
  }
  if (ctx.next && ctx.count > 1 && r.chance(0.2)) w.chrome('next-article', `الخبر التالي: ${norm(ctx.next.title)}`);
  const most = once(ctx, 'most', () => ctx.pool.pick(r, 5, ctx.file.headlines, { near: ctx.rec.day }));
  if (r.chance(0.6)) {
    w.chrome('most-read', r.pick(['الأكثر قراءة', 'الأكثر قراءة اليوم', 'الأكثر تداولاً']));
    const numbered = once(ctx, 'mostNum', () => r.chance(0.6));
    most.forEach((t, i) => w.chrome('most-read', numbered ? `${i + 1}${r.pick(['. ', ' ', '- '])}${t.title}` : t.title));
    w.gap();
  }
  if (r.chance(0.35)) w.chrome('apps', r.pick(['حمّل تطبيق الواحة', 'تطبيق الواحة على App Store و Google Play', 'تابعنا على تطبيقات الهواتف الذكية']));
  if (r.chance(0.4)) w.chrome('follow-us', r.pick(['تابعونا على: تويتر | فيسبوك | يوتيوب | إنستغرام', 'تابعنا']));
  w.chrome('footer', r.pick(['من نحن | هيئة التحرير | اتصل بنا | أعلن معنا | سياسة الخصوصية', 'عن الصحيفة  اتصل بنا  الاشتراكات  الإعلانات', 'من نحن - اتصل بنا - الأرشيف - خريطة الموقع']));
  w.chrome('copyright', r.pick([`© جميع الحقوق محفوظة لصحيفة ${NAME} 2015`, `جميع الحقوق محفوظة © مؤسسة ${NAME} للصحافة والنشر ${hijriStr(ctx.now, 'num-rev').slice(0, 4)}هـ`, `${NAME} 2015 ©`]));
  w.gap();
}

function listing(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  header(ctx);
  const sec = section(rec, r, SECTIONS);
  w.chrome('listing', sec);
  w.gap();
  const own = ctx.fileRecs.slice(ctx.index).map((x) => norm(x.title));
  const others = ctx.pool.pick(r, r.int(4, 8), ctx.file.headlines, { topic: rec.topic, near: rec.day, withLead: true });
  const items = r.shuffle([...own.map((t) => ({ t, lead: '' })), ...others.map((o) => ({ t: o.title, lead: o.lead }))]);
  const teasers = r.chance(0.5);
  const more = r.pick(['', '', 'التفاصيل', 'اقرأ المزيد']);
  for (const it of items) {
    w.chrome('listing', it.t);
    if (teasers && it.lead) w.chrome('listing', `${it.lead}...`);
    if (more) w.chrome('listing', more);
    w.gap(r.pick([0, 1]));
  }
  w.chrome('pagination', r.pick(['1 2 3 4 5 ... التالي »', '« السابق | التالي »', 'الصفحة 1 من 24']));
  w.gap(2);
}

export const gulfDaily: SiteDef = {
  id: 'gulf-daily',
  files: [1, 1, 2, 3, 4, 5],
  weight: (rec) => (rec.topic === 'opinion' ? 0.2 : rec.topic === 'general' ? 1 : 0.6),
  subtitles: 0.7,
  style: (r) => ({
    nl: r.chance(0.15) ? '\r\n' : '\n',
    gap: gapOf([1, 1, 1, 2]),
    paraGap: gapOf(r.chance(0.7) ? [1] : [0]),
    trail: 0.1,
    nbsp: 0.05,
    rlm: 0,
    indent: '',
    wrap: 0,
  }),
  page(ctx) {
    header(ctx);
    articleHead(ctx);
    body(ctx);
    tail(ctx);
  },
  listing,
  listingChance: 0.3,
};
