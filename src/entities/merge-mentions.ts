/**
 * The tagger's mentions plus the aliases the text scan found: a found alias is added where the
 * tagger saw nothing, and replaces tagged mentions it strictly contains («المرصد السوري» inside
 * «المرصد السوري لحقوق الإنسان»); the tagger wins every other overlap.
 */
import type { Mention } from '../core/entity-schema.js';
import type { AliasMention } from './find-aliases.js';

/** Merged mentions in text order, each with its `source`. */
export function mergeMentions(tagged: readonly Mention[], found: readonly AliasMention[]): Mention[] {
  const out: Mention[] = tagged.map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text, source: m.source ?? 'ner' }));
  for (const a of found) {
    let crosses = false;
    const inside: number[] = [];
    for (let i = 0; i < out.length; i++) {
      const t = out[i]!;
      if (t.end <= a.start || t.start >= a.end) continue;
      if (a.start <= t.start && t.end <= a.end && a.end - a.start > t.end - t.start) inside.push(i);
      else crosses = true;
    }
    if (crosses) continue;
    for (let k = inside.length - 1; k >= 0; k--) out.splice(inside[k]!, 1);
    out.push({ type: a.type, start: a.start, end: a.end, text: a.text, source: 'alias' });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
