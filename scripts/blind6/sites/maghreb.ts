// "أطلس 24": a Moroccan news site. Language switch with Tifinagh, Moroccan
// month names, prayer times, "إشهار" slots and numbered reader comments.
import { ago, greg, hijriStr, time24 } from '../dates.js';
import { dayDate, fmtNum, gapOf, insertSlots, makeComments, once, person, section, sectionKey, tagsFor, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { CITIES_MA } from '../vocab.js';

const NAME = 'أطلس 24';
const SECTIONS = {
  local: ['دولية', 'العالم العربي'],
  arab: ['العالم العربي', 'دولية', 'مغاربية'],
  world: ['دولية', 'العالم'],
  sports: ['رياضة', 'رياضة دولية'],
  economy: ['اقتصاد', 'مال وأعمال'],
  opinion: ['كتاب وآراء'],
} as const;
const MENU = ['الرئيسية', 'سياسة', 'مجتمع', 'جهات', 'اقتصاد', 'رياضة', 'فن وثقافة', 'دولية', 'كتاب وآراء', 'فيديو', 'مغاربة العالم'];

function prayer(ctx: PageCtx): void {
  const { w, r } = ctx;
  const city = r.pick(CITIES_MA.slice(0, 5));
  const times = [['الفجر', '04:3'], ['الشروق', '06:2'], ['الظهر', '13:3'], ['العصر', '17:1'], ['المغرب', '20:3'], ['العشاء', '22:0']].map(([n, t]) => `${n} ${t}${r.int(0, 9)}`);
  if (r.chance(0.5)) {
    w.chrome('prayer-times', `مواقيت الصلاة - ${city}`);
    w.lines('prayer-times', times);
  } else w.chrome('prayer-times', `${city}: ${times.join(' | ')}`);
}

function header(ctx: PageCtx): void {
  const { w, r, now } = ctx;
  w.chrome('language', r.pick(['Français | English | ⵜⴰⵎⴰⵣⵉⵖⵜ', 'FR  EN  ⵜⴰⵎⴰⵣⵉⵖⵜ', 'النسخة الفرنسية']));
  if (r.chance(0.4)) w.chrome('follow-us', r.pick(['فيسبوك تويتر يوتيوب', 'تابعونا']));
  w.chrome('site-name', r.pick([NAME, `${NAME} | جريدة إلكترونية مغربية`]));
  w.chrome('date', r.pick([
    `${greg(now, 'long-day', 'ma')}`,
    `${greg(now, 'long-day', 'ma')} - ${hijriStr(now, 'long', 'latin', ' هـ')}`,
    `${greg(now, 'long-day', 'ma')} | ${time24(now)}`,
  ]));
  if (r.chance(0.5)) w.chrome('weather', `${r.pick(CITIES_MA)} ${r.int(22, 38)}°C`);
  if (r.chance(0.45)) prayer(ctx);
  w.gap();
  const lines = once(ctx, 'navLines', () => r.chance(0.3));
  const menu = MENU.slice(0, r.int(8, MENU.length));
  if (lines) w.lines('nav', menu);
  else w.chrome('nav', menu.join(' '));
  if (r.chance(0.5)) w.chrome('search', r.pick(['بحث', 'ابحث هنا...']));
  w.gap();
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  header(ctx);
  const bylineFirst = r.chance(0.4);
  const by = r.pick([`${NAME} - ${r.pick(CITIES_MA)}`, 'هيئة التحرير', `${person(r)} - ${r.pick(CITIES_MA)}`, `${NAME} - وكالات`, `${NAME} | متابعة`]);
  if (bylineFirst) w.chrome('byline', by);
  if (r.chance(0.6)) w.chrome('section', section(rec, r, SECTIONS));
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  if (!bylineFirst) w.chrome('byline', by);
  const stamp = r.pick([`${greg(pub, 'long-day', 'ma')} - ${time24(pub)}`, `${greg(pub, 'num')} - ${time24(pub)}`, `${ago(ctx.now, pub)}`]);
  w.chrome('timestamp', stamp);
  const ncom = r.int(0, 6);
  if (r.chance(0.6)) w.chrome('counter', r.pick([`تعليقات (${ncom})`, `${ncom} تعليقات | ${fmtNum(r.int(200, 12000), 'latin', ' ')} مشاهدة`, `مشاهدات ${r.int(200, 12000)}`]));
  if (r.chance(0.5)) w.chrome('share', r.pick(['شارك', 'مشاركة', 'Partager']));
  w.gap();
  const inserts = new Map<number, () => void>();
  for (const s of insertSlots(r, ctx.body.length, r.int(0, 2))) {
    inserts.set(s, () => w.chrome('ad', r.pick(['إشهار', 'Publicité', 'إعلان', 'PUBLICITÉ'])));
  }
  writeBody(ctx, inserts);
  w.gap();
  if (r.chance(0.5)) {
    const tags = tagsFor(rec, r, 4);
    if (tags.length) w.chrome('tags', tags.join(' '));
  }
  if (r.chance(0.7)) {
    w.chrome('related', r.pick(['مقالات ذات صلة', 'أخبار ذات صلة', 'اقرأ أيضا']));
    const dated = r.chance(0.5);
    for (const t of ctx.pool.pick(r, 3, ctx.file.headlines, { topic: rec.topic, near: rec.day })) {
      w.chrome('related', t.title);
      if (dated) w.chrome('related', greg(dayDate(t.day), 'long-day', 'ma'));
    }
    w.gap();
  }
  if (r.chance(0.6)) {
    const cs = makeComments(r, ncom, pub);
    w.chrome('comments', r.pick(['تعليقات الزوار', `التعليقات (${ncom})`, 'آراء القراء']));
    if (r.chance(0.5)) w.chrome('disclaimer', r.pick(['المرجو الالتزام بآداب الحوار وعدم نشر التعليقات المسيئة', 'التعليقات المنشورة لا تعبر بالضرورة عن رأي الجريدة']));
    const rel = r.chance(0.5);
    const votes = r.chance(0.6);
    cs.forEach((c, i) => {
      w.chrome('comment', `${i + 1} - ${c.name}`);
      w.chrome('comment', rel ? ago(ctx.now, c.at) : `${greg(c.at, 'num')} - ${time24(c.at)}`);
      w.chrome('comment', c.text);
      if (votes) w.chrome('comment', `أعجبني ${c.likes} | لم يعجبني ${r.int(0, 9)}`);
      w.gap(r.pick([0, 1]));
    });
    w.lines('comments', r.pick([['أضف تعليقك', 'الإسم', 'البريد الإلكتروني', 'التعليق', 'إرسال'], ['أضف تعليقك', 'إرسال']]));
    w.gap();
  }
  w.chrome('footer', r.pick(['من نحن | اتصل بنا | شروط الاستخدام | الإعلان', 'هيئة التحرير  اتصل بنا  الإشهار']));
  w.chrome('copyright', r.pick([`جميع الحقوق محفوظة © ${NAME} - 2015`, `${NAME} © 2015`, `© 2015 ${NAME}. Tous droits réservés`]));
  w.gap();
}

function listing(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  header(ctx);
  w.chrome('listing', section(rec, r, SECTIONS));
  const own = ctx.fileRecs.slice(ctx.index, ctx.index + r.int(1, 3)).map((x) => norm(x.title));
  const items = r.shuffle([...own, ...ctx.pool.pick(r, r.int(5, 9), ctx.file.headlines, { topic: rec.topic, near: rec.day }).map((t) => t.title)]);
  const dated = r.chance(0.6);
  let at = ctx.now;
  for (const t of items) {
    at = new Date(at.getTime() - r.int(1, 9) * 3600000);
    w.chrome('listing', t);
    if (dated) w.chrome('listing', `${greg(at, 'long-day', 'ma')} - ${time24(at)}`);
  }
  w.chrome('pagination', r.pick(['التالي', '1 2 3 ... 120', 'المزيد']));
  w.gap(2);
}

export const maghreb: SiteDef = {
  id: 'maghreb',
  files: [1, 2, 2, 3, 3, 4],
  weight: (rec) => {
    const head = `${rec.title} ${rec.paragraphs[0] ?? ''}`;
    if (rec.topic === 'opinion') return 0;
    if (/المغرب|الجزائر|تونس|ليبيا|الرباط|موريتانيا|إسبانيا|فرنسا/.test(head)) return 8;
    return sectionKey(rec) === 'local' ? 0.15 : rec.topic === 'general' ? 1 : 0.6;
  },
  subtitles: 0.5,
  style: (r) => ({
    nl: r.chance(0.2) ? '\r\n' : '\n',
    gap: gapOf([1]),
    paraGap: gapOf(r.chance(0.5) ? [0] : [1]),
    trail: 0.2,
    nbsp: 0.05,
    rlm: 0.1,
    indent: '',
    wrap: 0,
  }),
  page,
  listing,
  listingChance: 0.35,
};
