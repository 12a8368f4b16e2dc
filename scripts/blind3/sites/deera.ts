/** Imaginary site 8: a busy web portal (prayer times, weather, rates, cookie bar, lists). */
import {
  CITIES, REPORTERS, dd, fixed, headlineWords, hm, lines, mo, one, pad2, widget, yy,
  type Block, type PageCtx, type SectionKey, type Site,
} from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'أخبار المملكة', politics: 'سياسة', economy: 'مال', sport: 'رياضة', world: 'عالمية', culture: 'ثقافة', misc: 'منوعات',
};
const SKY = ['مشمس', 'غائم', 'مغبر', 'حار جداً', 'صافٍ'];

export const deera: Site = {
  key: 'deera',
  crlf: 0.25,
  betweenRate: 0.3,
  gaps: {
    para: { choices: [[1, 4], [0, 2], [2, 2]] },
    block: { choices: [[1, 3], [0, 3], [2, 2]] },
    inside: { choices: [[0, 6], [1, 1]] },
  },

  header(c: PageCtx): Block[] {
    const out: Block[] = [];
    if (c.rng.chance(0.6)) {
      out.push(lines('cookie', ['We use cookies to personalise content and ads. نحن نستخدم الكوكيز لتخصيص المحتوى والإعلانات.', 'Accept | قبول']));
    }
    const pt = c.file.once('deera.prayer', () => ({ city: c.rng.pick(CITIES), t: ['4:12', '12:06', '3:31', '6:55', '8:25'] }));
    out.push(
      widget('prayer-times', `مواقيت الصلاة - ${pt.city}:`, [`الفجر ${pt.t[0]}`, `الظهر ${pt.t[1]}`, `العصر ${pt.t[2]}`, `المغرب ${pt.t[3]}`, `العشاء ${pt.t[4]}`], c.file.perLine || c.rng.chance(0.4), ' | '),
    );
    const w = c.file.once('deera.weather', () => ({ city: c.rng.pick(CITIES), t: c.rng.int(30, 48), sky: c.rng.pick(SKY) }));
    out.push(one('weather', `الطقس اليوم: ${w.city} ${w.t}° - ${w.sky}`));
    if (c.rng.chance(0.6)) {
      const fx = c.file.once('deera.fx', () => [4.08 + c.rng.float() * 0.1, 5.8 + c.rng.float() * 0.1, 3.75]);
      out.push(one('currency', `اليورو ${fixed(fx[0] ?? 0, 3)} | الجنيه الإسترليني ${fixed(fx[1] ?? 0, 3)} | الدولار ${fixed(fx[2] ?? 0, 3)}`));
    }
    out.push(one('language', 'EN | FR'));
    out.push(one('masthead', 'الديرة نت'));
    out.push(one('nav', 'أخبار | مال | رياضة | مرأة | صحة | سيارات | تقنية | فيديو'));
    out.push(one('search', 'ابحث...'));
    if (c.rng.chance(0.6)) out.push(one('breaking', `آخر الأخبار: ${c.titles.next()}`));
    if (c.rng.chance(0.15)) out.push(lines('scores', ['نتائج المباريات', 'لا توجد مباريات اليوم']));
    return out;
  },

  preHeadline(c: PageCtx): Block[] {
    return [one('breadcrumb', `الديرة نت / ${SECTIONS[c.section]}`)];
  },

  postHeadline(c: PageCtx): Block[] {
    const out: Block[] = [];
    const by = c.rng.float();
    if (by < 0.4) out.push(one('byline', `تحرير: ${c.rng.pick(REPORTERS)}`));
    else if (by < 0.7) out.push(one('agency', 'المصدر: وكالات الأنباء'));
    const meta: Block = [{ kind: 'date', text: `${pad2(dd(c.when))}.${pad2(mo(c.when))}.${yy(c.when)} ${hm(c.when)}` }];
    if (c.rng.chance(0.5)) meta.push({ kind: 'article-id', text: `ID: ${c.rng.int(70000, 99999)}` });
    if (c.rng.chance(0.4)) meta.push({ kind: 'views', text: `عدد القراءات: ${c.rng.int(20, 9999)}` });
    out.push(meta);
    if (c.rng.chance(0.3)) out.push(one('font', 'حجم الخط: كبير | متوسط | صغير'));
    if (c.rng.chance(0.3)) out.push(lines('gallery', [`الصورة 1 من ${c.rng.int(3, 9)}`, 'السابق', 'التالي']));
    if (c.rng.chance(0.35)) out.push(one('caption-credit', c.rng.chance(0.5) ? 'صورة أرشيفية' : 'Photo: Getty Images'));
    return out;
  },

  between(c: PageCtx): Block[] {
    const r = c.rng.float();
    if (r < 0.35) return [one('ad', 'إعلانات Google')];
    if (r < 0.6) return [one('ad', 'المحتوى الإعلاني')];
    if (r < 0.85) return [lines('video', ['فيديو مقترح', c.titles.next()])];
    return [one('caption-credit', '(أرشيفية)')];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    out.push(one('share', 'شارك: Facebook - Twitter - Google+ - WhatsApp'));
    out.push(one('rating', `تقييم: ${c.rng.int(1, 5)}/5`));
    out.push(one('print-email', 'طباعة | أرسل إلى صديق'));
    const tags = headlineWords(c, c.rng.int(2, 3));
    if (tags.length >= 2) out.push(one('tags', `مواضيع: ${tags.join(' - ')}`));
    const most = c.file.once('deera.most', () => c.titles.take(5));
    // numbers printed on their own lines, the titles below them
    out.push(lines('most-read', ['الأكثر مشاهدة', ...most.flatMap((t, i) => [String(i + 1), t])]));
    if (c.rng.chance(0.5)) out.push(lines('most-read', ['الأكثر تعليقاً', ...c.titles.take(3)]));
    if (c.rng.chance(0.3)) {
      out.push(lines('poll', ['استطلاع', 'هل تفضل التسوق الإلكتروني على التسوق التقليدي؟', 'نعم', 'لا', 'أحياناً', 'صوت']));
    }
    out.push(lines('app', ['حمّل تطبيق الديرة نت', 'App Store', 'Google Play']));
    return out;
  },

  footer(): Block[] {
    return [
      one('follow', 'تابعنا: فيسبوك تويتر يوتيوب'),
      one('footer', 'عن الموقع | اتصل بنا | الشروط والأحكام | سياسة الخصوصية'),
      one('copyright', 'Copyright © 2015 Aldeera.net - جميع الحقوق محفوظة'),
      one('back-to-top', '⬆'),
    ];
  },

  streamSeparator(): Block[] {
    return [one('separator', '───────')];
  },
};
