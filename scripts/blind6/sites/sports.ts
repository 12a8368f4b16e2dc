// "ستاد العرب": a sports site. Live-score strip, league menu, view counters,
// standings table (tab-separated, as a table's innerText), polls, comments.
import { ago, greg, time12, time24 } from '../dates.js';
import { fmtNum, gapOf, insertSlots, makeComments, once, person, recordByline, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { POLLS } from '../vocab.js';

const NAME = 'ستاد العرب';
const TEAMS = ['الهلال', 'النصر', 'الأهلي', 'الاتحاد', 'الشباب', 'الفتح', 'التعاون', 'الرائد', 'الفيصلي', 'الخليج', 'الوحدة', 'نجران', 'الاتفاق', 'هجر', 'العروبة', 'الرياض'];
const EURO = ['برشلونة', 'ريال مدريد', 'أتلتيكو مدريد', 'مانشستر يونايتد', 'تشيلسي', 'أرسنال', 'ليفربول', 'بايرن ميونيخ', 'يوفنتوس', 'روما', 'ميلان', 'باريس سان جيرمان'];
const LEAGUES = ['الدوري السعودي', 'الدوري الإنجليزي', 'الدوري الإسباني', 'الدوري الإيطالي', 'دوري أبطال آسيا', 'دوري أبطال أوروبا', 'المنتخبات', 'رياضات أخرى'];

function league(ctx: PageCtx): string {
  const t = `${ctx.rec.title} ${ctx.rec.paragraphs[0] ?? ''}`;
  if (/برشلونة|ريال مدريد|إسبان|أتلتيكو/.test(t)) return 'الدوري الإسباني';
  if (/مانشستر|تشيلسي|أرسنال|ليفربول|إنجلي|ليستر/.test(t)) return 'الدوري الإنجليزي';
  if (/يوفنتوس|ميلان|روما|إيطالي|إنتر/.test(t)) return 'الدوري الإيطالي';
  if (/المنتخب/.test(t)) return 'المنتخبات';
  if (/الهلال|النصر|الأهلي|الاتحاد|الشباب|الفتح|التعاون|الرائد|الفيصلي|الاتفاق/.test(t)) return 'الدوري السعودي';
  return ctx.r.pick(['رياضات أخرى', 'كرة عالمية', 'أخبار رياضية']);
}

function scores(ctx: PageCtx): void {
  const { w, r, now } = ctx;
  const rows = once(ctx, 'scores', () => {
    const teams = r.shuffle(r.chance(0.5) ? TEAMS : EURO);
    return [0, 2, 4].slice(0, r.int(2, 3)).map((i) => ({ a: teams[i] as string, b: teams[i + 1] as string, x: r.int(0, 4), y: r.int(0, 3), s: r.pick(['انتهت', "90'", 'ودية', "67'", 'لم تبدأ']) }));
  });
  w.chrome('scores', r.pick(['مباريات اليوم', 'نتائج مباشرة', 'المباريات الودية']));
  const tabbed = once(ctx, 'tabbed', () => r.chance(0.5));
  for (const m of rows) {
    const score = m.s === 'لم تبدأ' ? time24(new Date(now.getTime() + 3 * 3600000)) : `${m.x} - ${m.y}`;
    w.chrome('scores', tabbed ? `${m.a}\t${score}\t${m.b}\t${m.s}` : `${m.a} ${score} ${m.b} ${m.s === 'لم تبدأ' ? '' : `(${m.s})`}`.trim());
  }
}

function header(ctx: PageCtx): void {
  const { w, r } = ctx;
  if (r.chance(0.4)) w.chrome('login', r.pick(['تسجيل الدخول | حساب جديد', 'دخول', 'انضم إلينا']));
  w.chrome('site-name', NAME);
  if (r.chance(0.5)) w.chrome('slogan', r.pick(['كل الرياضة في مكان واحد', 'الموقع الرياضي العربي الأول']));
  const lines = once(ctx, 'navLines', () => r.chance(0.5));
  const menu = ['الرئيسية', ...LEAGUES.slice(0, r.int(5, LEAGUES.length)), 'فيديو'];
  if (lines) w.lines('nav', menu);
  else w.chrome('nav', menu.join(r.pick([' | ', '  ', ' - '])));
  w.gap();
  if (r.chance(0.6)) {
    scores(ctx);
    w.gap();
  }
}

function standings(ctx: PageCtx): void {
  const { w, r } = ctx;
  w.chrome('table', r.pick(['جدول الترتيب', 'ترتيب الدوري - الموسم الماضي', 'الترتيب']));
  const full = r.chance(0.5);
  w.chrome('table', full ? 'المركز\tالفريق\tل\tف\tت\tخ\tنقاط' : '#\tالفريق\tلعب\tنقاط');
  const teams = r.sample(TEAMS, 6);
  let pts = r.int(60, 70);
  teams.forEach((t, i) => {
    const won = Math.min(26, Math.floor(pts / 3));
    const drawn = Math.min(26 - won, pts - 3 * won);
    const row = full ? `${i + 1}\t${t}\t26\t${won}\t${drawn}\t${26 - won - drawn}\t${pts}` : `${i + 1}\t${t}\t26\t${pts}`;
    w.chrome('table', row);
    pts -= r.int(1, 6);
  });
  if (r.chance(0.5)) w.chrome('table', 'الجدول الكامل');
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  header(ctx);
  const lg = league(ctx);
  w.chrome('breadcrumb', r.pick([`الرئيسية > ${lg}`, lg, `${NAME} / ${lg}`]));
  if (r.chance(0.2)) w.chrome('kicker', r.pick(['رسمياً', 'خاص', 'انتقالات', 'فيديو', 'عاجل']));
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  const by = recordByline(rec, NAME) ?? `${NAME} - ${r.pick(['الرياض', 'جدة', 'وكالات'])}`;
  const when = r.pick([`${greg(pub, 'long')} - ${time12(pub, 'short')}`, ago(ctx.now, pub), `${greg(pub, 'num')} ${time24(pub)}`]);
  if (r.chance(0.5)) w.line([{ c: 'byline', text: by }, { ws: ' ' }, { c: 'timestamp', text: `- ${when}` }]);
  else {
    w.chrome('byline', r.chance(0.3) ? `${NAME} - ${person(r, false)}` : by);
    w.chrome('timestamp', when);
  }
  if (r.chance(0.6)) w.chrome('counter', r.pick([`👁 ${fmtNum(r.int(300, 60000))}`, `${fmtNum(r.int(300, 60000))} مشاهدة`, `تعليقات ${r.int(0, 80)}`, `قراءة ${fmtNum(r.int(300, 60000))}`]));
  if (r.chance(0.5)) w.chrome('share', r.pick(['شارك', 'تويتر فيسبوك واتساب', 'مشاركة الخبر']));
  w.gap();
  if (r.chance(0.5)) w.chrome('caption', `${r.pick(['من تدريبات الفريق', 'جانب من المباراة', 'لقطة من اللقاء', 'اللاعب خلال المران', 'صورة أرشيفية'])}${r.chance(0.5) ? ` (تصوير: ${person(r, false)})` : ''}`);
  w.gap();
  const inserts = new Map<number, () => void>();
  for (const s of insertSlots(r, ctx.body.length, r.int(0, 2))) {
    inserts.set(s, () => {
      if (r.chance(0.5)) w.chrome('ad', r.pick(['إعلان', 'مساحة إعلانية']));
      else {
        const [t] = ctx.pool.pick(r, 1, ctx.file.headlines, { topic: 'sports', near: rec.day });
        if (t) w.chrome('read-also', `${r.pick(['اقرأ أيضاً:', 'طالع أيضاً:', 'شاهد أيضاً:'])} ${t.title}`);
      }
    });
  }
  writeBody(ctx, inserts);
  w.gap();
  if (r.chance(0.7)) {
    w.chrome('related', r.pick(['أخبار ذات صلة', 'المزيد من الأخبار', `آخر أخبار ${lg}`]));
    for (const t of ctx.pool.pick(r, r.int(3, 6), ctx.file.headlines, { topic: 'sports', near: rec.day })) {
      w.chrome('related', once(ctx, 'relNum', () => r.chance(0.3)) ? `• ${t.title}` : t.title);
    }
    w.gap();
  }
  if (r.chance(0.4)) {
    standings(ctx);
    w.gap();
  }
  if (r.chance(0.35)) {
    const p = r.pick(POLLS.sports);
    w.chrome('poll', r.pick(['استفتاء', 'صوّت', 'رأيك يهمنا']));
    w.chrome('poll', p.q);
    w.lines('poll', p.opts);
    w.chrome('poll', r.pick(['تصويت', 'صوّت الآن | النتائج', 'عرض النتائج']));
    w.gap();
  }
  if (r.chance(0.5)) {
    const cs = makeComments(r, r.int(1, 6), pub);
    w.chrome('comments', r.pick([`التعليقات (${cs.length})`, `${cs.length} تعليق`, 'تعليقات الجماهير']));
    const teams = r.chance(0.4);
    const meta = r.int(0, 2);
    for (const c of cs) {
      w.chrome('comment', `${c.name}${teams ? ` | ${r.pick(TEAMS)}` : ''}`);
      w.chrome('comment', c.text);
      w.chrome('comment', meta === 0 ? `${ago(ctx.now, c.at)} · رد` : meta === 1 ? `👍 ${c.likes}  👎 ${r.int(0, 9)}` : 'رد');
    }
    w.gap();
  }
  if (r.chance(0.5)) {
    w.chrome('most-read', 'الأكثر قراءة');
    once(ctx, 'most', () => ctx.pool.pick(r, 5, ctx.file.headlines, { topic: 'sports', near: rec.day })).forEach((t, i) => w.chrome('most-read', `${i + 1}. ${t.title}`));
    w.gap();
  }
  w.chrome('footer', r.pick(['من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية', 'عن الموقع  الشروط  اتصل بنا']));
  w.chrome('copyright', r.pick([`© ${NAME} 2015`, `جميع الحقوق محفوظة ${NAME} © 2015`]));
  w.gap();
}

function listing(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  header(ctx);
  w.chrome('listing', r.pick(['آخر الأخبار', league(ctx), 'أخبار الأندية']));
  const own = ctx.fileRecs.slice(ctx.index).map((x) => norm(x.title));
  const items = r.shuffle([...own, ...ctx.pool.pick(r, r.int(4, 7), ctx.file.headlines, { topic: 'sports', near: rec.day }).map((t) => t.title)]);
  const aged = r.chance(0.5);
  let at = ctx.now;
  for (const t of items) {
    at = new Date(at.getTime() - r.int(20, 200) * 60000);
    w.chrome('listing', t);
    if (aged) w.chrome('listing', ago(ctx.now, at));
  }
  w.chrome('pagination', r.pick(['تحميل المزيد', 'المزيد من الأخبار', '1 2 3 4 التالي']));
  w.gap(2);
}

export const sports: SiteDef = {
  id: 'sports',
  files: [1, 2, 2, 3, 4, 4],
  weight: (rec) => (rec.topic === 'sports' ? 1 : 0),
  subtitles: 0.6,
  style: (r) => ({
    nl: r.chance(0.2) ? '\r\n' : '\n',
    gap: gapOf(r.chance(0.5) ? [0] : [1, 1, 2]),
    paraGap: gapOf(r.chance(0.5) ? [0] : [1]),
    trail: 0.15,
    nbsp: 0.05,
    rlm: 0.05,
    indent: '',
    wrap: 0,
  }),
  page,
  listing,
  listingChance: 0.35,
};
