/** Publication times from record fields, with the precision the source gave. */
import type { Article } from '../../core/article.js';

const PATTERNS: Array<[RegExp, NonNullable<Article['published']>['precision']]> = [
  [/^\d{4}$/, 'year'],
  [/^\d{4}-\d{2}$/, 'month'],
  [/^\d{4}-\d{2}-\d{2}$/, 'day'],
  [/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?:Z|[+-]\d{2}:?\d{2})?$/, 'minute'],
  [/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/, 'second'],
];

/** `2015-07-21` → {value: '2015-07-21', precision: 'day'}; a full timestamp keeps its precision; null when unreadable. */
export function parsePublished(raw: string): Article['published'] {
  const s = raw.trim();
  for (const [re, precision] of PATTERNS) {
    if (!re.test(s)) continue;
    if (precision === 'year' || precision === 'month' || precision === 'day') return Number.isNaN(Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s)) ? null : { value: s, precision };
    const t = Date.parse(s.replace(' ', 'T'));
    return Number.isNaN(t) ? null : { value: new Date(t).toISOString().slice(0, precision === 'minute' ? 16 : 19) + 'Z', precision };
  }
  const t = Date.parse(s);
  // RFC 2822 and similar: trust the parser, to the second.
  return Number.isNaN(t) || !/\d{4}/.test(s) ? null : { value: new Date(t).toISOString().slice(0, 19) + 'Z', precision: 'second' };
}
