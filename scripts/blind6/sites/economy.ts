// "المؤشر": a markets and business site. Index ticker at the very top,
// reading time, delayed-data disclaimer, movers table and a newsletter box.
import { greg, time12, time24 } from '../dates.js';
import { dayDate, gapOf, insertSlots, once, recordByline, tagsFor, writeBody, type PageCtx, type SiteDef } from '../kit.js';
import { norm } from '../records.js';
import { POLLS } from '../vocab.js';

const NAME = 'المؤشر';
const MENU = ['الأسواق', 'الأسهم السعودية', 'الأسواق الخليجية', 'النفط والطاقة', 'العقار', 'المصارف', 'التقنية', 'تحليلات', 'أدوات', 'التقويم الاقتصادي'];
const STOCKS = ['سابك', 'الراجحي', 'الأهلي التجاري', 'الاتصالات', 'معادن', 'المراعي', 'زين السعودية', 'إعمار', 'جرير', 'الكهرباء', 'ينساب', 'دار الأركان'];

interface Quote {
  name: string;
  value: string;
  ch: number;
}

function quotes(ctx: PageCtx): Quote[] {
  return once(ctx, 'quotes', () => {
    const r = ctx.r;
    const f = (x: number, d = 2) => x.toFixed(d).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return [
      { name: 'تاسي', value: f(8700 + r.int(0, 600) + r.int(0, 99) / 100), ch: r.int(-150, 150) / 100 },
      { name: 'نمو', value: f(3000 + r.int(0, 300) + r.int(0, 99) / 100), ch: r.int(-200, 200) / 100 },
      { name: 'برنت', value: f(52 + r.int(0, 600) / 100), ch: r.int(-300, 300) / 100 },
      { name: 'نايمكس', value: f(47 + r.int(0, 500) / 100), ch: r.int(-300, 300) / 100 },
      { name: 'الذهب', value: f(1085 + r.int(0, 3000) / 100), ch: r.int(-90, 90) / 100 },
      { name: 'الدولار/ريال', value: '3.7503', ch: 0 },
    ];
  });
}

function ticker(ctx: PageCtx): void {
  const { w, r } = ctx;
  const qs = quotes(ctx).slice(0, r.int(3, 6));
  const arrow = (c: number) => (c > 0 ? '▲' : c < 0 ? '▼' : '■');
  const fmt = (q: Quote) => `${q.name} ${q.value} ${arrow(q.ch)} ${q.ch > 0 ? '+' : ''}${q.ch.toFixed(2)}%`;
  const form = once(ctx, 'tickerForm', () => r.int(0, 2));
  if (form === 0) w.chrome('market', qs.map(fmt).join('   '));
  else if (form === 1) w.lines('market', qs.map(fmt));
  else for (const q of qs) w.chrome('market', `${q.name}\t${q.value}\t${q.ch > 0 ? '+' : ''}${q.ch.toFixed(2)}%`);
}

function header(ctx: PageCtx): void {
  const { w, r, now } = ctx;
  ticker(ctx);
  if (r.chance(0.5)) w.chrome('market', `${r.pick(['آخر تحديث', 'تحديث'])}: ${time24(now)} ${r.pick(['بتوقيت الرياض', 'KSA', ''])}`.trim());
  w.gap();
  w.chrome('site-name', r.pick([NAME, `${NAME} | أخبار الاقتصاد والأسواق`]));
  if (r.chance(0.4)) w.chrome('slogan', r.pick(['بوابتك إلى الأسواق', 'الخبر الاقتصادي أولاً بأول']));
  if (r.chance(0.4)) w.chrome('login', r.pick(['تسجيل الدخول', 'اشترك في الخدمة المميزة', 'دخول | تسجيل']));
  const menu = MENU.slice(0, r.int(6, MENU.length));
  if (once(ctx, 'navLines', () => r.chance(0.4))) w.lines('nav', menu);
  else w.chrome('nav', menu.join(' | '));
  w.gap();
}

function movers(ctx: PageCtx): void {
  const { w, r } = ctx;
  w.chrome('table', r.pick(['الأسهم الأكثر ارتفاعاً', 'الأكثر نشاطاً', 'الأسهم الأكثر انخفاضاً']));
  w.chrome('table', r.pick(['الشركة\tالسعر\tالتغير %', 'الشركة\tآخر سعر\tالتغير']));
  for (const s of r.sample(STOCKS, 5)) w.chrome('table', `${s}\t${(10 + r.int(0, 9000) / 100).toFixed(2)}\t${r.chance(0.5) ? '+' : '-'}${(r.int(1, 990) / 100).toFixed(2)}`);
}

