/**
 * The time-expression record, defined once: a zod schema for one time expression of a text (its
 * span, its resolved value and, for relative ones, what it says relative to the reference date),
 * checked at the edges; the TypeScript types come from it.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();

/** How fine a value is: «أمس» is a day, «الأسبوع الماضي» a week, «مارس 2025» a month. */
export const GrainSchema = z.enum(['day', 'week', 'month', 'year']);
export type Grain = z.infer<typeof GrainSchema>;

/** Which third of a month, week or year: «مطلع» start, «منتصف» middle, «أواخر» end. */
export const PartSchema = z.enum(['start', 'middle', 'end']);
export type Part = z.infer<typeof PartSchema>;

/**
 * What a relative expression says, kept so that an unresolved one still says «1 day before».
 * - `unit` and `offset`: «أمس» is {day, -1}, «الشهر المقبل» {month, 1}, «منذ ثلاث سنوات» {year, -3}.
 * - `unit: 'weekday'` with `weekday` (0 Sunday … 6 Saturday): offset 0 is the latest such day on or
 *   before the reference date («الثلاثاء»), -1 the latest before it («الثلاثاء الماضي»), 1 the
 *   first after it («الثلاثاء المقبل»).
 * - `weekday` on a day unit: the weekday the text gives it, «اليوم (الثلاثاء)» {day, 0, weekday 2}.
 * - `part`: «مطلع الشهر الجاري» {month, 0, start}.
 * - `to`: a vague count is a range of offsets, `offset` to `to`: «قبل أيام» {day, -10, to -3}.
 */
export const RelationSchema = z.object({
  unit: z.enum(['day', 'week', 'month', 'year', 'weekday']),
  offset: z.number().int(),
  weekday: z.number().int().min(0).max(6).optional(),
  part: PartSchema.optional(),
  to: z.number().int().optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

/**
 * One time expression.
 * - `text`, `start`, `end`: the expression as written (UTF-16 offsets, `text === input.slice(start, end)`),
 *   without a leading و/ف/ب/ل («وأمس» → «أمس») or a preposition before it («في 2015» → «2015»).
 * - `value`: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY', or an interval of days 'YYYY-MM-DD/YYYY-MM-DD' (both
 *   ends included) for weeks, parts and spans; null when it cannot be resolved (no reference date).
 * - `relative`: whether the value depends on the reference date (also «4 مارس», which lacks a year).
 * - `relation`: see {@link RelationSchema}; null for absolute expressions and for dates that only lack their year.
 */
export const TimeExpressionSchema = z.object({
  text: z.string().min(1),
  start: offset,
  end: offset,
  value: z.string().nullable(),
  grain: GrainSchema,
  relative: z.boolean(),
  relation: RelationSchema.nullable(),
});
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
