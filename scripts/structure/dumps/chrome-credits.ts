// Chrome kinds that credit or date the article: date lines, bylines, datelines, agency marks and
// credits, contact blocks and link lines (wordings written for this generator, filled in at random).
import type { ChromeCtx, KindSpec } from './chrome-kinds.js';
import { AGENCIES, AGENCY_FULL, dateText, indic, LATIN_AGENCIES, LATIN_NAMES, PLACES } from './chrome-words.js';

const name = (c: ChromeCtx): string => c.rng.pick(c.names);
const place = (c: ChromeCtx): string => c.rng.pick(PLACES);
const digits = (c: ChromeCtx, n: number): string => Array.from({ length: n }, () => c.rng.int(0, 9)).join('');
const later = (c: ChromeCtx): Date => new Date(c.moment.getTime() + c.rng.int(20, 60 * 30) * 60_000);
const slug = (c: ChromeCtx): string => Array.from({ length: 6 }, () => c.rng.pick([...'abcdefghijkmnpqrstuvwxyz23456789'])).join('');

export const CREDIT_KINDS: Record<string, KindSpec> = {
  date: { fixed: false, slots: ['head', 'top', 'bottom'], wordings: [
    (c) => [`نشر في: ${dateText(c.moment, c.rng)}`],
    (c) => [dateText(c.moment, c.rng)],
    (c) => [`تاريخ النشر: ${dateText(c.moment, c.rng)}`, `آخر تحديث: ${dateText(later(c), c.rng)}`],
    (c) => [`آخر تحديث: ${dateText(later(c), c.rng)}`],
    (c) => [`منذ ${indic(c.rng.int(2, 11))} ساعات`],
    (c) => [`Published: ${dateText(c.moment, c.rng, 6)}`],
    (c) => [`العدد ${c.rng.int(15000, 17999)} - ${dateText(c.moment, c.rng, c.rng.pick([0, 9, 11]))}`],
  ] },
  byline: { fixed: false, slots: ['head', 'top', 'bottom'], wordings: [
    (c) => [`كتب: ${name(c)}`],
    (c) => [`${name(c)} - المحرر`],
    (c) => [`بقلم: ${name(c)}`],
    (c) => [`تقرير: ${name(c)}`],
    (c) => [`إعداد: ${name(c)}`],
    (c) => [`By ${c.rng.pick(LATIN_NAMES)}`],
    (c) => [`${name(c)} | محرر ${c.site.name}`],
  ] },
  dateline: { fixed: false, slots: ['head', 'top'], wordings: [
    (c) => [`${place(c)} - ${c.site.name}`],
    (c) => [`${place(c)}: ${c.site.name}`],
    (c) => [`${c.site.name} - ${place(c)}`],
    (c) => [`${place(c)} - ${c.rng.pick(AGENCIES)}`],
    (c) => [`${place(c)} (${c.site.name})`],
  ] },
  'end-mark': { fixed: false, slots: ['bottom'], wordings: [
    (c) => [`(${c.rng.pick(AGENCIES)})`],
    () => ['-انتهى-'],
    () => ['ـ انتهى ـ'],
    (c) => [`${c.rng.pick([...'عحمسن'])} ${c.rng.pick([...'عحمسن'])}/ ${c.rng.pick([...'عحمسن'])} ${c.rng.pick([...'عحمسن'])}`],
    (c) => [`(${c.rng.pick(LATIN_AGENCIES)})`],
  ] },
  agency: { fixed: false, slots: ['bottom', 'head'], wordings: [
    (c) => [`المصدر: ${c.rng.pick(AGENCY_FULL)}`],
    (c) => [`Source: ${c.rng.pick(LATIN_AGENCIES)}`],
    (c) => [`نقلاً عن ${c.rng.pick(AGENCY_FULL)}`],
    (c) => [`${c.site.name} - ${c.rng.pick(AGENCIES)}`],
    (c) => [`الخبر من ${c.rng.pick(AGENCY_FULL)} بتصرف`],
  ] },
  contact: { fixed: false, slots: ['bottom'], wordings: [
    (c) => [`للتواصل أرسل SMS إلى ${digits(c, 5)} الاتصالات أو ${digits(c, 6)} موبايلي أو ${digits(c, 6)} زين تبدأ بالرمز ${c.rng.int(100, 299)} مسافة ثم الرسالة`],
    (c) => ['لمراسلة الكاتب:', `${slug(c)}@${c.site.domain}`],
    (c) => [`للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (${c.rng.int(1, 150)}) ثم مسافة ثم نص الرسالة إلى`, `${digits(c, 5)} - Stc`, `${digits(c, 6)} - Mobily`, `${digits(c, 6)} - Zain`],
    (c) => [`هاتف: 01${c.rng.int(1, 7)} ${digits(c, 7)} - فاكس: 01${c.rng.int(1, 7)} ${digits(c, 7)}`],
    (c) => [`للتواصل: ${slug(c)}${c.rng.int(1, 99)}@gmail.com`],
    (c) => [`للإعلان في ${c.site.name}: ${indic('9200' + digits(c, 5))}`],
  ] },
  link: { fixed: false, slots: ['bottom', 'head'], wordings: [
    (c) => [`رابط مختصر: http://${c.site.domain}/?p=${c.rng.int(10000, 999999)}`],
    (c) => [`https://${c.site.domain}/news/${c.rng.int(1000000, 9999999)}`],
    (c) => [`رابط الخبر: http://www.${c.site.domain}/article/${c.rng.int(100000, 999999)}`],
    (c) => [`الرابط المختصر: https://goo.gl/${slug(c)}`],
    (c) => [`bit.ly/${slug(c)}`],
  ] },
};
