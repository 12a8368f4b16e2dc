/**
 * The article record, defined once: the zod schema checks records at the edges (JSONL read back,
 * HTTP bodies, database rows) and gives the TypeScript type; `articleJsonSchema()` publishes it.
 */
import { z } from 'zod';
import { EntitySchema } from './entity-schema.js';
import { QuoteSchema } from './quote-schema.js';
import { TimeExpressionSchema } from './time-schema.js';
import { EventSchema } from './event-schema.js';
import { QuantitySchema } from './quantity-schema.js';

const offset = z.number().int().nonnegative();

/** A half-open span `[start, end)` in UTF-16 code units of the decoded input. */
export const SpanSchema = z.object({ start: offset, end: offset });

/** A canonical photo credit: an agency code and its Arabic label, e.g. AFP / أ.ف.ب. */
export const CreditSchema = z.object({ code: z.string().min(1), label: z.string().min(1) });

/** One image caption, its credit (null when none is given) and spans. */
export const CaptionSchema = z.object({
  text: z.string(),
  credit: CreditSchema.nullable(),
  start: offset,
  end: offset,
});

/** What was taken out of the input, where, and why. */
export const RemovedSchema = z.object({
  start: offset,
  end: offset,
  reason: z.enum(['chrome', 'duplicate']),
  /** What kind of chrome (data/ingest/chrome: `share`, `related`, `byline` …; `template` when only repetition says so). */
  kind: z.string().optional(),
  /**
   * What showed it: `repeat` (the input repeats it), `kind` (a kind file or shape), `list` (under a list heading), `credit` (a credit
   * line), `position` (where it stands: after the page's chrome below the text's last paragraph, or above a dump article's headline sharing no word with its text where the headline does).
   */
  evidence: z.enum(['repeat', 'kind', 'list', 'credit', 'position']).optional(),
  text: z.string(),
});

/** A publication time and how precisely the source gave it. */
export const PublishedSchema = z.object({
  value: z.string(),
  precision: z.enum(['year', 'month', 'day', 'minute', 'second']),
});

export const DiagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  input: z.string().optional(),
  start: offset,
  end: offset,
  unit: z.enum(['byte', 'char']),
  severity: z.enum(['error', 'warning', 'info']),
});

/**
 * Where one field of the article lies in its analysed text (headline, subtitle, captions and
 * paragraphs joined by blank lines): the map from analysed spans back to the fields, and through
 * `input`, the field's span in the input (null where the input gave none).
 */
export const TextPartSchema = z.object({
  field: z.enum(['headline', 'subtitle', 'caption', 'paragraph']),
  /** The caption's or paragraph's index (0 for the headline and the subtitle). */
  index: offset,
  start: offset,
  end: offset,
  input: SpanSchema.nullable(),
});

/** The clean article. Field names are the ones `rasd extract` writes. */
export const ArticleSchema = z.object({
  id: z.string().min(1),
  headline: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  published: PublishedSchema.nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  captions: z.array(CaptionSchema),
  paragraphs: z.array(z.string()),
  /** Where the article was read; `digest`, when the reader was asked for it, is the hash of that input text (the same record read again has the same). */
  source: z.object({ path: z.string(), start: offset, end: offset, digest: z.string().regex(/^[0-9a-f]{16}$/u).optional() }),
  /** The span of each field in the decoded input (null when the field is absent). */
  spans: z.object({
    headline: SpanSchema.nullable(),
    subtitle: SpanSchema.nullable(),
    byline: SpanSchema.nullable(),
    dateline: SpanSchema.nullable(),
    paragraphs: z.array(SpanSchema),
  }),
  removed: z.array(RemovedSchema),
  diagnostics: z.array(DiagnosticSchema),
  /**
   * Named entities (persons, organisations, places, other), spans into the article's text: headline,
   * subtitle, captions and paragraphs joined by blank lines (`articleText`). Absent when not analysed.
   */
  entities: z.array(EntitySchema).optional(),
  /** The parts of the analysed text that every analysed span points into, in reading order. Absent when not analysed. */
  parts: z.array(TextPartSchema).optional(),
  /** Attributed statements with their speakers (src/quotes), spans into the same text. Absent when not analysed. */
  quotes: z.array(QuoteSchema).optional(),
  /**
   * Time expressions (src/times), spans into the same text, resolved against the published day, or
   * else a day the text itself proves (a caption date agreeing with «اليوم (الثلاثاء)»); left
   * unresolved, with their relation, when neither is known. Absent when not analysed.
   */
  times: z.array(TimeExpressionSchema).optional(),
  /** Numbers and quantities (src/quantities): value or range, approximation, counted noun; spans into the same text. Absent when not analysed. */
  quantities: z.array(QuantitySchema).optional(),
  /** Events on the PLOVER ontology (src/events): who did what to whom, where and when; spans into the same text. Absent when not analysed. */
  events: z.array(EventSchema).optional(),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Caption = z.infer<typeof CaptionSchema>;
export type Removed = z.infer<typeof RemovedSchema>;
export type ArticleSpan = z.infer<typeof SpanSchema>;
export type TextPart = z.infer<typeof TextPartSchema>;

/** The article record as JSON Schema (draft 2020-12). */
export function articleJsonSchema(): Record<string, unknown> {
  return { $id: 'https://rasd.invalid/schema/article.json', title: 'Rasd article', ...z.toJSONSchema(ArticleSchema) };
}
