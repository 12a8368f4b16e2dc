// "منبر": an opinion and columns site. Writer's name and bio around the
// headline, reading time, pull quotes, "more by this writer", a disclaimer.
import { greg, hijriStr } from '../dates.js';
import { gapOf, insertSlots, isPersonal, makeComments, once, person, pullQuote, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { AUTHOR_BIOS, POLLS } from '../vocab.js';

const NAME = 'منبر';
const MENU = ['الرئيسية', 'الكتّاب', 'مقالات اليوم', 'تحليلات', 'فكر وثقافة', 'اقتصاد', 'مجتمع', 'الأرشيف', 'من نحن'];

function writer(ctx: PageCtx): string {
  return once(ctx, `writer:${ctx.rec.id}`, () => (isPersonal(ctx.rec.author) ? ctx.rec.author : person(ctx.r)));
}

function header(ctx: PageCtx): void {
  const { w, r, now } = ctx;
  w.chrome('site-name', r.pick([`${NAME} | مقالات وآراء`, NAME, `${NAME} الرأي`]));
  if (r.chance(0.5)) w.chrome('slogan', r.pick(['مساحة حرة للرأي والحوار', 'أقلام عربية']));
  if (r.chance(0.5)) w.chrome('date', `${greg(now, 'long-day')} | ${hijriStr(now, 'long')}`);
  const menu = MENU.slice(0, r.int(6, MENU.length));
  if (once(ctx, 'navLines', () => r.chance(0.5))) w.lines('nav', menu);
  else w.chrome('nav', menu.join(r.pick(['  ', ' · ', ' | '])));
  if (r.chance(0.4)) w.chrome('search', 'ابحث عن كاتب أو مقال');
  w.gap();
}

/** A browser reader-view copy: almost no chrome left. */
function readerView(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  const mins = Math.max(1, Math.round(rec.words / 200));
  w.chrome('site-name', r.pick(['minbar-alrai.com', 'www.minbar-alrai.com', NAME]));
  w.gap(r.pick([0, 1]));
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  w.chrome('byline', writer(ctx));
  w.chrome('reading-time', r.pick([`${mins}-${mins + 1} دقائق`, `وقت القراءة: ${mins} - ${mins + 1} دقائق`, `${mins}–${mins + 2} minutes`]));
  w.gap(1);
  writeBody(ctx);
  w.gap(2);
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  if (once(ctx, 'reader', () => r.chance(0.3))) {
    readerView(ctx);
    return;
  }
  if (r.chance(0.25)) w.chrome('page-title', `${norm(rec.title)} ${r.pick(['|', '-', '—'])} ${NAME}`);
  header(ctx);
  const name = writer(ctx);
  const bio = r.pick(AUTHOR_BIOS);
  const authorFirst = r.chance(0.5);
  if (r.chance(0.6)) w.chrome('section', r.pick(['كتّاب وآراء', 'مقالات', 'رأي']));
  if (authorFirst) {
    w.chrome('byline', name);
    if (r.chance(0.6)) w.chrome('author-bio', bio);
    w.gap(r.pick([0, 1]));
  }
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  if (!authorFirst) w.chrome('byline', r.pick([name, `بقلم: ${name}`, `${name} - ${bio}`]));
  const mins = Math.max(1, Math.round(rec.words / 180));
  w.chrome('timestamp', r.pick([greg(pub, 'long-day'), `${greg(pub, 'long')} - ${hijriStr(pub, 'long')}`, greg(pub, 'num')]));
  if (r.chance(0.5)) w.chrome('reading-time', r.pick([`${mins} دقائق قراءة`, `مدة القراءة: ${mins} د`]));
  if (r.chance(0.4)) w.chrome('font-size', r.pick(['تكبير الخط  تصغير الخط', 'ع+ ع-', 'A A']));
  if (r.chance(0.5)) w.chrome('share', r.pick(['شارك المقال', 'تغريد | مشاركة | طباعة', 'شارك']));
  w.gap();
  const inserts = new Map<number, () => void>();
  for (const s of insertSlots(r, ctx.body.length, ctx.body.length > 4 ? r.int(1, 2) : r.int(0, 1))) {
    inserts.set(s, () => {
      const q = pullQuote(ctx.body, r);
      if (q && r.chance(0.7)) w.chrome('pull-quote', r.pick([`«${q}»`, `“${q}”`, q]));
      else w.chrome('ad', 'إعلان');
    });
  }
  writeBody(ctx, inserts);
  w.gap();
  if (r.chance(0.5)) w.chrome('author-bio', `${name}: ${bio}${r.chance(0.5) ? '، له عدد من المؤلفات' : ''}`);
  if (r.chance(0.6)) w.chrome('disclaimer', r.pick(['المقالات المنشورة تعبر عن رأي كتّابها ولا تعبر بالضرورة عن رأي الموقع', `جميع الآراء الواردة تمثل أصحابها ولا تمثل ${NAME}`]));
  w.gap();
  const mine = ctx.pool.pick(r, r.int(2, 5), ctx.file.headlines, { author: rec.author });
  if (mine.length >= 2 && r.chance(0.8)) {
    w.chrome('related', r.pick(['مقالات أخرى للكاتب', `المزيد من مقالات ${name}`, 'للكاتب أيضاً']));
    for (const t of mine) w.chrome('related', t.title);
    if (r.chance(0.5)) w.chrome('related', 'جميع مقالات الكاتب');
    w.gap();
  }
  if (r.chance(0.7)) {
    w.chrome('latest', r.pick(['أحدث المقالات', 'اقرأ لكتّاب آخرين', 'مقالات اليوم']));
    for (const t of ctx.pool.pick(r, r.int(3, 5), ctx.file.headlines, { topic: 'opinion', near: rec.day })) {
      const a = t.author && isPersonal(t.author) ? t.author : person(r);
      const form = once(ctx, 'latestForm', () => r.int(0, 2));
      if (form === 0) w.lines('latest', [a, t.title]);
      else if (form === 1) w.chrome('latest', `${t.title} — ${a}`);
      else w.line([{ c: 'latest', text: t.title }, { ws: '\t' }, { c: 'latest', text: a }]);
    }
    w.gap();
  }
  if (r.chance(0.5)) {
    const cs = makeComments(r, r.int(1, 4), pub);
    w.chrome('comments', r.pick([`تعليقات القراء (${cs.length})`, 'التعليقات', `${cs.length} تعليقات`]));
    for (const c of cs) {
      w.line([{ c: 'comment', text: c.name }, { ws: ' ' }, { c: 'comment', text: `- ${greg(c.at, 'num')}` }]);
      w.chrome('comment', c.text);
    }
    w.lines('comments', ['شاركنا رأيك', r.pick(['إرسال', 'نشر التعليق'])]);
    w.gap();
  }
  if (r.chance(0.2)) {
    const p = r.pick(POLLS.opinion);
    w.lines('poll', [p.q, ...p.opts, 'صوّت']);
    w.gap();
  }
  w.chrome('footer', r.pick(['من نحن | شروط النشر | اكتب معنا | اتصل بنا', 'اكتب معنا  اتصل بنا  سياسة الخصوصية']));
  w.chrome('copyright', r.pick([`© ${NAME} 2015`, `جميع الحقوق محفوظة لموقع ${NAME} © 2015`]));
  w.gap();
}

export const opinion: SiteDef = {
  id: 'opinion',
  files: [1, 1, 2, 2, 4, 4],
  weight: (rec) => (rec.topic === 'opinion' && isPersonal(rec.author) ? 1 : 0),
  subtitles: 0.3,
  style: (r) => ({
    nl: r.chance(0.1) ? '\r\n' : '\n',
    gap: gapOf(r.chance(0.5) ? [1] : [2]),
    paraGap: gapOf(r.chance(0.6) ? [1] : [0]),
    trail: 0.05,
    nbsp: 0.05,
    rlm: 0,
    indent: r.chance(0.2) ? '    ' : '',
    wrap: 0,
  }),
  page,
};
