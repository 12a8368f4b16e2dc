/** Imaginary site 2: a satellite news channel's website (Arabic with English bits). */
import {
  REPORTERS, countAr, dd, hoursAgo, headlineWords, hm, later, lines, monthAr, one, pad2, widget, yy,
  type Block, type PageCtx, type SectionKey, type Site,
} from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'الخليج', politics: 'الشرق الأوسط', economy: 'اقتصاد', sport: 'رياضة', world: 'العالم', culture: 'ثقافة', misc: 'منوعات',
};
const CLUBS = ['الهلال', 'النصر', 'الأهلي', 'الاتحاد', 'الشباب', 'الفتح', 'التعاون', 'الرائد', 'الفيصلي', 'الخليج'];

export const madar: Site = {
  key: 'madar',
  crlf: 0.2,
  betweenRate: 0.18,
  gaps: {
    para: { choices: [[1, 7], [2, 2], [0, 1]] },
    block: { choices: [[1, 5], [0, 2], [2, 2]] },
    inside: { choices: [[0, 8], [1, 2]] },
  },

  header(c: PageCtx): Block[] {
    const out: Block[] = [
      one('masthead', 'المدار | Al Madar News'),
      one('language', 'English'),
      one('login', 'تسجيل الدخول'),
    ];
    // The channel prints its menu one item per line.
    out.push(lines('nav', ['الرئيسية', 'أخبار', 'برامج', 'فيديو', 'تقارير', 'البث المباشر']));
    out.push(one('search', 'Search | بحث'));
    out.push(one('video', 'شاهد البث المباشر ▶'));
    if (c.rng.chance(0.5)) {
      const t = c.titles.next();
      out.push(c.rng.chance(0.5) ? one('breaking', `عاجل | ${t}`) : lines('breaking', ['عاجل', t]));
    }
    if (c.rng.chance(0.2)) {
      const score = c.file.once('madar.score', () => {
        const [a, b] = c.rng.sample(CLUBS, 2);
        return `${a} ${c.rng.int(0, 3)} - ${c.rng.int(0, 3)} ${b}`;
      });
      out.push(lines('scores', ['نتائج المباريات', score]));
    }
    return out;
  },

  preHeadline(c: PageCtx): Block[] {
    return c.rng.chance(0.7) ? [one('breadcrumb', `أخبار / ${SECTIONS[c.section]}`)] : [];
  },

  postHeadline(c: PageCtx): Block[] {
    const out: Block[] = [];
    if (c.rng.chance(0.35)) out.push(one('byline', `تقرير: ${c.rng.pick(REPORTERS)}`));
    const up = later(c.when, c.rng.int(10, 300));
    const dates: Block = [{ kind: 'date', text: `نُشر في ${dd(c.when)} ${monthAr(c.when)} ${yy(c.when)} - ${hm(c.when)} بتوقيت مكة المكرمة` }];
    if (c.rng.chance(0.5)) dates.push({ kind: 'date', text: `آخر تحديث: ${dd(up)} ${monthAr(up)} ${yy(up)} - ${hm(up)}` });
    out.push(dates);
    if (c.rng.chance(0.5)) out.push(one('agency', 'المدار - وكالات'));
    if (c.rng.chance(0.45)) {
      out.push(lines('video', ['تشغيل الفيديو', `00:00 / ${pad2(c.rng.int(0, 4))}:${pad2(c.rng.int(5, 59))}`, 'ملء الشاشة']));
    }
    if (c.rng.chance(0.25)) out.push(one('gallery', `عرض الصور (${c.rng.int(2, 12)})`));
    out.push(one('reading-time', `مدة القراءة: ${countAr(Math.max(1, Math.round(c.paragraphCount * 0.7)), 'دقيقة واحدة', 'دقيقتان', 'دقائق', 'دقيقة')}`));
    out.push(widget('share', 'Share', ['Facebook', 'Twitter', 'WhatsApp', 'Telegram', 'Email'], c.file.perLine || c.rng.chance(0.5), ' '));
    return out;
  },

  between(c: PageCtx): Block[] {
    if (c.rng.chance(0.55)) return [one('ad', c.rng.chance(0.5) ? 'Advertisement' : 'إعلان')];
    return [lines('related', ['فيديو ذو صلة', c.titles.next()])];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    const tags = headlineWords(c, c.rng.int(2, 3));
    if (tags.length) out.push(one('tags', tags.map((t) => `#${t}`).join(' ')));
    const more: string[] = ['المزيد من الأخبار'];
    for (const t of c.titles.take(c.rng.int(3, 4))) {
      more.push(t);
      more.push(hoursAgo(c.rng.int(1, 14)));
    }
    out.push(more.map((text, i) => ({ kind: i > 0 && i % 2 === 0 ? 'date' : 'related', text })));
    out.push(widget('follow', 'تابعونا', ['Facebook', 'Twitter', 'YouTube', 'Instagram'], c.file.perLine, ' | '));
    out.push(lines('app', ['حمّل تطبيق المدار', 'App Store', 'Google Play']));
    return out;
  },

  footer(c: PageCtx): Block[] {
    const out: Block[] = [
      one('footer', 'عن القناة | الترددات | جدول البرامج | اتصل بنا | وظائف'),
      one('copyright', '© 2015 Al Madar Media Network. All rights reserved.'),
    ];
    if (c.rng.chance(0.6)) {
      out.push(lines('cookie', ['يستخدم هذا الموقع ملفات تعريف الارتباط (Cookies). باستمرارك في التصفح فإنك توافق على ذلك.', 'موافق']));
    }
    return out;
  },

  streamSeparator(c: PageCtx): Block[] {
    return c.rng.chance(0.6) ? [one('prev-next', 'Next Story | الخبر التالي')] : [];
  },
};

