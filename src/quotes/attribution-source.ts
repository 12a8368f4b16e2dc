/**
 * Who an attribution phrase («بحسب», «وفقا ل», «حسبما») names, in the words [from, to) after it.
 * Its «ل» may be joined to the source's first word, and a person or organisation then starts inside
 * that word: «وفقا لجمعية القلب الأمريكية». A noun of what was said may come first, its issuer
 * after it with «ل» joined: «بحسب تعداد لوكالة الصحافة الفرنسية» (the noun is the medium).
 * Other words are read as any subject is (subject.ts), past the mark that opens a quoted name
 * («وفقاً لـ“الحياة”»).
 */
import { span, type Context } from './context.js';
import { entitySpeaker, SPEAKER_TYPES, subjectIn, type Found } from './subject.js';
import type { Entity } from '../core/entity-schema.js';

/** Letters a joined preposition takes at most before the name («لـ» with its tatweel). */
const JOINED = 2;

export function attributionSource(ctx: Context, from: number, to: number, lemma: string | null, joined: boolean): Found {
  const { words, text } = ctx;
  if (joined) {
    const e = joinedName(ctx, from - 1, to);
    if (e) return { speaker: entitySpeaker(e, false), role: e.role, medium: null, explicit: true };
  }
  if (from >= to) return { speaker: null, role: null, medium: null, explicit: false };
  if (from + 1 < to && words[from]!.word && !ctx.entities.some((x) => x.start < words[from]!.end && x.end > words[from]!.start)) {
    const e = joinedName(ctx, from + 1, to);
    if (e) return { speaker: entitySpeaker(e, false), role: e.role, medium: span(text, words[from]!.start, words[from]!.end), explicit: true };
  }
  // «وفقاً لـ“الحياة”»: a name in quotation marks opens with its mark.
  let k = from;
  while (k + 1 < to && !words[k]!.word) k++;
  const quoted = k > from ? nameAt(ctx, k, to, 0) : null;
  if (quoted) return { speaker: entitySpeaker(quoted, false), role: quoted.role, medium: null, explicit: true };
  return subjectIn(ctx, k, to, lemma);
}

/** A person or organisation that starts inside word `k`, after a joined «ل», and runs to the last word before `to`; else null. */
function joinedName(ctx: Context, k: number, to: number): Entity | null {
  const w = ctx.words[k];
  return w?.word && w.fold.startsWith('ل') ? nameAt(ctx, k, to, JOINED) : null;
}

/**
 * A person or organisation that starts in word `k`, at most `skip` letters in (0: at its start), and
 * runs to the last word before `to` (marks after it aside); else null.
 */
function nameAt(ctx: Context, k: number, to: number, skip: number): Entity | null {
  const { words } = ctx;
  const at = words[k]!.start;
  let last = to - 1;
  while (last > k && !words[last]!.word) last--;
  return ctx.entities.find((e) => SPEAKER_TYPES.has(e.type) && e.start >= at + Math.min(1, skip) && e.start <= at + skip && e.end >= words[last]!.end) ?? null;
}
