/** The one person named before a point whose name words fit, for short names the tagger missed. */
import type { Entity } from '../../core/entity-schema.js';
import type { Context } from '../context.js';
import { fold } from '../cues.js';

/** The one person named before `pos` whose name words (search form) `fits` takes, or null when none or several do. */
export function earlierPerson(ctx: Context, pos: number, fits: (parts: readonly string[]) => boolean): Entity | null {
  const found = new Map<string, Entity>();
  for (const e of ctx.entities) {
    if (e.start >= pos || e.type !== 'PERS') continue;
    if (fits(fold(e.text).split(/\s+/))) found.set(e.canonical, e);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