function page(ctx: PageCtx): void {
  const { w, r, rec, pub } = ctx;
  if (r.chance(0.2)) {
    w.chrome('page-title', `${norm(rec.title)} - ${NAME}`);
    w.gap(1);
  }
  header(ctx);
  if (r.chance(0.7)) w.chrome('section', r.pick(['أسواق', 'اقتصاد', 'طاقة', 'شركات', 'اقتصاد عالمي', 'اقتصاد محلي']));
  w.headline(norm(rec.title));
  if (ctx.sub) w.subtitle(ctx.sub);
  w.gap(r.pick([0, 1]));
  const by = recordByline(rec, NAME);
  w.chrome('byline', by && r.chance(0.7) ? by : r.pick([`${NAME} - الرياض`, 'المحرر الاقتصادي', `${NAME} - وكالات`, 'وحدة التقارير']));
  const mins = Math.max(1, Math.round(rec.words / 200));
  const rt = r.pick([`قراءة ${mins} ${mins === 1 ? 'دقيقة' : mins === 2 ? 'دقيقتان' : 'دقائق'}`, `${mins} د للقراءة`, `وقت القراءة: ${mins} دقيقة`]);
  const when = r.pick([`${greg(pub, 'long')} | ${time12(pub, 'short')}`, `${greg(pub, 'iso')} ${time24(pub)}`, `${greg(pub, 'long-day')} ${time24(pub)} (مكة المكرمة)`]);
  if (r.chance(0.5)) w.line([{ c: 'timestamp', text: when }, { ws: '   ' }, { c: 'reading-time', text: rt }]);
  else {
    w.chrome('timestamp', when);
    if (r.chance(0.6)) w.chrome('reading-time', rt);
  }
  if (r.chance(0.5)) w.chrome('share', r.pick(['مشاركة', 'شارك: لينكدإن تويتر فيسبوك', 'حفظ | مشاركة | طباعة']));
  w.gap();
  const inserts = new Map<number, () => void>();
  for (const s of insertSlots(r, ctx.body.length, r.int(0, 2))) {
    inserts.set(s, () => {
      const k = r.int(0, 2);
      if (k === 0) w.chrome('ad', r.pick(['إعلان', 'محتوى مدعوم', 'Sponsored']));
      else if (k === 1) {
        const q = r.pick(quotes(ctx));
        w.chrome('market', `${q.name} ${q.value} (${q.ch > 0 ? '+' : ''}${q.ch.toFixed(2)}%)`);
      } else {
        const [t] = ctx.pool.pick(r, 1, ctx.file.headlines, { topic: 'economy', near: rec.day });
        if (t) w.chrome('read-also', `${r.pick(['اقرأ أيضاً:', 'ذات صلة:', 'اقرأ أيضا |'])} ${t.title}`);
      }
    });
  }
  writeBody(ctx, inserts);
  w.gap();
  if (r.chance(0.5)) {
    const tags = tagsFor(rec, r, 5);
    if (tags.length) w.chrome('tags', `${r.pick(['مواضيع:', 'الوسوم:'])} ${tags.join(' | ')}`);
  }
  if (r.chance(0.5)) w.chrome('disclaimer', r.pick([
    'تنويه: البيانات متأخرة 15 دقيقة على الأقل، والمحتوى لأغراض إعلامية فقط ولا يعد توصية بالبيع أو الشراء.',
    'إخلاء مسؤولية: المعلومات الواردة لا تمثل نصيحة استثمارية.',
  ]));
  w.gap();
  if (r.chance(0.7)) {
    w.chrome('related', r.pick(['أخبار ذات صلة', 'المزيد من الأسواق', 'تقارير مشابهة']));
    const dated = r.chance(0.4);
    for (const t of ctx.pool.pick(r, r.int(3, 5), ctx.file.headlines, { topic: 'economy', near: rec.day })) {
      if (dated) w.line([{ c: 'related', text: t.title }, { ws: ' ' }, { c: 'related', text: `(${greg(dayDate(t.day), 'short')})` }]);
      else w.chrome('related', t.title);
    }
    w.gap();
  }
  if (r.chance(0.45)) {
    movers(ctx);
    w.gap();
  }
  if (r.chance(0.25)) {
    const p = r.pick(POLLS.economy);
    w.lines('poll', ['استطلاع', p.q, ...p.opts, r.pick(['صوّت', 'إرسال'])]);
    w.gap();
  }
  if (r.chance(0.5)) {
    w.lines('newsletter', r.pick([['النشرة الاقتصادية اليومية', 'أدخل بريدك الإلكتروني', 'اشترك'], ['اشترك في نشرتنا لتصلك أهم أخبار الأسواق صباح كل يوم', 'اشتراك']]));
    w.gap();
  }
  if (r.chance(0.5)) {
    w.chrome('most-read', 'الأكثر قراءة');
    once(ctx, 'most', () => ctx.pool.pick(r, 5, ctx.file.headlines, { topic: 'economy', near: rec.day })).forEach((t) => w.chrome('most-read', t.title));
    w.gap();
  }
  w.chrome('footer', r.pick(['من نحن | الخدمات | الأسعار والاشتراكات | اتصل بنا | سياسة الخصوصية', 'عن المؤشر  شروط الاستخدام  اتصل بنا']));
  w.chrome('copyright', r.pick([`© 2015 ${NAME} للمعلومات المالية. جميع الحقوق محفوظة.`, `جميع الحقوق محفوظة © ${NAME} 2015`]));
  w.gap();
}

export const economy: SiteDef = {
  id: 'economy',
  files: [1, 1, 2, 3, 4, 5],
  weight: (rec) => (rec.topic === 'economy' ? 1 : 0),
  subtitles: 0.7,
  style: (r) => ({
    nl: r.chance(0.15) ? '\r\n' : '\n',
    gap: gapOf(r.chance(0.5) ? [1] : [0, 2]),
    paraGap: gapOf([1]),
    trail: 0.1,
    nbsp: 0.1,
    rlm: 0.05,
    indent: '',
    wrap: 0,
  }),
  page,
};
