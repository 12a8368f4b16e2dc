/** Imaginary site 3: the mobile page of a news portal (short lines, icons, app prompts). */
import { CITIES, hoursAgo, lines, minutesAgo, one, thousands, widget, type Block, type PageCtx, type SectionKey, type Site } from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'محليات', politics: 'سياسة', economy: 'اقتصاد', sport: 'رياضة', world: 'العالم', culture: 'ثقافة', misc: 'منوعات',
};
const SKY = ['مشمس', 'غائم جزئياً', 'غبار', 'صحو', 'رطب'];

export const sada: Site = {
  key: 'sada',
  crlf: 0.05,
  betweenRate: 0.25,
  gaps: {
    para: { choices: [[0, 4], [1, 5]] },
    block: { choices: [[0, 6], [1, 3]] },
    inside: { choices: [[0, 1]] },
  },

  header(c: PageCtx): Block[] {
    const out: Block[] = [];
    if (c.rng.chance(0.5)) {
      out.push(lines('cookie', ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع', 'حسناً']));
    }
    out.push(one('nav', '☰ القائمة'));
    out.push(one('masthead', 'صدى'));
    out.push(one('search', 'بحث'));
    if (c.rng.chance(0.5)) {
      const w = c.file.once('sada.weather', () => ({ city: c.rng.pick(CITIES), t: c.rng.int(32, 47), sky: c.rng.pick(SKY) }));
      out.push(one('weather', `${w.city} ${w.t}° ${w.sky}`));
    }
    if (c.rng.chance(0.25)) out.push(one('prayer-times', `المغرب ${c.rng.int(6, 7)}:${c.rng.int(10, 59)} م`));
    if (c.rng.chance(0.25)) out.push(one('breaking', `🔴 عاجل: ${c.titles.next()}`));
    if (c.rng.chance(0.15)) out.push(lines('scores', ['مباريات اليوم', 'لا توجد مباريات']));
    return out;
  },

  preHeadline(c: PageCtx): Block[] {
    return [one('breadcrumb', SECTIONS[c.section])];
  },

  postHeadline(c: PageCtx): Block[] {
    const ago = c.rng.chance(0.6) ? hoursAgo(c.rng.int(1, 23)) : minutesAgo(c.rng.int(2, 59));
    const out: Block[] = [one('date', ago)];
    const meta: Block = [];
    if (c.rng.chance(0.6)) meta.push({ kind: 'views', text: `👁 ${thousands(c.rng.int(120, 48000))}` });
    if (c.rng.chance(0.5)) meta.push({ kind: 'reading-time', text: `⏱ ${c.rng.int(3, 8)} دقائق للقراءة` });
    if (meta.length) out.push(meta);
    return out;
  },

  between(c: PageCtx): Block[] {
    return [one('ad', c.rng.chance(0.7) ? '- إعلان -' : 'إعلان')];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    out.push(one('whatsapp-sms', 'شارك الخبر عبر واتساب'));
    out.push(widget('share', null, ['تويتر', 'فيسبوك', 'نسخ الرابط'], c.file.perLine || c.rng.chance(0.6), ' · '));
    out.push(one('rating', `هل أعجبك الخبر؟ 👍 ${c.rng.int(0, 300)} 👎 ${c.rng.int(0, 40)}`));
    if (c.rng.chance(0.5)) out.push(one('comments', 'التعليقات مغلقة'));
    out.push(lines('prev-next', ['الخبر السابق', c.titles.next(), 'الخبر التالي', c.titles.next()]));
    if (c.rng.chance(0.6)) out.push(lines('most-read', ['الأكثر تداولاً', ...c.titles.take(3)]));
    out.push(one('back-to-top', '↑ للأعلى'));
    return out;
  },

  footer(): Block[] {
    return [
      one('app', 'حمّل تطبيق صدى مجاناً'),
      one('footer', 'النسخة الكاملة للموقع'),
      one('copyright', 'صدى © 2015'),
    ];
  },

  streamSeparator(): Block[] {
    return [];
  },
};
