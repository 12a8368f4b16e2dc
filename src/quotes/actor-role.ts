/**
 * A speaker the article names with a role somewhere keeps that role in every statement of theirs:
 * «وقال وزير الصحة سامي الحداد إن …» and, later, «وأكد الحداد أن …» both carry «وزير الصحة». A
 * statement whose speaker is an entity with no role said there takes the role of the nearest mention
 * of the same actor before it that has one, else of the first after it.
 */
import type { Entity } from '../core/entity-schema.js';
import type { Quote } from '../core/quote-schema.js';

export function withActorRoles(quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  return quotes.map((q) => {
    const id = q.speaker?.canonical;
    if (!id || q.role) return q;
    let before: Entity | null = null;
    let after: Entity | null = null;
    for (const e of entities) {
      if (e.canonical !== id || !e.role) continue;
      if (e.start <= q.start) before = e;
      else if (!after) after = e;
    }
    const from = before ?? after;
    return from ? { ...q, role: from.role } : q;
  });
}
