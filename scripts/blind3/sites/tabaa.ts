/** Imaginary site 9: the "print this article" view of a regional daily (little chrome, a URL line). */
import { dd, hijri, hm12, lines, mo, one, yy, type Block, type PageCtx, type Site } from '../site-kit.js';

export const tabaa: Site = {
  key: 'tabaa',
  crlf: 0.5,
  betweenRate: 0,
  gaps: {
    para: { choices: [[1, 6], [0, 1]] },
    block: { choices: [[1, 4], [0, 2]] },
    inside: { choices: [[0, 1]] },
  },

  header(c: PageCtx): Block[] {
    return [
      one('masthead', 'صحيفة الواحة - الطبعة الإلكترونية'),
      c.rng.chance(0.5) ? lines('print-email', ['نسخة للطباعة', 'اطبع هذه الصفحة']) : one('print-email', 'نسخة للطباعة'),
    ];
  },

  preHeadline(c: PageCtx): Block[] {
    const h = hijri(c.when.day);
    return [one('date', `${h.d} ${h.month} ${h.year}هـ الموافق ${dd(c.when)}/${mo(c.when)}/${yy(c.when)}م، الساعة ${hm12(c.when)}`)];
  },

  postHeadline(): Block[] {
    return [];
  },

  between(): Block[] {
    return [];
  },

  postBody(c: PageCtx): Block[] {
    return [one('footer', `رابط المقال: http://www.alwaha-daily.example/news/${c.rng.int(100000, 999999)}`)];
  },

  footer(): Block[] {
    return [
      one('copyright', 'حقوق النشر محفوظة لصحيفة الواحة'),
      one('footer', 'أغلق النافذة'),
    ];
  },

  streamSeparator(): Block[] {
    return [];
  },
};
