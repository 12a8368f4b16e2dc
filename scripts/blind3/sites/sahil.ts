/** Imaginary site 5: a regional news agency (terse, coded end marks, service lines). */
import {
  CITIES, dd, hm, ind, lines, mo, monthAr, one, pad2, wd, widget, yy,
  type Block, type PageCtx, type SectionKey, type Site,
} from '../site-kit.js';

const SECTIONS: Record<SectionKey, string> = {
  local: 'الأخبار المحلية', politics: 'العربية والدولية', economy: 'الاقتصادية', sport: 'الرياضية', world: 'العربية والدولية', culture: 'الثقافية', misc: 'العامة',
};
const EDITORS = ['س ح', 'ع م', 'ف ق', 'ن ط', 'م ش', 'ر ع', 'ح ب'];

export const sahil: Site = {
  key: 'sahil',
  crlf: 0.35,
  betweenRate: 0.05,
  gaps: {
    para: { choices: [[0, 5], [1, 4]] },
    block: { choices: [[0, 5], [1, 4]] },
    inside: { choices: [[0, 1]] },
  },

  header(c: PageCtx): Block[] {
    const out: Block[] = [
      one('language', 'عربي | English | Français | Español'),
      one('masthead', 'وكالة أنباء الساحل'),
      one('date', `${wd(c.when)}، ${dd(c.when)} ${monthAr(c.when)} ${yy(c.when)}`),
    ];
    if (c.rng.chance(0.7)) {
      const p = c.file.once('sahil.prayer', () => ({
        city: c.rng.pick(['الدمام', 'الخبر', 'الجبيل', 'القطيف']),
        t: ['٣:٥٢', '٥:١٨', '١١:٤٦', '٣:١٢', '٦:٣٥', '٨:٠٥'],
      }));
      out.push(one('prayer-times', `${p.city}: الفجر ${p.t[0]} الشروق ${p.t[1]} الظهر ${p.t[2]} العصر ${p.t[3]} المغرب ${p.t[4]} العشاء ${p.t[5]}`));
    }
    if (c.rng.chance(0.4)) out.push(one('weather', `درجة الحرارة في الدمام: العظمى ${ind(c.rng.int(42, 47))} - الصغرى ${ind(c.rng.int(30, 35))}`));
    if (c.rng.chance(0.3)) out.push(one('currency', `أسعار العملات: الدولار ${ind('3.7505')} ريال - اليورو ${ind('4.1220')} ريال`));
    out.push(widget('nav', null, ['الرئيسية', 'الأخبار المحلية', 'العربية والدولية', 'الاقتصادية', 'الرياضية', 'الثقافية', 'الصور'], c.file.perLine, '  |  '));
    return out;
  },

  preHeadline(c: PageCtx): Block[] {
    const out: Block[] = [one('breadcrumb', `القسم: ${SECTIONS[c.section]}`)];
    if (c.rng.chance(0.6)) out.push(one('date', `${hm(c.when)} | ${pad2(dd(c.when))}-${pad2(mo(c.when))}-${yy(c.when)}`));
    return out;
  },

  postHeadline(c: PageCtx): Block[] {
    const out: Block[] = [];
    out.push(one('article-id', `رقم الخبر: ${c.rng.int(410000, 489999)}`));
    if (c.rng.chance(0.6)) out.push(one('agency', `${c.rng.pick(CITIES)} (وسا)`));
    if (c.rng.chance(0.5)) out.push(one('font', 'تكبير النص | تصغير النص'));
    return out;
  },

  between(): Block[] {
    return [one('ad', 'مساحة إعلانية')];
  },

  postBody(c: PageCtx): Block[] {
    const out: Block[] = [];
    const end = c.rng.float();
    if (end < 0.4) out.push(one('agency', 'انتهى'));
    else if (end < 0.8) out.push(lines('agency', [`${c.rng.pick(EDITORS)} / ${c.rng.pick(EDITORS)}`, `${hm(c.when)} ت م`]));
    else out.push(one('agency', 'ـ انتهى ـ'));
    out.push(lines('print-email', ['طباعة الخبر', 'إرسال لصديق', 'حفظ']));
    out.push(lines('prev-next', [`الخبر السابق: ${c.titles.next()}`, `الخبر التالي: ${c.titles.next()}`]));
    const most = c.file.once('sahil.most', () => c.titles.take(4));
    out.push(lines('most-read', ['الأكثر قراءة اليوم', ...most]));
    if (c.rng.chance(0.5)) out.push(lines('newsletter', ['اشترك في خدمة النشرة اليومية', 'أدخل بريدك', 'إرسال']));
    return out;
  },

  footer(): Block[] {
    return [
      one('footer', 'المقر الرئيسي: شارع الكورنيش - ص.ب 4120 - هاتف: 013-8471100 - فاكس: 013-8471122'),
      one('copyright', 'جميع الحقوق محفوظة لوكالة أنباء الساحل © 2015 - يسمح بالاقتباس مع ذكر المصدر'),
    ];
  },

  streamSeparator(): Block[] {
    return [one('separator', '* * *')];
  },
};
