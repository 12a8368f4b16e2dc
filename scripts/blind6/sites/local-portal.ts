// "صدى الجنوب": a regional e-newspaper from the south of Saudi Arabia.
// Arabic-Indic digits, Hijri-first dates, prayer times, licence line, view and
// comment counters, short link, numbered comments and classified-ad blocks.
import { ago, digits, greg, hijriStr, time12, weekday } from '../dates.js';
import { fmtNum, gallery, gapOf, insertSlots, makeComments, once, person, recordByline, section, tagsFor, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { CAPTIONS, CITIES_SOUTH } from '../vocab.js';

const NAME = 'صدى الجنوب';
const SECTIONS = {
  local: ['أخبار المنطقة', 'محليات', 'المحافظات'],
  arab: ['عربي ودولي', 'أخبار عامة'],
  world: ['عربي ودولي', 'أخبار عامة'],
  sports: ['رياضة', 'رياضة المنطقة'],
  economy: ['اقتصاد'],
  opinion: ['مقالات', 'كتّاب الصحيفة'],
} as const;
const MENU = ['الرئيسية', 'أخبار المنطقة', 'محليات', 'المحافظات', 'رياضة', 'تقارير', 'مقالات', 'اجتماعية', 'تهاني', 'تعازي', 'أرسل خبرك'];
const I = (s: string) => digits(s, 'indic');

function prayer(ctx: PageCtx): void {
  const { w, r } = ctx;
  const city = r.pick(CITIES_SOUTH.slice(0, 5));
  const list = [['الفجر', '4:0'], ['الظهر', '12:2'], ['العصر', '3:4'], ['المغرب', '6:5'], ['العشاء', '8:2']].map(([n, t]) => `${n} ${I(`${t}${r.int(0, 9)}`)}`);
  w.chrome('prayer-times', r.chance(0.5) ? `مواقيت الصلاة حسب توقيت ${city}: ${list.join('  ')}` : `مواقيت الصلاة - ${city}`);
  if (r.chance(0.5)) w.lines('prayer-times', list);
}

function header(ctx: PageCtx): void {
  const { w, r, now } = ctx;
  w.chrome('site-name', r.pick([`صحيفة ${NAME} الإلكترونية`, NAME, `${NAME} | صحيفة إلكترونية شاملة`]));
  if (r.chance(0.6)) w.chrome('slogan', r.pick(['صحيفة إلكترونية مرخصة من وزارة الثقافة والإعلام', 'صوت المنطقة', 'أخبار المنطقة الجنوبية لحظة بلحظة']));
  w.chrome('date', r.pick([
    `${weekday(now)} ${hijriStr(now, 'num-rev', 'indic')} - ${greg(now, 'num-dash', 'gulf', 'indic')}م`,
    `${hijriStr(now, 'long', 'indic')} الموافق ${greg(now, 'long', 'gulf', 'indic')} م`,
  ]));
  if (r.chance(0.5)) w.chrome('weather', `${r.pick(CITIES_SOUTH.slice(0, 6))} ${I(String(r.int(18, 42)))}°`);
  if (r.chance(0.5)) prayer(ctx);
  w.gap();
  const menu = MENU.slice(0, r.int(7, MENU.length));
  if (once(ctx, 'navLines', () => r.chance(0.6))) w.lines('nav', menu);
  else w.chrome('nav', menu.join(' - '));
  if (r.chance(0.5)) {
    w.chrome('ticker', r.pick(['شريط الأخبار', 'آخر الأخبار', 'عاجل']));
    for (const t of ctx.pool.pick(r, r.int(2, 4), ctx.file.headlines, { near: ctx.rec.day })) w.chrome('ticker', t.title);
  }
  w.gap();
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  header(ctx);
  const sec = section(rec, r, SECTIONS);
  if (r.chance(0.7)) w.chrome('section', sec);
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  w.gap(r.pick([0, 1]));
  const own = recordByline(rec, NAME);
  w.chrome('byline', r.pick([`${NAME} - ${r.pick(CITIES_SOUTH)}`, own ?? `${NAME} - ${r.pick(CITIES_SOUTH)}`, `${person(r)} - ${r.pick(CITIES_SOUTH)}`, `${r.pick(['متابعات', 'خاص'])} - ${NAME}`]));
  w.chrome('timestamp', r.pick([
    `${hijriStr(pub, 'num-rev', 'indic')} ${I(time12(pub, 'short'))}`,
    `${ago(ctx.now, pub, 'indic')}`,
    `${greg(pub, 'long-day', 'gulf', 'indic')} - ${hijriStr(pub, 'long', 'indic')}`,
  ]));
  const views = r.int(150, 15000);
  const ncom = r.int(0, 6);
  if (r.chance(0.7)) {
    if (r.chance(0.5)) w.line([{ c: 'counter', text: `المشاهدات: ${fmtNum(views, 'indic', '٬')}` }, { ws: '  ' }, { c: 'counter', text: `التعليقات: ${I(String(ncom))}` }]);
    else w.lines('counter', [I(String(views)), I(String(ncom))]);
  }
  if (r.chance(0.6)) w.chrome('share', r.pick(['واتساب', 'أرسل عبر واتساب', 'تويتر  واتساب  فيسبوك', 'شارك الخبر']));
  w.gap();
  if (r.chance(0.4)) w.chrome('caption', `${r.pick(CAPTIONS)}${r.chance(0.4) ? ` - ${NAME}` : ''}`);
  if (r.chance(0.15)) gallery(w, r);
  const inserts = new Map<number, () => void>();
  for (const s of insertSlots(r, ctx.body.length, r.int(0, 1))) {
    inserts.set(s, () => w.lines('ad', r.pick([['إعلان'], ['مساحة إعلانية', `للإعلان: ${I('05')}${I(String(r.int(10000000, 99999999)))}`], ['إعلانات']])));
  }
  const glue = r.chance(0.25) ? r.pick([`${r.pick(CITIES_SOUTH)} - ${NAME}:`, `${NAME} - ${r.pick(CITIES_SOUTH)}:`, `${r.pick(CITIES_SOUTH)} – خاص:`]) : undefined;
  writeBody(ctx, inserts, true, glue);
  w.gap();
  if (r.chance(0.5)) w.chrome('url', `${r.pick(['رابط مختصر:', 'الرابط المختصر'])} http://sadaaljanoub.net/?p=${r.int(30000, 99999)}`);
  if (r.chance(0.4)) {
    const tags = tagsFor(rec, r, 4);
    if (tags.length) w.chrome('tags', `${r.pick(['الوسوم:', 'كلمات دلالية:'])} ${tags.join('، ')}`);
  }
  w.gap();
  if (r.chance(0.65)) {
    const cs = makeComments(r, ncom, pub);
    w.chrome('comments', r.pick([`التعليقات (${I(String(ncom))})`, `${I(String(ncom))} تعليق`, 'تعليقات الزوار']));
    cs.forEach((c, i) => {
      w.chrome('comment', `(${I(String(i + 1))}) ${c.name}`);
      if (r.chance(0.7)) w.chrome('comment', ago(ctx.now, c.at, 'indic'));
      w.chrome('comment', c.text);
      w.gap(r.pick([0, 1]));
    });
    w.chrome('disclaimer', r.pick(['إدارة الصحيفة غير مسؤولة عن التعليقات المنشورة', 'التعليقات لا تعبر عن رأي الصحيفة وإنما عن رأي كاتبها', 'نرجو الالتزام بآداب الحوار']));
    w.lines('comments', r.pick([['أضف تعليقاً', 'الاسم', 'البريد الإلكتروني (لن يتم نشره)', 'التعليق', 'إرسال التعليق'], ['اترك تعليقاً', 'إرسال']]));
    w.gap();
  }
  if (r.chance(0.6)) {
    w.chrome('related', r.pick(['أخبار ذات صلة', 'قد يعجبك أيضاً', 'مواضيع مشابهة']));
    for (const t of ctx.pool.pick(r, r.int(3, 5), ctx.file.headlines, { topic: rec.topic, near: rec.day })) w.chrome('related', t.title);
    w.gap();
  }
  if (r.chance(0.3)) {
    w.lines('ad', r.pick([['تهنئة', `تتقدم أسرة ${NAME} بالتهنئة للزميل ${person(r, false)} بمناسبة عقد قرانه`], ['للإعلان في الصحيفة', I(`05${r.int(10000000, 99999999)}`)]]));
    w.gap();
  }
  w.chrome('footer', r.pick(['الرئيسية | من نحن | اتصل بنا | أعلن معنا | أرسل خبرك', 'من نحن - هيئة التحرير - اتصل بنا']));
  w.chrome('copyright', r.pick([`جميع الحقوق محفوظة لصحيفة ${NAME} الإلكترونية © ${hijriStr(ctx.now, 'num-rev', 'indic').slice(0, 4)}هـ - ${I('2015')}م`, `${NAME} © ${I('2015')}`]));
  if (r.chance(0.4)) w.chrome('footer', r.pick(['تصميم وبرمجة: مؤسسة الرؤية الرقمية', 'Powered by WordPress']));
  w.gap();
}

function listing(ctx: PageCtx): void {
  const { w, r, rec } = ctx;
  header(ctx);
  w.chrome('listing', section(rec, r, SECTIONS));
  const own = ctx.fileRecs.slice(ctx.index).map((x) => norm(x.title));
  const items = r.shuffle([...own.map((t) => ({ t, lead: '' })), ...ctx.pool.pick(r, r.int(4, 7), ctx.file.headlines, { topic: rec.topic, near: rec.day, withLead: true }).map((x) => ({ t: x.title, lead: x.lead }))]);
  const leads = r.chance(0.6);
  const views = r.chance(0.5);
  for (const it of items) {
    w.chrome('listing', it.t);
    if (it.lead && leads) w.chrome('listing', `${it.lead} ...`);
    if (views) w.chrome('listing', `${I(String(r.int(100, 9000)))} مشاهدة`);
    w.gap(r.pick([0, 1]));
  }
  w.chrome('pagination', r.pick(['« الأولى ‹ ١ ٢ ٣ ٤ › الأخيرة »', 'المزيد', 'الصفحة ١ من ٤٠']));
  w.gap(2);
}

export const localPortal: SiteDef = {
  id: 'local-portal',
  files: [1, 1, 2, 3, 3, 5],
  weight: (rec) => {
    if (rec.topic !== 'general') return 0.1;
    const head = `${rec.title} ${rec.paragraphs[0] ?? ''}`;
    return /عسير|أبها|جازان|جيزان|نجران|الباحة|خميس مشيط|بيشة|صبيا|النماص|محايل|القنفذة/.test(head) ? 20 : /أمانة|بلدية|محافظ|أمير منطقة|الشؤون الصحية|إدارة التعليم|الدفاع المدني|الهلال الأحمر/.test(head) ? 4 : 0.5;
  },
  subtitles: 0.4,
  style: (r) => ({
    nl: r.chance(0.5) ? '\r\n' : '\n',
    gap: gapOf([0, 1, 3]),
    paraGap: gapOf(r.chance(0.5) ? [0, 1] : [1]),
    trail: 0.25,
    nbsp: 0.15,
    rlm: 0.15,
    indent: '',
    wrap: 0,
  }),
  page,
  listing,
  listingChance: 0.3,
};
