// A mobile (AMP) page: hamburger and close glyphs, compact meta, each
// sentence of a paragraph on its own line, right-to-left marks on some
// chrome lines, "view full site" and back-to-top links.

import { seg, type PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, gapRange, hoursAgo, pad2, pullQuote, when, writeBody, type Env, type Site,
} from '../kit.js';

const RLM = '\u200f';

export const ampMarsad: Site = {
  id: 'amp-marsad',
  outlets: ['okaz', 'aawsat'],
  perFile: [1, 2, 2, 3],
  style: () => ({ eol: '\n', trailingSpace: 0.02, gap: gapRange(1, 1), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    const marks = rng.chance(0.6);
    const ch = (kind: string, text: string): void => w.ch(kind, marks && rng.chance(0.6) ? (rng.chance(0.7) ? RLM + text : text + RLM) : text);
    const sentenceMode = rng.chance(0.7);
    recs.forEach((rec, i) => {
      if (i > 0) w.boundary();
      const t = when(rec, rng);
      ch('menu', rng.pick(['☰', '≡', 'القائمة', '☰ القائمة']));
      ch('site-name', rng.pick(['المرصد', 'المرصد | AMP', 'almarsad']));
      if (rng.chance(0.4)) ch('search', rng.pick(['🔍', 'بحث']));
      w.gap();
      if (rng.chance(0.5)) ch('section', rng.pick(['أخبار', 'محليات', 'العالم', 'اقتصاد', 'رياضة']));
      w.begin(rec);
      w.line(seg('headline', rec.title));
      const txt = articleText(rec, rng.chance(0.5));
      if (txt.subtitle) {
        w.gap();
        w.line(seg('subtitle', txt.subtitle));
      }
      w.gap();
      ch('date', rng.pick([hoursAgo(rng), `${pad2(t.d)}.${pad2(t.m)}.${t.y} | ${pad2(t.hh)}:${pad2(t.mm)}`, `${t.y}/${t.m}/${t.d}`]));
      if (rng.chance(0.5)) ch('share', rng.pick(['مشاركة', 'شارك عبر واتساب', 'مشاركة ↗']));
      w.gap();
      if (rng.chance(0.3)) {
        ch('image', rng.pick(['صورة', 'الصورة: أرشيفية', 'صورة أرشيفية']));
        w.gap();
      }
      const quote = rng.chance(0.3) ? pullQuote(rng, txt.body) : null;
      const relAt = rng.chance(0.5) ? rng.int(0, txt.body.length - 2) : -1;
      writeBody(w, txt.body, {
        mode: sentenceMode ? 'sentences' : 'line',
        between: (k) => {
          if (k === relAt) {
            ch('read-also', `${rng.pick(['اقرأ أيضاً', 'شاهد أيضاً', 'مواضيع مقترحة'])}`);
            ch('read-also', env.pool.titles(rng, 1)[0] as string);
            w.gap();
          }
          if (k === 0 && quote) {
            ch('pullquote', `«${quote}»`);
            w.gap();
          }
        },
      });
      w.gap();
      if (rng.chance(0.7)) {
        ch('related-header', rng.pick(['اقرأ أيضاً', 'المزيد من المرصد', 'أخبار مقترحة']));
        for (const x of env.pool.titles(rng, rng.int(2, 4))) {
          ch('related', x);
          if (rng.chance(0.4)) ch('related-date', hoursAgo(rng));
        }
        w.gap();
      }
      ch('back-to-top', rng.pick(['العودة للأعلى ↑', '↑ أعلى الصفحة', 'للأعلى']));
      ch('full-site', rng.pick(['عرض النسخة الكاملة', 'النسخة الكاملة من الموقع', 'View non-AMP version']));
      ch('copyright', rng.pick(['© المرصد 2015', 'جميع الحقوق محفوظة للمرصد']));
      if (i < recs.length - 1) w.blank(rng.int(1, 2));
    });
  },
};
