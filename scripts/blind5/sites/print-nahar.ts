// A print view: print/close links, the article URL, hard-wrapped text, a
// "printed from" note. Several articles may be printed in one batch.

import type { PageWriter } from '../layout.js';
import type { Rec } from '../records.js';
import {
  articleText, author, clock, gDate, gapRange, hDate, pad2, when, writeBody, writePara, type Env, type Site,
} from '../kit.js';
import { wrap } from '../layout.js';

export const printNahar: Site = {
  id: 'print-nahar',
  outlets: ['aljazirah', 'alwatan', 'alriyadh'],
  perFile: [1, 1, 2, 3],
  style: (rng) => ({ eol: rng.chance(0.5) ? '\r\n' : '\n', trailingSpace: 0.0, gap: gapRange(1, 1), blankFill: () => '' }),
  render(w: PageWriter, recs: Rec[], env: Env): void {
    const rng = env.rng;
    const width = rng.pick([64, 72, 80, 96]);
    const batch = recs.length > 1 && rng.chance(0.5);
    const head = (): void => {
      w.ch('print', rng.pick(['اطبع هذه الصفحة | إغلاق النافذة', 'طباعة  إغلاق', '[طباعة] [إغلاق]', 'Print | Close']));
      w.ch('site-name', rng.pick(['صحيفة النهار الجديد', 'النهار الجديد', 'جريدة النهار الجديد اليومية']));
      if (rng.chance(0.6)) w.ch('print-label', rng.pick(['نسخة للطباعة', 'نسخة قابلة للطباعة', 'Printer friendly version']));
      w.gap();
    };
    head();
    recs.forEach((rec, i) => {
      const t = when(rec, rng);
      if (i > 0) {
        w.boundary();
        if (!batch) head();
      }
      w.begin(rec);
      const id = 100000 + (rec.index * 37 + t.d * 11) % 800000;
      if (rng.chance(0.5)) w.ch('url', `${rng.pick(['رابط المقال: ', 'الرابط: ', 'URL: '])}http://www.nahar-jadeed.net/news/${t.y}/${pad2(t.m)}/${pad2(t.d)}/${id}.html`);
      if (rng.chance(0.5)) w.ch('section', rng.pick(['محليات', 'الرأي', 'شؤون عربية', 'الاقتصاد', 'الثقافية']));
      w.block('headline', wrap(rec.title, width));
      w.gap();
      const txt = articleText(rec, rng.chance(0.5));
      if (txt.subtitle) {
        writePara(w, 'subtitle', txt.subtitle, { mode: 'wrap', width });
        w.gap();
      }
      if (rng.chance(0.8)) w.ch('byline', rng.pick([`بقلم: ${author(rng, rec)}`, author(rng, rec), `${author(rng, rec)} - النهار الجديد`]));
      w.ch('date', rng.pick([`تاريخ النشر: ${gDate(t, rng)}`, `${hDate(t, rng)} - ${gDate(t, rng)}`, `${gDate(t, rng)} ${clock(t, rng)}`]));
      w.gap();
      writeBody(w, txt.body, { mode: 'wrap', width, gap: () => w.blank(1) });
      w.gap();
      if (!batch || i === recs.length - 1 || rng.chance(0.3)) {
        w.ch('rule', rng.pick(['-'.repeat(width), '='.repeat(Math.floor(width / 2)), '_'.repeat(40)]));
        w.ch('printed-from', rng.pick([
          `طبعت هذه الصفحة من موقع النهار الجديد بتاريخ ${gDate(t, rng)}`,
          `تمت الطباعة من www.nahar-jadeed.net في ${t.y}/${pad2(t.m)}/${pad2(t.d)} ${clock(t, rng)}`,
          'جميع الحقوق محفوظة © النهار الجديد 2015',
        ]));
        if (rng.chance(0.5)) w.ch('copyright', rng.pick(['جميع الحقوق محفوظة لصحيفة النهار الجديد', '© 2015 Al-Nahar Al-Jadeed']));
      } else {
        w.ch('rule', rng.pick(['* * *', '~~~~~~', '- - - - - -']));
      }
      if (i < recs.length - 1) w.blank(rng.int(1, 4));
    });
  },
};
