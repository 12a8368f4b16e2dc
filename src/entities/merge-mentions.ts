/**
 * The tagger's mentions plus those another scan found (the alias table's, the organisations' head
 * nouns): a found mention is added where the tagger saw nothing, and replaces tagged mentions it
 * strictly contains («المرصد السوري» inside «المرصد السوري لحقوق الإنسان»); the tagger wins every
 * other overlap.
 */
import type { Mention } from '../core/entity-schema.js';

/** Merged mentions in text order, each with its `source` (`source` for the found ones). */
export function mergeMentions(tagged: readonly Mention[], found: ReadonlyArray<Pick<Mention, 'type' | 'start' | 'end' | 'text'>>, source: 'alias' | 'rule' = 'alias'): Mention[] {
  const out: Mention[] = tagged.map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text, source: m.source ?? 'ner' }));
  for (const a of found) {
    let crosses = false;
    const inside: number[] = [];
    for (let i = 0; i < out.length; i++) {
      const t = out[i]!;
      if (t.end <= a.start || t.start >= a.end) continue;
      // The tagger's span may hold the clitics in front of the same word («بجامعة الملك»): it
      // starts where the found name does.
      const clitics = a.start - t.start;
      const tStart = clitics > 0 && clitics <= 2 && /^[وفبلك]+$/u.test(t.text.slice(0, clitics)) ? a.start : t.start;
      // A known actor the alias scan found stays: a longer name the rules found does not replace it,
      // unless it is a place that an organisation's name holds after its head («الهيئة السعودية
      // للحياة الفطرية», «بلدية جدة»).
      const keeps = source === 'rule' && t.source === 'alias' && !(t.type === 'LOC' && a.type === 'ORG' && tStart > a.start);
      if (a.start <= tStart && t.end <= a.end && a.end - a.start > t.end - tStart && !keeps) inside.push(i);
      else crosses = true;
    }
    if (crosses) continue;
    for (let k = inside.length - 1; k >= 0; k--) out.splice(inside[k]!, 1);
    out.push({ type: a.type, start: a.start, end: a.end, text: a.text, source });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * The mentions with names a rule found as one type (outlets, organisations' short names): a tagged
 * mention of the very span takes that type, and the others are merged as found.
 */
export function withFound(mentions: readonly Mention[], found: ReadonlyArray<Pick<Mention, 'type' | 'start' | 'end' | 'text'>>): Mention[] {
  if (!found.length) return [...mentions];
  const same = (m: Pick<Mention, 'start' | 'end'>) => found.find((f) => f.start === m.start && f.end === m.end);
  const retyped = mentions.map((m) => {
    const f = same(m);
    return f && m.type !== f.type ? { ...m, type: f.type } : m;
  });
  return mergeMentions(retyped, found.filter((f) => !mentions.some((m) => m.start === f.start && m.end === f.end)), 'rule');
}
