/**
 * Mentions against the article's time expressions: a month, a weekday or a date is no organisation
 * or place. The tagger reads «نيسان» in «أبريل (نيسان) الماضي» as the car maker, and runs an
 * organisation on into the weekday after it: «وزارة التجارة الأمريكية الخميس». A mention that
 * lies inside a time expression is dropped, and one that runs into a time expression ends before it.
 * Persons are left as they are: «أحمد الخميس» is a name.
 */
import type { Mention } from '../core/entity-schema.js';
import type { Span } from '../core/types.js';

/** The mentions without the parts that are time expressions (`times` in text order). */
export function cutAtTimes(text: string, mentions: readonly Mention[], times: readonly Span[]): Mention[] {
  if (!times.length) return [...mentions];
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type === 'PERS') {
      out.push(m);
      continue;
    }
    const t = times.find((x) => x.start < m.end && m.start < x.end);
    if (!t) out.push(m);
    else if (t.start > m.start) {
      // The cut falls before the word the time starts in: «بنهاية» carries its clitic.
      let end = t.start;
      while (end > m.start && !/\s/u.test(text[end - 1]!)) end--;
      while (end > m.start && /\s/u.test(text[end - 1]!)) end--;
      if (end > m.start) out.push({ ...m, end, text: text.slice(m.start, end) });
    }
    // A mention inside the time expression, or starting within it, is none.
  }
  return out;
}
