/**
 * A week, month or year named from the reference date: «الأسبوع الماضي», «الشهر المقبل», «العام
 * المنصرم», «السنة الحالية», «هذا الأسبوع», «هذه السنة».
 */
import type { Rule } from '../candidate.js';
import { phraseAt } from '../phrase-table.js';
import type { Unit } from '../time-words.js';

/** The unit and offset at `i`: «هذا العام» (0) or «العام الماضي» (-1); `bare` also takes a unit alone as the current one («مطلع الشهر»). */
export function readRelativeUnit(ctx: Parameters<Rule>[0], i: number, clitics: boolean, bare: boolean): { unit: Unit; offset: number; next: number; skip: number } | null {
  const { toks, words } = ctx;
  const self = phraseAt(toks, i, words.this, clitics);
  const unit = phraseAt(toks, self ? self.next : i, words.units, clitics && !self);
  if (!unit) return null;
  const skip = self ? self.skip : unit.skip;
  const dir = phraseAt(toks, unit.next, words.directions);
  if (dir) return { unit: unit.value, offset: dir.value, next: dir.next, skip };
  return self || bare ? { unit: unit.value, offset: self ? self.value : 0, next: unit.next, skip } : null;
}

export const relativeUnitRule: Rule = (ctx, i) => {
  const r = readRelativeUnit(ctx, i, true, false);
  if (!r) return null;
  return { from: i, to: r.next, skip: r.skip, grain: r.unit, relative: true, relation: { unit: r.unit, offset: r.offset }, value: null };
};
