// A section page (list of stories) saved before the articles.
import type { ListingItem, Page } from '../kit.js';
import { numeric, relative, time24, toMs, type When } from '../dates.js';

export interface ListingOpts {
  section: string;
  now: When;
  /** Where the date of each item goes. */
  dates: 'none' | 'before' | 'after' | 'inline';
  more?: string[];
  spaced?: boolean;
  pagination?: boolean;
}

function itemDate(p: Page, it: ListingItem, now: When): string {
  return p.rng.pick([
    relative(Math.max(1, Math.round((toMs(now) - toMs(it.published)) / 60000))),
    `${numeric(it.published)} - ${time24(it.published)}`,
    numeric(it.published, '-', 'ymd'),
  ]);
}

export function listingBody(p: Page, items: ListingItem[], o: ListingOpts): void {
  p.c('listing', p.rng.pick([o.section, `أخبار ${o.section}`, `${o.section} - آخر الأخبار`, `قسم ${o.section}`]));
  p.gap();
  for (const it of items) {
    const date = itemDate(p, it, o.now);
    if (o.dates === 'before') p.c('listing', date);
    p.c('listing', o.dates === 'inline' ? `${it.title} | ${date}` : it.title);
    if (o.dates === 'after') p.c('listing', date);
    if (it.teaser) p.c('listing', it.teaser);
    if (o.more && p.rng.chance(0.7)) p.c('listing', p.rng.pick(o.more));
    if (o.spaced ?? true) p.gap();
  }
  if (o.pagination ?? true) {
    p.oneOf([
      [() => p.inline('pagination', ['1', '2', '3', '4', '5', '...', 'التالي'], ' '), 2],
      [() => p.inline('pagination', ['« السابق', 'التالي »'], '   '), 1],
      [() => p.c('pagination', 'عرض المزيد'), 1],
      [() => p.c('pagination', 'تحميل المزيد من الأخبار'), 1],
    ]);
  }
}
