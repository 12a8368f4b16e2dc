/**
 * A speaker the article names with a role somewhere keeps that role in every statement of theirs:
 * «وقال وزير الصحة سامي الحداد إن …» and, later, «وأكد الحداد أن …» both carry «وزير الصحة». A
 * statement whose speaker is an entity takes the fullest role the article gives that actor (the most
 * words; the nearest before it among equals): «قال اللواء الحربي» after «مدير المرور اللواء وصل الله
 * الحربي» carries «مدير المرور», not the rank alone.
 */
import type { Entity, Role } from '../core/entity-schema.js';
import type { Quote } from '../core/quote-schema.js';

const words = (r: Role): number => r.text.trim().split(/\s+/u).length;

export function withActorRoles(quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  return quotes.map((q) => {
    const id = q.speaker?.canonical;
    if (!id) return q;
    let best: Role | null = q.role;
    let bestBefore = true;
    for (const e of entities) {
      if (e.canonical !== id || !e.role) continue;
      const before = e.start <= q.start;
      const n = words(e.role);
      const m = best ? words(best) : 0;
      if (n > m || (n === m && before && !bestBefore)) {
        best = e.role;
        bestBefore = before;
      }
    }
    return best === q.role ? q : { ...q, role: best };
  });
}
