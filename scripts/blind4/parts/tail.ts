// Chrome after the body: tags, related lists, comments, newsletter, footer.
import type { Article, Page } from '../kit.js';
import { relative, shift, time24, numeric, toMs, type When } from '../dates.js';
import {
  AGENCIES, APPS, COMMENTS, COPYRIGHT_TAIL, FOLLOW, FOOTER_LINKS, LATEST_HEADS, MOSTREAD_HEADS, NEWSLETTER,
  RELATED_HEADS, SHARE_AR, SHARE_EN, TAG_HEADS, TAG_WORDS,
} from '../vocab.js';
import { personName, type ItemsMode } from './head.js';

export function tags(p: Page, a: Article, mode: ItemsMode): void {
  const fromTitle = a.headline.split(' ').filter((w) => w.length >= 5 && /^[\u0621-\u064a]+$/.test(w));
  const words = p.rng.sample(TAG_WORDS, p.rng.int(2, 5));
  if (fromTitle.length > 0 && p.rng.chance(0.6)) words.unshift(p.rng.pick(fromTitle));
  const head = p.rng.pick(TAG_HEADS);
  if (mode === 'inline' && head.endsWith(':')) {
    p.c('tags', `${head} ${words.join(p.rng.pick(['، ', ' ', ' | ', ' - ']))}`);
    return;
  }
  p.c('tags', head);
  p.items('tags', words, mode, p.rng.pick(['، ', '  ', ' | ', ' #']));
}

export type ListKind = 'related' | 'mostread' | 'latest';
const HEADS: Record<ListKind, string[]> = { related: RELATED_HEADS, mostread: MOSTREAD_HEADS, latest: LATEST_HEADS };

export interface ListOpts {
  n?: [number, number];
  numbered?: 'none' | 'inline' | 'own-line';
  dates?: 'none' | 'inline' | 'own-line';
  teasers?: number;
  bullet?: string;
  spaced?: boolean;
  now?: When;
}

/** A heading and a list of other records' titles: they look exactly like headlines. */
export function titleList(p: Page, kind: ListKind, o: ListOpts = {}): void {
  const [lo, hi] = o.n ?? [3, 6];
  const items = p.pools.distinctItems(p.rng.int(lo, hi));
  p.c(kind, p.rng.pick(HEADS[kind]));
  if (o.spaced) p.gap(1);
  items.forEach((it, i) => {
    const t = it.title;
    if (o.numbered === 'own-line') p.c(kind, String(i + 1));
    const num = o.numbered === 'inline' ? `${i + 1}. ` : '';
    const when = o.now ? shift(o.now, -p.rng.int(10, 3000)) : null;
    const dateText = when && o.now
      ? p.rng.pick([relative(Math.round((toMs(o.now) - toMs(when)) / 60000)), `${numeric(when)} ${time24(when)}`, numeric(when, '-')])
      : '';
    const line = `${o.bullet ?? ''}${num}${t}`;
    if (o.dates === 'inline' && dateText) p.c(kind, `${line} - ${dateText}`);
    else p.c(kind, line);
    if (o.dates === 'own-line' && dateText) p.c(kind, dateText);
    const teaser = o.teasers && p.rng.chance(o.teasers) ? p.pools.teaser(it, p.rng.int(12, 24)) : null;
    if (teaser) p.c(kind, teaser);
    if (o.spaced) p.gap(1);
  });
}

export function commentsSection(p: Page, variant: number): void {
  const n = p.rng.int(0, 5);
  switch (variant % 4) {
    case 0:
      p.c('comments', `التعليقات (${n})`);
      for (let i = 0; i < n; i++) {
        p.c('comments', personName(p));
        p.c('comments', p.rng.pick(COMMENTS));
      }
      p.cs('comments', ['أضف تعليقك', 'الاسم', 'البريد الإلكتروني', 'التعليق', 'إرسال']);
      break;
    case 1:
      p.c('comments', n === 0 ? 'لا توجد تعليقات' : `${n} تعليقات`);
      p.c('comments', 'أضف تعليقاً');
      p.inline('comments', ['الاسم *', 'البريد الإلكتروني *', 'إرسال التعليق'], '  ');
      break;
    case 2:
      p.c('comments', 'اترك تعليقاً');
      p.c('comments', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *');
      p.cs('comments', ['التعليق', 'الاسم *', 'البريد الإلكتروني *', 'الموقع', 'إرسال التعليق']);
      break;
    default:
      p.c('comments', `تعليقات القراء (${n})`);
      for (let i = 0; i < n; i++) p.c('comments', `${i + 1} - ${personName(p)}: ${p.rng.pick(COMMENTS)}`);
      p.c('comments', 'جميع التعليقات تعبر عن رأي كاتبيها ولا تعبر عن رأي الصحيفة');
  }
}

export function newsletter(p: Page): void {
  p.cs('newsletter', p.rng.pick(NEWSLETTER));
}

export function follow(p: Page, mode: ItemsMode): void {
  p.c('follow', p.rng.pick(FOLLOW));
  p.items('follow', p.rng.sample(p.rng.chance(0.6) ? SHARE_AR.slice(0, 6) : SHARE_EN.slice(0, 6), p.rng.int(3, 5)), mode, '  ');
}

export function apps(p: Page): void {
  p.cs('apps', p.rng.sample(APPS, p.rng.int(1, 3)));
}

export function footer(p: Page, mode: ItemsMode, year = 2015): void {
  const [links, sep] = p.fixed('footer', () => [p.rng.sample(FOOTER_LINKS, p.rng.int(4, 8)), p.rng.pick([' | ', '  ', ' - ', ' • '])] as const);
  p.items('footer', links, mode, sep);
  copyright(p, year);
}

export function copyright(p: Page, year = 2015): void {
  p.c('footer', p.fixed('copyright' + year, () => copyrightText(p, year)));
}

function copyrightText(p: Page, year: number): string {
  const s = p.site;
  return p.rng.pick([
    `© ${year} ${s.name} ${p.rng.pick(COPYRIGHT_TAIL)}`,
    `${p.rng.pick(COPYRIGHT_TAIL)} © ${s.name} ${year}`,
    `Copyright © ${year} ${s.domain}. All rights reserved.`,
    `جميع الحقوق محفوظة لـ ${s.name} © ${year - p.rng.int(1, 8)} - ${year}`,
  ]);
}

export function agencyLine(p: Page): void {
  const ag = p.rng.pick(AGENCIES);
  p.c('agency', p.rng.pick([`(${ag})`, `المصدر: ${ag}`, `${ag}`, `//انتهى//`, `ع.م/أ.ح`, `ت م`, `س ص/ف ق`]));
}

export function backToTop(p: Page): void {
  p.c('nav', p.rng.pick(['العودة للأعلى', 'إلى الأعلى ↑', 'Back to top', 'أعلى الصفحة']));
}
