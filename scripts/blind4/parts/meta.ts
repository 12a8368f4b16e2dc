// Chrome around the headline: bylines, share bars, font widgets, counters.
import { chrome, type Seg } from '../layout.js';
import type { Article, Page } from '../kit.js';
import { countWords, normWs } from '../records.js';
import { indic } from '../dates.js';
import { AGENCIES, CITIES, FONT_WIDGETS, PRINT_ITEMS, SHARE_AR, SHARE_EN, SHARE_LABELS } from '../vocab.js';
import { personName, type ItemsMode } from './head.js';

export type BylineStyle = 'bi-qalam' | 'kataba' | 'name-city' | 'city-name' | 'name-paren' | 'city-colon' | 'plain' | 'record';

export function bylineText(p: Page, a: Article, styles: BylineStyle[]): string {
  let s = p.rng.pick(styles);
  const author = normWs(a.rec.author.replace(/&[a-z0-9#]+;/gi, ' '));
  if (s === 'record' && (author.length === 0 || author.length > 70)) s = 'name-city';
  const name = personName(p);
  const city = p.rng.pick(CITIES);
  switch (s) {
    case 'bi-qalam':
      return `بقلم: ${name}`;
    case 'kataba':
      return p.rng.pick(['كتب: ', 'كتب - ', 'كتبت: ', 'إعداد: ', 'متابعة: ', 'تقرير: ']) + name;
    case 'name-city':
      return `${name} - ${city}`;
    case 'city-name':
      return `${city} - ${name}`;
    case 'name-paren':
      return `${name} (${city})`;
    case 'city-colon':
      return `${city}: ${name}`;
    case 'plain':
      return name;
    case 'record':
      return author;
  }
}

export function byline(p: Page, a: Article, styles: BylineStyle[]): void {
  p.c('byline', bylineText(p, a, styles));
}

/** A dateline glued in front of the first paragraph, e.g. "الرياض - مرصد:". */
export function gluedDateline(p: Page, siteShort: string): Seg {
  const city = p.rng.pick(CITIES);
  return chrome('byline', p.rng.pick([
    `${city} - ${siteShort}:`, `${siteShort} - ${city}:`, `${city} (${siteShort}):`, `${city}:`, `${siteShort}-${city}:`,
  ]));
}

/** An agency mark glued after the last paragraph, e.g. "(واس)". */
export function gluedAgency(p: Page): Seg {
  const ag = p.rng.pick(AGENCIES);
  return chrome('agency', p.rng.pick([`(${ag})`, `- ${ag}`, `(${ag}).`, `/${ag}/`]));
}

export function share(p: Page, mode: ItemsMode, withLabel = true): void {
  const names = p.rng.chance(0.7) ? SHARE_AR : SHARE_EN;
  const items = p.rng.sample(names, p.rng.int(3, 6));
  if (withLabel && p.rng.chance(0.6)) {
    const label = p.rng.pick(SHARE_LABELS);
    if (mode === 'inline' && p.rng.chance(0.5)) {
      p.inline('share', [label, ...items], p.rng.pick([' ', '  ', ' | ']));
      return;
    }
    p.c('share', label);
  }
  p.items('share', items, mode, p.rng.pick([' ', '  ', ' | ', ' • ']));
}

export function shareCounter(p: Page): void {
  const n = p.rng.int(0, 4000);
  p.c('share', p.rng.pick([`${n} مشاركة`, `مشاركة ${n}`, `${n} Shares`, `شارك (${n})`]));
}

export function font(p: Page): void {
  const w = p.rng.pick(FONT_WIDGETS);
  if (p.rng.chance(0.5)) p.inline('font', w, p.rng.pick([' ', '  ', ' | ']));
  else p.cs('font', w);
}

export function print(p: Page, mode: ItemsMode): void {
  p.items('print', p.rng.sample(PRINT_ITEMS, p.rng.int(1, 3)), mode, p.rng.pick([' | ', '  ', ' - ']));
}

export function views(p: Page, indicDigits = false): void {
  const n = String(p.rng.int(40, 98000));
  const t = p.rng.pick([`عدد المشاهدات: ${n}`, `${n} مشاهدة`, `قراءات: ${n}`, `المشاهدات ${n}`, `${n} views`, `عدد القراءات ${n}`]);
  p.c('views', indicDigits ? indic(t) : t);
}

export function commentCount(p: Page): void {
  const n = p.rng.int(0, 60);
  p.c('comments', p.rng.pick([`${n} تعليق`, `التعليقات (${n})`, `تعليقات: ${n}`, `${n} تعليقات`, `أضف تعليقاً`, `${n} Comments`]));
}

export function readTime(p: Page, a: Article): void {
  const words = a.body.reduce((s, x) => s + countWords(x), 0) + (a.subtitle ? countWords(a.subtitle) : 0);
  const min = Math.max(1, Math.round(words / 200));
  const t = min === 1 ? 'دقيقة واحدة للقراءة' : min === 2 ? 'دقيقتان للقراءة' : min <= 10 ? `${min} دقائق للقراءة` : `${min} دقيقة للقراءة`;
  p.c('readtime', p.rng.pick([t, `وقت القراءة: ${min} د`, `${min} min read`, `قراءة ${min} دقائق`]));
}

export function sectionLabel(p: Page, section: string): void {
  p.c('section', p.rng.pick([section, section, `قسم: ${section}`, `${section} »`, `[${section}]`]));
}
