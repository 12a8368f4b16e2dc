/**
 * The entity record, defined once: a zod schema for one entity of an article (its span, canonical
 * key, full name and role), checked at the edges; the TypeScript types come from it.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();

/** Entity types, in ANERcorp's naming (the tagger's). */
export const EntityTypeSchema = z.enum(['PERS', 'LOC', 'ORG', 'MISC']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** A role or title said of a person, as a span of the text: «الرئيس السوري المؤقت». */
export const RoleSchema = z.object({ text: z.string().min(1), start: offset, end: offset });

/**
 * One entity mention of an article.
 * - `text`, `start`, `end`: the name as written, without a title or role in front
 *   («أحمد الشرع» of «الرئيس أحمد الشرع») and without و/ف/ب/ك/ل (`بداعش` → «داعش»).
 * - `canonical`: the alias id when data/entities/aliases.txt knows the actor (`isis`, `un`,
 *   `ahmed-al-sharaa`), else `<type>:<key>` with the search-form key of its full name in the
 *   article (`pers:رامي عبد الرحمن`, `org:مجلس بلديه حلب`); the same for the same name in any
 *   article, so the store can filter and count by it.
 * - `name`: the Arabic canonical name of a known actor, else the full name as the article wrote it.
 * - `role`: a title or role said of a person right before the name or after it in apposition.
 * - `source`: `ner` for the tagger's mentions, `alias` for those only the alias scan found, `rule`
 *   for those only a rule found: organisations by their head noun («وزارة الخدمة المدنية»:
 *   src/entities/org-names.ts), places by the gazetteer (src/entities/place-names.ts).
 * - `country`, `sector`: the actor's country (ISO 3166 alpha-3) and CAMEO sector (GOV, MIL, REB, OPP,
 *   CVL, BUS, MED, IGO …), from its role, UniversalPetrarch's actor dictionary or its name
 *   (src/entities/actor-codes.ts); null when nothing tells, absent in records stored before them.
 */
export const EntitySchema = z.object({
  type: EntityTypeSchema,
  text: z.string().min(1),
  start: offset,
  end: offset,
  canonical: z.string().min(1),
  name: z.string().min(1),
  role: RoleSchema.nullable(),
  source: z.enum(['ner', 'alias', 'rule']),
  country: z.string().regex(/^[A-Z]{3}$/u).nullable().optional(),
  sector: z.string().regex(/^[A-Z]{3}$/u).nullable().optional(),
});

export type Entity = z.infer<typeof EntitySchema>;
export type Role = z.infer<typeof RoleSchema>;

/** A mention as the tagger gives it: a type and a span of the article's text. */
export interface Mention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Who found it (default `ner`). */
  source?: 'ner' | 'alias' | 'rule';
}
