/** Imaginary site 7: a sports news site (live scores strip, polls, galleries). */
import {
  dd, headlineWords, hm, lines, mo, one, pad2, thousands, widget, yy,
  type Block, type PageCtx, type SectionKey, type Site,
} from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'الدوري السعودي', politics: 'منوعات رياضية', economy: 'استثمار رياضي', sport: 'الدوري السعودي', world: 'كرة عالمية', culture: 'منوعات رياضية', misc: 'منوعات رياضية',
};
const CLUBS = ['الهلال', 'النصر', 'الأهلي', 'الاتحاد', 'الشباب', 'الفتح', 'التعاون', 'الرائد', 'الفيصلي', 'الخليج', 'هجر', 'نجران', 'العروبة', 'القادسية'];
const STATE = ['انتهت', 'الشوط الأول', 'الشوط الثاني', 'لم تبدأ'];

export const malaeb: Site = {
  key: 'malaeb',
  crlf: 0.1,
  betweenRate: 0.2,
  gaps: {
    para: { choices: [[1, 5], [2, 3], [0, 1]] },
    block: { choices: [[1, 5], [2, 2], [0, 2]] },
    inside: { choices: [[0, 8], [1, 2]] },
  },

  header(c: PageCtx): Block[] {
    const games = c.file.once('malaeb.games', () => {
      const clubs = c.rng.shuffle(CLUBS);
      const out: string[] = [];
      for (let i = 0; i + 1 < clubs.length && out.length < 3; i += 2) {
        out.push(`${clubs[i]} ${c.rng.int(0, 4)} - ${c.rng.int(0, 4)} ${clubs[i + 1]} (${c.rng.pick(STATE)})`);
      }
      return out;
    });
    return [
      one('masthead', 'ملاعب | كل الرياضة'),
      widget('nav', null, ['دوري جميل', 'كأس الملك', 'أبطال آسيا', 'الدوريات الأوروبية', 'الانتقالات', 'فيديو', 'مباشر'], c.file.perLine, ' | '),
      lines('scores', ['النتائج المباشرة', ...games]),
    ];
  },

  preHeadline(c: PageCtx): Block[] {
    return [one('breadcrumb', `ملاعب › ${SECTIONS[c.section]}`)];
  },

  postHeadline(c: PageCtx): Block[] {
    const out: Block[] = [];
    const meta: Block = [{ kind: 'date', text: `${pad2(dd(c.when))}-${pad2(mo(c.when))}-${yy(c.when)} | ${hm(c.when)}` }];
    meta.push({ kind: 'views', text: `${thousands(c.rng.int(300, 90000))} مشاهدة` });
    out.push(meta);
    if (c.rng.chance(0.3)) out.push(one('gallery', `ألبوم الصور (${c.rng.int(4, 20)})`));
    if (c.rng.chance(0.4)) out.push(one('caption-credit', c.rng.chance(0.5) ? '(ملاعب)' : 'الصورة: من المصدر'));
    return out;
  },

  between(c: PageCtx): Block[] {
    const r = c.rng.float();
    if (r < 0.55) return [one('ad', 'مساحة إعلانية')];
    if (r < 0.8) return [one('video', '▶ شاهد الفيديو')];
    return [lines('related', ['اقرأ كذلك', c.titles.next()])];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    const tags = headlineWords(c, 2);
    if (tags.length && c.rng.chance(0.5)) out.push(one('tags', tags.map((t) => `#${t}`).join(' ')));
    out.push(one('rating', `ما رأيك في الخبر؟ رائع (${c.rng.int(0, 500)}) جيد (${c.rng.int(0, 200)}) سيئ (${c.rng.int(0, 90)})`));
    if (c.rng.chance(0.5)) {
      out.push(lines('poll', ['استفتاء ملاعب', 'من الأقرب للفوز بلقب الدوري هذا الموسم؟', 'الهلال', 'النصر', 'الأهلي', 'الاتحاد', 'صوّت الآن', 'عرض النتائج']));
    }
    out.push(lines('related', ['أخبار متعلقة', ...c.titles.take(c.rng.int(2, 4))]));
    out.push(lines('prev-next', ['السابق', c.titles.next(), 'التالي', c.titles.next()]));
    out.push(lines('comments', [`التعليقات (${c.rng.int(0, 140)})`, 'أضف تعليقاً', 'يجب تسجيل الدخول للتعليق']));
    if (c.rng.chance(0.4)) out.push(one('whatsapp-sms', 'لمتابعة أخبار ملاعب عبر الرسائل القصيرة أرسل 1 إلى 801234'));
    out.push(one('follow', 'تابع ملاعب على تويتر @malaeb_sa'));
    out.push(one('back-to-top', 'أعلى الصفحة'));
    return out;
  },

  footer(): Block[] {
    return [
      one('footer', 'عن ملاعب | أعلن معنا | الخصوصية | اتصل بنا'),
      one('copyright', 'جميع الحقوق محفوظة © ملاعب 2015'),
    ];
  },

  streamSeparator(): Block[] {
    return [one('separator', '•••')];
  },
};
