// "المدار": a pan-Arab TV news channel's site. Live-stream strip, programme
// schedule, video player controls, "watch also" videos with durations,
// satellite frequencies in the footer.
import { english, greg, time12, time24 } from '../dates.js';
import { gapOf, insertSlots, once, recordByline, section, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { CAPTIONS, PHOTO_AGENCIES, TV_PROGRAMS } from '../vocab.js';

const NAME = 'المدار';
const SECTIONS = {
  local: ['الخليج', 'السعودية'],
  arab: ['العالم العربي', 'الشرق الأوسط'],
  world: ['العالم', 'دولي'],
  sports: ['رياضة'],
  economy: ['اقتصاد', 'أسواق'],
  opinion: ['آراء'],
} as const;

const dur = (ctx: PageCtx): string => `${String(ctx.r.int(0, 9)).padStart(2, '0')}:${String(ctx.r.int(0, 59)).padStart(2, '0')}`;

function header(ctx: PageCtx): void {
  const { w, r, now } = ctx;
  w.chrome('site-name', r.pick([`${NAME} الإخبارية`, `قناة ${NAME}`, `${NAME}.نت`]));
  w.chrome('media', r.pick(['البث المباشر', 'شاهد البث المباشر ▶', '● مباشر', 'LIVE البث الحي']));
  const menu = once(ctx, 'menu', () => r.pick([
    ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'برامج', 'فيديو', 'صور', 'جدول البرامج'],
    ['أخبار', 'العالم العربي', 'العالم', 'اقتصاد', 'رياضة', 'تكنولوجيا', 'منوعات', 'البرامج', 'مباشر'],
  ]));
  if (r.chance(0.5)) w.chrome('nav', menu.join(' | '));
  else w.lines('nav', menu);
  if (r.chance(0.6)) {
    const at = new Date(now.getTime() + r.int(10, 80) * 60000);
    w.chrome('schedule', r.pick([`الآن على الشاشة: ${r.pick(TV_PROGRAMS)}`, `يعرض الآن: ${r.pick(TV_PROGRAMS)}`]));
    w.chrome('schedule', `التالي: ${r.pick(TV_PROGRAMS)} ${time24(at)}`);
  }
  if (r.chance(0.3)) w.chrome('language', r.pick(['English', 'فارسی', 'EN']));
  if (r.chance(0.3)) w.chrome('date', r.chance(0.5) ? english(now) : `${greg(now, 'long-day')} | ${english(now)}`);
  w.gap();
}

