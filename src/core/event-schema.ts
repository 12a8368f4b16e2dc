/**
 * The event record, defined once: a zod schema for one event of an article, coded on the PLOVER
 * ontology (who did what to whom, where and when), checked at the edges; the types come from it.
 */
import { z } from 'zod';
import { EntityTypeSchema } from './entity-schema.js';
import { TextSpanSchema } from './quote-schema.js';

const offset = z.number().int().nonnegative();

/** PLOVER's 16 event types (../shared/data/events/plover-manual.tex, CC BY-SA 4.0). */
export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);

/** How a PLOVER mode is written: lower-case words joined by hyphens (`demo`, `suicide-attack`). */
export const EVENT_MODE = /^[a-z]+(?:-[a-z]+)*$/u;
export type EventType = z.infer<typeof EventTypeSchema>;

/**
 * A participant: an entity mention (with its canonical id, name, type, country and sector), or a
 * group the article names without a name («مسلحون مجهولون», «طائرات التحالف»: canonical, name and
 * type null).
 */
export const ParticipantSchema = TextSpanSchema.extend({
  canonical: z.string().nullable(),
  name: z.string().nullable(),
  type: EntityTypeSchema.nullable(),
  country: z.string().regex(/^[A-Z]{3}$/u).nullable(),
  sector: z.string().regex(/^[A-Z]{3}$/u).nullable(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** How the sentence presents the event (PLOVER's auxiliary modes, and `asserted` for an event told as done). */
export const EventStatusSchema = z.enum(['asserted', 'negated', 'future', 'hypothetical', 'historical']);
export type EventStatus = z.infer<typeof EventStatusSchema>;

/** The people counted in the event's sentence: killed, injured, arrested, displaced (null when not said). */
export const EventCountsSchema = z.object({
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  arrested: z.number().int().nonnegative().nullable(),
  displaced: z.number().int().nonnegative().nullable(),
});
export type EventCounts = z.infer<typeof EventCountsSchema>;

/**
 * One event.
 * - `type`, `mode`: the PLOVER type and its modes («ASSAULT», ["aerial"]); `context`: PLOVER
 *   contexts the trigger names (["military"]), often empty.
 * - `trigger`: the word or phrase that tells the event («وشنت», «انفجار», «القبض»), without nothing cut.
 * - `actor`, `recipient`: who did it and to whom (null when the sentence does not say: «قُتل ثلاثة»).
 * - `place`: a place mention of the sentence; `time`: the sentence's time expression (its resolved
 *   `value`, or null), else the article's day with `text` null.
 * - `counts`: killed, injured, arrested and displaced, from the sentence's quantities.
 * - `status`: `asserted`, or `negated` («نفى أن تكون …»), `future` («سيزور»), `hypothetical`
 *   («إذا»), `historical` («منذ عام 2011»): only asserted events are counted as happening.
 * - `sentence`: the sentence's span; `confidence`: how sure the rules are, in [0, 1].
 */
export const EventSchema = z.object({
  type: EventTypeSchema,
  mode: z.array(z.string().min(1)),
  context: z.array(z.string().min(1)),
  trigger: TextSpanSchema,
  actor: ParticipantSchema.nullable(),
  recipient: ParticipantSchema.nullable(),
  place: TextSpanSchema.nullable(),
  time: z.object({ text: z.string().min(1).nullable(), start: offset.nullable(), end: offset.nullable(), value: z.string().nullable() }).nullable(),
  counts: EventCountsSchema,
  status: EventStatusSchema,
  negated: z.boolean(),
  sentence: z.object({ start: offset, end: offset }),
  confidence: z.number().min(0).max(1),
});
export type ArticleEvent = z.infer<typeof EventSchema>;
