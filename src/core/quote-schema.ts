/**
 * The quote record, defined once: a zod schema for one attributed statement of an article (its
 * span, kind, speaker, role, speech verb and medium), checked at the edges; the types come from it.
 */
import { z } from 'zod';
import { EntityTypeSchema, RoleSchema } from './entity-schema.js';

const offset = z.number().int().nonnegative();

/** A span of the article's text with its surface. */
export const TextSpanSchema = z.object({ text: z.string().min(1), start: offset, end: offset });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/**
 * Who made the statement: an entity mention (with its canonical id, name and type), or a group the
 * article names without a name («مصدر عسكري», «بيان صادر عن القيادة»: canonical, name and type null).
 * Scripture cited («قال تعالى», «قال صلى الله عليه وسلم») names the one cited by the words of respect:
 * `name` is «الله» or «الرسول» (data/quotes/cues.txt), canonical and type null.
 * `carried` is true when the sentence has no subject and the speaker comes from before
 * («وأضاف: …» → the last speaker; «من جهته، أكد …» → the entity just mentioned).
 */
export const SpeakerSchema = TextSpanSchema.extend({
  canonical: z.string().nullable(),
  name: z.string().nullable(),
  type: EntityTypeSchema.nullable(),
  carried: z.boolean(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * One statement.
 * - `text`, `start`, `end`: what was said: inside the quotation marks for a direct quote, the clause
 *   after أن/إن for an indirect one, the clause with its quoted words for a mixed one.
 * - `kind`: `direct` («…», “…”, "…", or words after a colon), `indirect` (أن/إن after a speech
 *   verb), `mixed` (an indirect clause that quotes words).
 * - `speaker`, `role`: who said it and the role said of them (null when the article does not say).
 * - `cue`: the speech verb (or «بحسب», «وفق» after a quote), without و/ف; `lemma` its dictionary form.
 * - `medium`: «في تصريح لـ«الشرق الأوسط»», «في بيان», «خلال مؤتمر صحافي», «في تغريدة».
 */
export const QuoteSchema = TextSpanSchema.extend({
  kind: z.enum(['direct', 'indirect', 'mixed']),
  speaker: SpeakerSchema.nullable(),
  role: RoleSchema.nullable(),
  cue: TextSpanSchema.extend({ lemma: z.string().min(1) }).nullable(),
  medium: TextSpanSchema.nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;
