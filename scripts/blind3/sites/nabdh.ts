/** Imaginary site 4: a blog-like portal running on a common CMS. */
import {
  REPORTERS, countAr, dd, headlineWords, lines, monthAr, one, thousands, widget, yy,
  type Block, type PageCtx, type SectionKey, type Site,
} from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'أخبار الخليج', politics: 'سياسة', economy: 'مال وأعمال', sport: 'رياضة', world: 'حول العالم', culture: 'ثقافة وأدب', misc: 'منوعات',
};
const STARS = ['★★★★★', '★★★★☆', '★★★☆☆', '★★☆☆☆'];

export const nabdh: Site = {
  key: 'nabdh',
  crlf: 0.15,
  betweenRate: 0.15,
  gaps: {
    para: { choices: [[1, 8], [2, 1]] },
    block: { choices: [[1, 6], [0, 2], [2, 1]] },
    inside: { choices: [[0, 7], [1, 3]] },
  },

  header(c: PageCtx): Block[] {
    const out: Block[] = [
      widget('login', null, ['تسجيل الدخول', 'إنشاء حساب'], c.file.perLine, ' | '),
      one('masthead', 'نبض الخليج'),
      one('masthead', 'بوابة إخبارية منوعة'),
      one('nav', 'الرئيسية - أخبار الخليج - مال وأعمال - رياضة - تقنية - صحة - مقالات - اتصل بنا'),
      one('search', 'ابحث هنا...'),
    ];
    if (c.rng.chance(0.35)) out.unshift(lines('cookie', ['يستخدم هذا الموقع الكوكيز لضمان حصولك على أفضل تجربة.', 'أوافق', 'المزيد']));
    return out;
  },

  preHeadline(c: PageCtx): Block[] {
    return [one('breadcrumb', `أنت هنا: الرئيسية / ${SECTIONS[c.section]}`)];
  },

  postHeadline(c: PageCtx): Block[] {
    const n = c.file.once(`nabdh.comments.${c.headline}`, () => c.rng.int(0, 17));
    const out: Block[] = [];
    out.push(one('byline', `بواسطة ${c.rng.pick(REPORTERS)} | ${SECTIONS[c.section]} | ${n === 0 ? 'لا توجد تعليقات' : countAr(n, 'تعليق واحد', 'تعليقان', 'تعليقات', 'تعليقاً')}`));
    const meta: Block = [{ kind: 'date', text: `${dd(c.when)} ${monthAr(c.when)}، ${yy(c.when)}` }];
    if (c.rng.chance(0.6)) meta.push({ kind: 'views', text: `المشاهدات: ${thousands(c.rng.int(40, 9000))}` });
    if (c.rng.chance(0.5)) meta.push({ kind: 'reading-time', text: `وقت القراءة: ${c.rng.int(3, 9)} دقائق` });
    out.push(meta);
    if (c.rng.chance(0.3)) out.push(one('print-email', 'طباعة المقال'));
    return out;
  },

  between(c: PageCtx): Block[] {
    return [one('ad', c.rng.chance(0.6) ? 'إعلانات' : 'Sponsored')];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    out.push(one('rating', `قيّم هذا المقال ${c.rng.pick(STARS)} (${countAr(c.rng.int(1, 80), 'صوت واحد', 'صوتان', 'أصوات', 'صوتاً')})`));
    out.push(widget('share', 'شارك المقال:', ['تويتر', 'فيسبوك', 'واتساب', 'تيليجرام'], c.file.perLine || c.rng.chance(0.4), ' '));
    const tags = headlineWords(c, c.rng.int(2, 4));
    if (tags.length >= 2) out.push(one('tags', `وسوم: ${tags.join(', ')}`));
    out.push(lines('prev-next', ['المقال السابق', `« ${c.titles.next()}`, 'المقال التالي', `${c.titles.next()} »`]));
    out.push(lines('related', ['مقالات قد تعجبك', ...c.titles.take(3)]));
    if (c.rng.chance(0.35)) {
      out.push(lines('poll', ['صوّت', 'ما هي وجهتك المفضلة لقضاء إجازة الصيف؟', 'داخل المملكة', 'دول الخليج', 'أوروبا', 'أخرى', 'النتائج']));
    }
    const n = c.file.once(`nabdh.comments.${c.headline}`, () => c.rng.int(0, 17));
    const com: string[] = [];
    if (n > 0 && c.rng.chance(0.6)) com.push(`${countAr(n, 'تعليق واحد', 'تعليقان', 'تعليقات', 'تعليقاً')} على "${c.headline}"`);
    com.push('اترك تعليقاً');
    if (c.rng.chance(0.7)) com.push('لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *');
    com.push('الاسم *', 'البريد الإلكتروني *', 'الموقع', 'إرسال التعليق');
    out.push(lines('comments', com));
    if (c.rng.chance(0.5)) out.push(lines('newsletter', ['اشترك في قائمتنا البريدية', 'اشتراك']));
    return out;
  },

  footer(): Block[] {
    return [
      one('follow', 'تابعنا على تويتر وفيسبوك وإنستغرام'),
      one('footer', 'سياسة الخصوصية | اتصل بنا | أعلن معنا'),
      one('copyright', '© 2015 نبض الخليج. جميع الحقوق محفوظة. | Powered by WordPress'),
      one('back-to-top', 'الذهاب إلى الأعلى'),
    ];
  },

  streamSeparator(): Block[] {
    return [];
  },
};