function player(ctx: PageCtx): void {
  const { w, r } = ctx;
  const d = dur(ctx);
  const form = r.int(0, 3);
  if (form === 0) w.lines('media', ['تشغيل', '00:00', d, r.pick(['ملء الشاشة', 'كتم الصوت']), 'الإعدادات']);
  else if (form === 1) w.chrome('media', `00:00 / ${d}`);
  else if (form === 2) w.lines('media', [r.pick(['مشاهدة الفيديو', '▶ شاهد الفيديو']), d]);
  else w.chrome('media', r.pick(['Your browser does not support the video tag.', 'متصفحك لا يدعم تشغيل الفيديو']));
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub, upd } = ctx;
  header(ctx);
  const sec = section(rec, r, SECTIONS);
  if (r.chance(0.5)) w.chrome('breadcrumb', `${NAME} > ${sec}`);
  const hasVideo = r.chance(0.55);
  const kicker = hasVideo ? r.pick(['فيديو', 'بالفيديو', 'شاهد']) : r.pick(['تقرير', 'خاص', 'عاجل', '']);
  if (kicker && r.chance(0.35)) w.line([{ c: 'kicker', text: `${kicker} |` }, { ws: ' ' }, { h: norm(rec.title) }]);
  else {
    if (kicker && r.chance(0.6)) w.chrome('kicker', kicker);
    w.headline(norm(rec.title));
  }
  if (ctx.sub) w.subtitle(ctx.sub);
  w.gap(r.pick([0, 1]));
  const by = recordByline(rec, NAME) ?? '';
  w.chrome('byline', r.pick([`${NAME} - ${r.pick(['دبي', 'الرياض', 'القاهرة', 'وكالات'])}`, `${NAME}.نت - وكالات`, by || `${NAME}.نت`, `${NAME} نت`]));
  w.chrome('timestamp', r.pick([
    `تاريخ النشر: ${greg(pub, 'long')} ${time24(pub)} KSA`,
    `نشر في: ${greg(pub, 'long')} - ${time12(pub, 'short')} بتوقيت مكة المكرمة`,
    `${greg(pub, 'long-day')} ${time24(pub)}`,
  ]));
  if (upd.getTime() !== pub.getTime() && r.chance(0.6)) w.chrome('timestamp', `آخر تحديث: ${greg(upd, 'long')} ${time24(upd)} KSA`);
  if (r.chance(0.5)) w.chrome('share', r.pick(['مشاركة', 'شارك عبر', 'Share']));
  w.gap();
  if (hasVideo) player(ctx);
  else if (r.chance(0.5)) w.chrome('caption', `${r.pick(CAPTIONS)} (${r.pick(PHOTO_AGENCIES)})`);
  w.gap();
  const inserts = new Map<number, () => void>();
  for (const s of insertSlots(r, ctx.body.length, r.int(0, 2))) {
    inserts.set(s, () => {
      const [t] = ctx.pool.pick(r, 1, ctx.file.headlines, { topic: rec.topic, near: rec.day });
      if (!t) return;
      if (r.chance(0.5)) w.chrome('read-also', `${r.pick(['اقرأ أيضاً:', 'اقرأ المزيد:'])} ${t.title}`);
      else w.lines('media', [r.pick(['شاهد أيضاً', 'فيديو ذو صلة']), t.title, dur(ctx)]);
    });
  }
  writeBody(ctx, inserts);
  w.gap();
  if (r.chance(0.6)) {
    w.chrome('related', r.pick(['فيديوهات ذات صلة', 'شاهد أيضاً', 'المزيد من الفيديو']));
    const durFirst = r.chance(0.5);
    for (const t of ctx.pool.pick(r, r.int(3, 5), ctx.file.headlines, { near: rec.day })) {
      if (durFirst) w.line([{ c: 'related', text: dur(ctx) }, { ws: '  ' }, { c: 'related', text: t.title }]);
      else w.lines('related', [t.title, dur(ctx)]);
    }
    w.gap();
  }
  if (r.chance(0.6)) {
    w.chrome('related', r.pick([`المزيد من ${sec}`, 'أخبار ذات صلة']));
    for (const t of ctx.pool.pick(r, r.int(3, 4), ctx.file.headlines, { topic: rec.topic, near: rec.day })) w.chrome('related', t.title);
    w.gap();
  }
  if (r.chance(0.5)) {
    w.chrome('most-read', r.pick(['الأكثر مشاهدة', 'الأكثر قراءة']));
    once(ctx, 'most', () => ctx.pool.pick(r, 5, ctx.file.headlines, { near: rec.day })).forEach((t, i) => w.chrome('most-read', `${i + 1} ${t.title}`));
    w.gap();
  }
  if (r.chance(0.5)) w.chrome('follow-us', r.pick([`تابعوا ${NAME} على تويتر وفيسبوك ويوتيوب`, 'تابعونا', `اشترك في قناة ${NAME} على يوتيوب`]));
  if (r.chance(0.4)) w.lines('apps', [`حمّلوا تطبيق ${NAME}`, 'App Store', 'Google Play']);
  w.chrome('footer', r.pick(['عن القناة | ترددات البث | اتصل بنا | الشروط والأحكام | سياسة الخصوصية', 'من نحن  الوظائف  أعلن معنا  اتصل بنا']));
  if (r.chance(0.5)) w.chrome('footer', r.pick(['نايلسات 11258 أفقي 27500', 'عربسات 12130 عمودي 27500 | نايلسات 11258 أفقي', 'التردد: نايلسات 11258 أفقي']));
  w.chrome('copyright', r.pick([`© 2015 شبكة ${NAME} الإعلامية`, `جميع الحقوق محفوظة © قناة ${NAME} 2015`, `${NAME} © 2015 All rights reserved`]));
  w.gap();
}

export const tv: SiteDef = {
  id: 'tv',
  files: [1, 1, 2, 3, 3, 4],
  weight: (rec) => (rec.topic === 'opinion' ? 0 : rec.topic === 'general' ? (/الحوثي|داعش|اليمن|سوري|العراق|إيران/.test(rec.title) ? 4 : 1) : 0.5),
  subtitles: 0.6,
  style: (r) => ({
    nl: r.chance(0.2) ? '\r\n' : '\n',
    gap: gapOf([1, 2]),
    paraGap: gapOf([1]),
    trail: 0.2,
    nbsp: 0.1,
    rlm: 0.1,
    indent: '',
    wrap: 0,
  }),
  page,
};
