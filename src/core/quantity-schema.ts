/**
 * The quantity record, defined once: a zod schema for one number or count said in the text (its
 * span, value or range, whether it is approximate, its counted noun and its bound), checked at the
 * edges; the TypeScript type comes from it.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();

/**
 * One quantity of a text.
 * - `text`, `start`, `end`: the quantity as written, from its approximation cue to its counted noun
 *   («قرابة 200 مقاتل», «أكثر من 30 قتيلاً على الأقل», «20 في المئة»), without a leading و/ف/ب/ل
 *   («بنحو 5 ملايين دولار» → «نحو 5 ملايين دولار»). `text === input.slice(start, end)`.
 * - `value`: the number, scaled by its multiplier («1.5 مليار دولار» → 1500000000); null for a range.
 * - `range`: `[low, high]` of a vague count («العشرات» → [20, 99], «عشرات الآلاف» → [20000, 99999])
 *   or an explicit range («بين 10 و20» → [10, 20]); null for a single value.
 * - `approx`: an approximation or bound cue («قرابة», «نحو», «أكثر من», «على الأقل») or a vague count.
 * - `unit`: the counted noun right after the number (or after «من»: «العشرات من القتلى»), without
 *   harakat, clitics or the alef of tanween («قتيلاً» → «قتيل»); units listed in
 *   data/text/quantity-cues.txt are given by their name («دولارات» → «دولار», «أيام» → «يوم»),
 *   percent is «%». Null when no noun follows.
 * - `bound`: `min` for «أكثر من 200», «200 على الأقل»; `max` for «أقل من 200»; else null.
 */
export const QuantitySchema = z
  .object({
    text: z.string().min(1),
    start: offset,
    end: offset,
    value: z.number().finite().nullable(),
    range: z.tuple([z.number().finite(), z.number().finite()]).nullable(),
    approx: z.boolean(),
    unit: z.string().min(1).nullable(),
    bound: z.enum(['min', 'max']).nullable().optional(),
  })
  .refine((q) => (q.value === null) !== (q.range === null), { message: 'a quantity has a value or a range, not both' })
  .refine((q) => q.start < q.end && q.end - q.start === q.text.length, { message: 'the span does not fit the text' });

export type Quantity = z.infer<typeof QuantitySchema>;
