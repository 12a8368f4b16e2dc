/** Imaginary site 1: a daily newspaper's desktop site. */
import {
  CITIES, PHOTOGRAPHERS, REPORTERS, countAr, dd, fixed, headlineWords, hijri, hm, later, lines, mo, monthAr, one, pad2, widget, wd, yy,
  type Block, type PageCtx, type SectionKey, type Site,
} from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'محليات', politics: 'سياسة', economy: 'اقتصاد', sport: 'رياضة', world: 'دوليات', culture: 'ثقافة وفنون', misc: 'منوعات',
};

export const ufuq: Site = {
  key: 'ufuq',
  crlf: 0.1,
  betweenRate: 0.22,
  gaps: {
    para: { choices: [[0, 2], [1, 6], [2, 1]] },
    block: { choices: [[0, 3], [1, 5], [2, 1]] },
    inside: { choices: [[0, 9], [1, 1]] },
  },

  header(c: PageCtx): Block[] {
    const h = hijri(c.when.day);
    const temps = c.file.once('ufuq.temps', () => [c.rng.int(41, 46), c.rng.int(33, 38), c.rng.int(39, 45)]);
    const out: Block[] = [
      one('date', `${wd(c.when)} ${h.d} ${h.month} ${h.year} هـ - ${dd(c.when)} ${monthAr(c.when)} ${yy(c.when)} م`),
      one('login', 'دخول | تسجيل جديد'),
      one('article-id', `العدد ${c.file.once('ufuq.issue', () => c.rng.int(15100, 15400)) + (dd(c.when) % 7)}`),
    ];
    if (c.rng.chance(0.6)) out.push(one('weather', `الرياض ${temps[0]}° | جدة ${temps[1]}° | الدمام ${temps[2]}°`));
    if (c.rng.chance(0.4)) {
      const fx = c.file.once('ufuq.fx', () => [3.75, 4.1 + c.rng.float() * 0.05, 5.8 + c.rng.float() * 0.1]);
      out.push(one('currency', `الدولار ${fixed(fx[0] ?? 0, 2)} | اليورو ${fixed(fx[1] ?? 0, 2)} | الإسترليني ${fixed(fx[2] ?? 0, 2)}`));
    }
    out.push(one('masthead', 'الأفق'));
    out.push(one('masthead', 'صحيفة يومية سياسية شاملة'));
    out.push(
      widget('nav', null, ['الرئيسية', 'محليات', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'كتاب وآراء', 'منوعات', 'الأرشيف'], c.file.perLine && c.rng.chance(0.5), ' | '),
    );
    out.push(one('search', 'ابحث في الأفق'));
    if (c.rng.chance(0.3)) out.push(lines('breaking', ['عاجل', c.titles.next()]));
    return out;
  },

  preHeadline(c: PageCtx): Block[] {
    return [one('breadcrumb', `الرئيسية » ${SECTIONS[c.section]}`)];
  },

  postHeadline(c: PageCtx): Block[] {
    const out: Block[] = [];
    const r = c.rng.float();
    if (r < 0.45) out.push(one('byline', `${c.rng.pick(CITIES)} - ${c.rng.pick(REPORTERS)}`));
    else if (r < 0.6) out.push(one('agency', '(الأفق) - خاص'));
    const pub = c.when;
    const date: Block = [{ kind: 'date', text: `نشر في: ${yy(pub)}/${pad2(mo(pub))}/${pad2(dd(pub))} - ${hm(pub)}` }];
    if (c.rng.chance(0.4)) {
      const up = later(pub, c.rng.int(20, 400));
      date.push({ kind: 'date', text: `آخر تحديث: ${yy(up)}/${pad2(mo(up))}/${pad2(dd(up))} - ${hm(up)}` });
    }
    out.push(date);
    out.push(widget('share', 'شارك', ['فيسبوك', 'تويتر', 'واتساب', 'البريد الإلكتروني'], c.file.perLine, ' | '));
    if (c.rng.chance(0.7)) out.push(one('font', 'حجم الخط: أ+ | أ-'));
    out.push(one('print-email', 'طباعة | إرسال لصديق'));
    if (c.rng.chance(0.3)) out.push(lines('gallery', ['معرض الصور', countAr(c.rng.int(3, 15), 'صورة', 'صورتان', 'صور', 'صورة')]));
    if (c.rng.chance(0.35)) out.push(one('caption-credit', `(تصوير: ${c.rng.pick(PHOTOGRAPHERS)})`));
    return out;
  },

  between(c: PageCtx): Block[] {
    const r = c.rng.float();
    if (r < 0.5) return [one('ad', 'إعلان')];
    if (r < 0.85) return [one('related', `اقرأ أيضاً: ${c.titles.next()}`)];
    return [lines('video', ['فيديو', `شاهد: ${c.titles.next()}`])];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    const tags = headlineWords(c, c.rng.int(2, 4));
    if (tags.length >= 2) out.push(one('tags', `الوسوم: ${tags.join(' ، ')}`));
    if (c.rng.chance(0.4)) out.push(one('whatsapp-sms', 'لتصلك أخبار الأفق على جوالك أرسل (أفق) إلى 88551'));
    const n = c.rng.int(0, 24);
    out.push(lines('comments', [`التعليقات (${n})`, 'أضف تعليقك']));
    out.push(lines('related', ['أخبار ذات صلة', ...c.titles.take(c.rng.int(2, 4))]));
    const mostRead = c.file.once('ufuq.most', () => c.titles.take(5));
    out.push(lines('most-read', ['الأكثر قراءة', ...mostRead.map((t, i) => `${i + 1}- ${t}`)]));
    if (c.rng.chance(0.3)) {
      out.push(lines('poll', ['استطلاع الرأي', 'هل أنت راضٍ عن مستوى الخدمات البلدية في حيّك؟', 'نعم', 'لا', 'إلى حد ما', 'تصويت']));
    }
    if (c.rng.chance(0.3)) {
      const times = c.file.once('ufuq.prayer', () => ['4:08', '12:05', '3:30', '6:58', '8:28']);
      out.push(one('prayer-times', `مواقيت الصلاة (الرياض): الفجر ${times[0]} - الظهر ${times[1]} - العصر ${times[2]} - المغرب ${times[3]} - العشاء ${times[4]}`));
    }
    out.push(lines('newsletter', ['النشرة البريدية', 'اشترك ليصلك أهم أخبار الأفق يومياً', 'بريدك الإلكتروني', 'اشترك']));
    return out;
  },

  footer(): Block[] {
    return [
      one('footer', 'من نحن | هيئة التحرير | اتصل بنا | أعلن معنا | سياسة الخصوصية | شروط الاستخدام'),
      one('copyright', 'جميع الحقوق محفوظة لصحيفة الأفق © 2015'),
    ];
  },

  streamSeparator(c: PageCtx): Block[] {
    return c.rng.chance(0.5) ? [one('prev-next', 'الخبر التالي')] : [];
  },
};
