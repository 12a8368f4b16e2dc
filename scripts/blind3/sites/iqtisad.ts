/** Imaginary site 6: an economic daily (market tickers, subscriptions, PDF edition). */
import {
  CITIES, PHOTOGRAPHERS, REPORTERS, dd, fixed, headlineWords, hm, lines, mo, one, thousands, widget, wd, yy,
  type Block, type PageCtx, type SectionKey, type Site,
} from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'محليات', politics: 'سياسة', economy: 'أسواق', sport: 'رياضة', world: 'الاقتصاد العالمي', culture: 'ثقافة', misc: 'منوعات',
};
const SUB: Record<SectionKey, string> = {
  local: 'المناطق', politics: 'الشرق الأوسط', economy: 'الأسهم السعودية', sport: 'كرة القدم', world: 'تقارير', culture: 'كتب', misc: 'متفرقات',
};

export const iqtisad: Site = {
  key: 'iqtisad',
  crlf: 0.1,
  betweenRate: 0.3,
  gaps: {
    para: { choices: [[1, 5], [0, 3], [2, 1]] },
    block: { choices: [[1, 4], [0, 3], [2, 2]] },
    inside: { choices: [[0, 9], [1, 1]] },
  },

  header(c: PageCtx): Block[] {
    const m = c.file.once('iqtisad.market', () => ({
      tasi: 9000 + c.rng.float() * 400,
      tasiP: (c.rng.float() - 0.5) * 2.4,
      brent: 52 + c.rng.float() * 8,
      brentP: (c.rng.float() - 0.5) * 3,
      gold: 1085 + c.rng.float() * 40,
      usd: 3.7498 + c.rng.float() * 0.001,
    }));
    const arrow = (p: number): string => (p >= 0 ? '▲' : '▼');
    const ticker = [
      `تاسي ${thousands(Math.floor(m.tasi))}.${String(Math.floor((m.tasi % 1) * 100)).padStart(2, '0')} ${arrow(m.tasiP)} ${fixed(Math.abs(m.tasiP), 2)}%`,
      `برنت ${fixed(m.brent, 2)} دولار ${arrow(m.brentP)} ${fixed(Math.abs(m.brentP), 2)}%`,
      `الذهب ${thousands(Math.floor(m.gold))} دولار للأونصة`,
      `الدولار/ريال ${fixed(m.usd, 4)}`,
    ];
    return [
      widget('currency', null, ticker, c.file.perLine || c.rng.chance(0.5), '   '),
      one('login', 'دخول المشتركين | اشترك في النسخة الرقمية'),
      one('language', 'English Edition'),
      one('masthead', 'الاقتصاد اليوم'),
      one('nav', 'أسواق | شركات | عقارات | طاقة | بنوك | تقنية | آراء | بيانات'),
      one('app', 'تحميل عدد اليوم (PDF)'),
    ];
  },

  preHeadline(c: PageCtx): Block[] {
    return [one('breadcrumb', `الرئيسية > ${SECTIONS[c.section]} > ${SUB[c.section]}`)];
  },

  postHeadline(c: PageCtx): Block[] {
    const out: Block[] = [];
    if (c.rng.chance(0.6)) out.push(one('byline', `${c.rng.pick(REPORTERS)} من ${c.rng.pick(CITIES)}`));
    else out.push(one('agency', 'المصدر: وكالات'));
    out.push(one('date', `${wd(c.when)} ${dd(c.when)}/${mo(c.when)}/${yy(c.when)} - ${hm(c.when)}`));
    if (c.rng.chance(0.5)) out.push(one('article-id', `رقم المقال: ${c.rng.int(800000, 899999)}`));
    const tools: Block = [
      { kind: 'font', text: 'A+ | A-' },
      { kind: 'print-email', text: 'طباعة | إرسال | PDF' },
    ];
    if (c.rng.chance(0.5)) tools.push({ kind: 'reading-time', text: `قراءة ${c.rng.int(3, 9)} دقائق` });
    out.push(tools);
    if (c.rng.chance(0.3)) out.push(one('caption-credit', 'الصورة: أرشيفية'));
    return out;
  },

  between(c: PageCtx): Block[] {
    const r = c.rng.float();
    if (r < 0.6) return [one('ad', 'ADVERTISEMENT')];
    if (r < 0.85) return [one('related', `للمزيد: ${c.titles.next()}`)];
    return [one('caption-credit', `(تصوير: ${c.rng.pick(PHOTOGRAPHERS)})`)];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    out.push(one('views', `تمت قراءته ${thousands(c.rng.int(150, 25000))} مرة`));
    const tags = headlineWords(c, c.rng.int(2, 3));
    if (tags.length >= 2) out.push(one('tags', `كلمات مفتاحية: ${tags.join(' | ')}`));
    out.push(lines('comments', ['التعليقات', 'لا توجد تعليقات حتى الآن. كن أول من يعلق!']));
    out.push(lines('related', ['مواضيع ذات صلة', ...c.titles.take(c.rng.int(2, 4))]));
    if (c.rng.chance(0.5)) out.push(lines('most-read', ['الأكثر قراءة في الأسواق', ...c.file.once('iqtisad.most', () => c.titles.take(4))]));
    out.push(lines('newsletter', ['النشرة الاقتصادية اليومية في بريدك', 'اشترك الآن']));
    if (c.rng.chance(0.4)) out.push(one('whatsapp-sms', 'تابع آخر أخبار الأسواق عبر واتساب على الرقم 0555123400'));
    return out;
  },

  footer(c: PageCtx): Block[] {
    return [
      one('footer', 'عن الصحيفة | الاشتراكات | الإعلانات | اتصل بنا | خريطة الموقع'),
      widget('app', 'حمّل التطبيق:', ['iPhone', 'Android', 'iPad'], c.file.perLine, ' | '),
      one('copyright', '© 2015 الاقتصاد اليوم للطباعة والنشر'),
    ];
  },

  streamSeparator(): Block[] {
    return [one('separator', 'ــــــــــــــــ')];
  },
};
