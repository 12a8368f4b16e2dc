// The chrome a news page leaves in its text, by kind: each kind has several wordings (written for this
// generator), each a function that fills in numbers, names, dates or other records' titles and gives
// the chrome's lines. Page widgets are here; credits and dates are in chrome-credits.ts.
import type { Article } from './records.js';
import type { Rng } from './prng.js';
import { count, indic, LATIN_SECTIONS, SECTIONS, TAG_WORDS, yearOf, type Outlet } from './chrome-words.js';
import { CREDIT_KINDS } from './chrome-credits.js';

export interface ChromeCtx {
  rng: Rng;
  site: Outlet;
  article: Article;
  moment: Date;
  names: readonly string[];
  /** k headlines of records that are not in the dev set. */
  otherTitles: (k: number) => string[];
}

export type Wording = (c: ChromeCtx) => string[];

export interface KindSpec {
  wordings: Wording[];
  /** Where the kind usually sits in an article. */
  slots: Slot[];
  /** When part of a file's template: the same text in every article (else the same wording, new fill). */
  fixed: boolean;
}

export type Slot = 'top' | 'head' | 'mid' | 'bottom';

const bullet = (rng: Rng): ((s: string, i: number) => string) => {
  const style = rng.int(0, 4);
  return (s, i) => [s, `- ${s}`, `• ${s}`, `${i + 1}. ${s}`, `${indic(i + 1)} ${s}`][style]!;
};
/** Words of the headline long enough to serve as tags, plus a few stock tags. */
const tags = (c: ChromeCtx): string[] => {
  const own = c.article.title.split(/[\s«»"“”:.،,؟!()\-–]+/).filter((w) => w.length >= 4);
  return [...new Set([...c.rng.sample(own, c.rng.int(1, 3)), ...c.rng.sample(TAG_WORDS, c.rng.int(1, 3))])];
};
const list = (heading: string, c: ChromeCtx, lo = 2, hi = 5): string[] => {
  const b = bullet(c.rng);
  return [heading, ...c.otherTitles(c.rng.int(lo, hi)).map(b)];
};
const section = (c: ChromeCtx): string => c.rng.pick(SECTIONS);

const PAGE_KINDS: Record<string, KindSpec> = {
  share: { fixed: true, slots: ['head', 'bottom'], wordings: [
    () => ['شارك'],
    () => ['مشاركة عبر: فيسبوك تويتر واتساب'],
    () => ['Facebook Twitter WhatsApp Telegram Email'],
    (c) => [`شارك هذا الخبر (${c.rng.int(0, 480)})`],
    () => ['تغريد | مشاركة | واتساب | لينكد إن'],
    () => ['شارك الخبر', 'فيسبوك', 'تويتر', 'واتساب'],
  ] },
  'font-size': { fixed: true, slots: ['head'], wordings: [
    () => ['TT'],
    () => ['حجم الخط: أ+ أ-'],
    () => ['A A A'],
    () => ['تكبير الخط تصغير الخط'],
    () => ['- أ +'],
  ] },
  'print-email': { fixed: true, slots: ['head', 'bottom'], wordings: [
    () => ['طباعة'],
    () => ['طباعة إرسال لصديق'],
    () => ['أرسل لصديق | طباعة | PDF'],
    () => ['Print Email'],
    () => ['إرسال بالبريد الإلكتروني', 'طباعة الخبر'],
  ] },
  'read-more': { fixed: false, slots: ['mid', 'bottom'], wordings: [
    (c) => [`اقرأ أيضاً: ${c.otherTitles(1)[0]}`],
    () => ['اقرأ المزيد'],
    () => ['إقرأ المزيد »'],
    () => ['Read more'],
    (c) => [`للمزيد: ${c.otherTitles(1)[0]}`],
    () => ['اضغط هنا لقراءة التفاصيل'],
  ] },
  related: { fixed: false, slots: ['bottom', 'mid'], wordings: [
    (c) => list('أخبار ذات صلة', c),
    (c) => list('مواضيع ذات صلة:', c),
    (c) => list('قد يهمك أيضاً', c),
    (c) => list('Related', c),
    (c) => list(`المزيد من ${section(c)}`, c),
  ] },
  'most-read': { fixed: true, slots: ['bottom', 'top'], wordings: [
    (c) => list('الأكثر قراءة', c, 3, 5),
    (c) => list('الأكثر مشاهدة', c),
    (c) => list('الأكثر تداولاً', c),
    (c) => list('الأكثر قراءة اليوم', c, 3, 5),
    (c) => list('Most Read', c),
  ] },
  tags: { fixed: false, slots: ['bottom', 'head'], wordings: [
    (c) => [`الكلمات المفتاحية: ${tags(c).join('، ')}`],
    (c) => ['وسوم:', ...tags(c)],
    (c) => [`Tags: ${tags(c).join(', ')}`],
    (c) => [tags(c).map((t) => '#' + t.replace(/\s+/g, '_')).join(' ')],
    (c) => [`الوسوم ${tags(c).join(' - ')}`],
  ] },
  breadcrumb: { fixed: false, slots: ['top'], wordings: [
    (c) => [`الرئيسية > ${section(c)} > ${section(c)}`],
    (c) => [`الرئيسية » أخبار » ${section(c)}`],
    (c) => [`الرئيسية / ${section(c)}`],
    (c) => [`Home > News > ${c.rng.pick(LATIN_SECTIONS)}`],
    (c) => [`أنت هنا: الرئيسية › ${section(c)} › ${c.article.title.slice(0, 30).trim()}...`],
  ] },
  comments: { fixed: false, slots: ['head', 'bottom'], wordings: [
    (c) => [`التعليقات (${c.rng.int(0, 60)})`],
    (c) => [`${c.rng.int(2, 90)} تعليقات`],
    () => ['لا توجد تعليقات'],
    () => ['أضف تعليقاً'],
    (c) => [`عدد التعليقات: ${indic(c.rng.int(0, 40))}`],
    (c) => [`${c.rng.int(1, 99)} Comments`],
  ] },
  views: { fixed: false, slots: ['head', 'top', 'bottom'], wordings: [
    (c) => [`عدد المشاهدات: ${count(c.rng, 40, 90000)}`],
    (c) => [`${count(c.rng, 100, 50000)} قراءة`],
    (c) => [`شوهد ${c.rng.int(12, 9000)} مرة`],
    (c) => [`المشاهدات: ${indic(c.rng.int(50, 20000))}`],
    (c) => [`${count(c.rng, 1000, 99000)} مشاهدة`],
  ] },
  follow: { fixed: true, slots: ['bottom', 'top'], wordings: [
    () => ['تابعونا على تويتر'],
    () => ['تابعنا على: فيسبوك تويتر يوتيوب انستغرام'],
    (c) => [`تابع ${c.site.name} على تويتر @${c.site.handle}`],
    () => ['Follow us'],
    (c) => [`تابعوا آخر الأخبار عبر حساب ${c.site.name} في سناب شات`],
  ] },
  newsletter: { fixed: true, slots: ['bottom'], wordings: [
    () => ['اشترك في النشرة البريدية'],
    () => ['سجل بريدك الإلكتروني ليصلك جديد الأخبار', 'اشترك'],
    () => ['النشرة الإخبارية: اشترك الآن'],
    () => ['Subscribe to our newsletter'],
    (c) => [`اشترك في نشرة ${c.site.name} اليومية واحصل على أهم الأخبار`],
  ] },
  ad: { fixed: false, slots: ['mid', 'top', 'bottom', 'head'], wordings: [
    () => ['إعلان'],
    () => ['- إعلان -'],
    () => ['مساحة إعلانية'],
    () => ['Advertisement'],
    () => ['المحتوى الممول'],
    () => ['إعلانات'],
  ] },
  copyright: { fixed: true, slots: ['bottom'], wordings: [
    (c) => [`جميع الحقوق محفوظة © ${yearOf(c.article.day)} ${c.site.name}`],
    (c) => [`© صحيفة ${c.site.name} ${indic(yearOf(c.article.day))}`],
    (c) => [`Copyright © ${yearOf(c.article.day)} ${c.site.domain}. All rights reserved.`],
    (c) => [`جميع الحقوق محفوظة لمؤسسة ${c.site.name} للصحافة والنشر`],
    () => ['يسمح بالنقل بشرط ذكر المصدر'],
  ] },
  gallery: { fixed: false, slots: ['head', 'top', 'mid'], wordings: [
    (c) => { const n = c.rng.int(3, 15); return [`${c.rng.int(1, n)} / ${n}`]; },
    (c) => { const n = c.rng.int(3, 15); return [`صورة ${c.rng.int(1, n)} من ${n}`]; },
    (c) => { const n = c.rng.int(3, 9); return [`(${indic(c.rng.int(1, n))} من ${indic(n)})`]; },
    (c) => [`عرض الصور (${c.rng.int(2, 20)})`],
    (c) => [`ألبوم الصور - ${c.rng.int(2, 30)} صورة`],
  ] },
  slider: { fixed: true, slots: ['head', 'top'], wordings: [
    () => ['Next Previous'],
    () => ['السابق التالي'],
    () => ['« السابق | التالي »'],
    () => ['الخبر السابق الخبر التالي'],
    () => ['‹ ›'],
  ] },
};

export const KINDS: Record<string, KindSpec> = { ...PAGE_KINDS, ...CREDIT_KINDS };
