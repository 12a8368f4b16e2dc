/**
 * The API's edges as zod schemas: query strings and bodies arrive as `unknown` and are parsed
 * here; responses are described here for the OpenAPI document, and checked against the library's
 * own types at compile time so the two cannot drift apart.
 */
import { z } from 'zod';
import { DiagnosticSchema, PublishedSchema } from '../core/article.js';
import { EVENT_MODE, EVENT_TYPES, EventStatusSchema, EventTypeSchema } from '../core/event-schema.js';
import { MAX_EVENT_LIMIT, type EventPage } from '../store/event-query.js';
import type { Facets } from '../search/engine/facets.js';
import { MAX_LIMIT, MAX_OFFSET, type SearchResult } from '../search/engine/searcher.js';
import { QUERY_LIMITS } from '../search/query/limits.js';
import type { EntityCount, StoreStats } from '../store/store.js';
import { isRealDay } from '../text/iso-day.js';
import { API_ERRORS, type ApiErrorCode } from './errors.js';

/** Most records one POST may carry. */
export const MAX_RECORDS = 1000;
/** Deepest nesting of objects and arrays in a JSON body: an article record needs about 5. */
export const MAX_JSON_DEPTH = 64;
/** Longest article id: ids are 16 hex digits today; 64 leaves room for a whole SHA-256. */
export const MAX_ID_LENGTH = 64;

/** A query-string integer in `[min, max]`: digits only, so `1e2`, ` 5` and `0x10` are refused. */
function intParam(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A query-string boolean: `true`/`false` or `1`/`0`. */
const boolParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .pipe(z.boolean());

/** `GET /api/search` query string. */
export const SearchQuerySchema = z
  .object({
    q: z.string().min(1).max(QUERY_LIMITS.maxLength).describe(`the query (at most ${QUERY_LIMITS.maxLength} characters): words, "phrases", prefix*, -exclusion, OR, (groups) and field:value filters`),
    limit: intParam(1, MAX_LIMIT).default(20).describe('hits per page'),
    offset: intParam(0, MAX_OFFSET).default(0).describe('hits to skip'),
    sort: z.enum(['relevance', 'date']).default('relevance').describe('relevance (BM25F) or date (newest first)'),
    all: boolParam.default(false).describe('every matching article instead of one hit per story (true/false or 1/0)'),
    facets: boolParam.default(true).describe('count outlets, photo credits and months over all matches (true/false or 1/0)'),
  })
  .strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => isRealDay(d), 'a real day as YYYY-MM-DD');

/** `GET /api/entities` query parameters. */
export const EntitiesQuerySchema = z
  .object({
    limit: intParam(1, 1000).optional().describe('how many entities (default 20), as limit is named in /api/search'),
    top: intParam(1, 1000).optional().describe('the same as limit, by its first name; kept for existing clients'),
    from: isoDay.optional().describe('published on or after this day (YYYY-MM-DD)'),
    to: isoDay.optional().describe('published on or before this day (YYYY-MM-DD)'),
    type: z.enum(['PERS', 'ORG', 'LOC', 'MISC']).optional().describe('persons, organisations, places or others'),
  })
  .strict();

/** The event filters `GET /api/events` and `GET /api/export` share. */
const eventFilters = {
  type: z.enum(EVENT_TYPES).optional().describe('a PLOVER event type: ASSAULT, PROTEST …'),
  mode: z.string().regex(EVENT_MODE, 'a PLOVER mode such as demo or suicide-attack').max(40).optional().describe('a mode of the type: aerial, demo, arrest …'),
  actor: z.string().trim().min(1).max(200).optional().describe('who did it or to whom, as actor: takes a name: داعش, "مسلحون مجهولون"'),
  place: z.string().trim().min(1).max(200).optional().describe('a place named in the sentence (whole words): حلب'),
  from: isoDay.optional().describe('on or after this day (YYYY-MM-DD): the day the sentence dates the event to, else the article\'s'),
  to: isoDay.optional().describe('on or before this day (YYYY-MM-DD)'),
  status: z.enum([...EventStatusSchema.options, 'any']).default('asserted').describe('events told as done (asserted, the default), or negated, future, hypothetical, historical, or any'),
  q: z.string().min(1).max(QUERY_LIMITS.maxLength).optional().describe('a search query the events\' articles must match, as in /api/search'),
  linked: boolParam.default(true).describe('one row per event however many articles tell it (true), or one per telling (false)'),
};

/** `GET /api/events` query parameters. */
export const EventsQuerySchema = z
  .object({
    ...eventFilters,
    limit: intParam(1, MAX_EVENT_LIMIT).default(50).describe('events per page'),
    offset: intParam(0, MAX_OFFSET).default(0).describe('events to skip'),
  })
  .strict();

/** Most events one `GET /api/export` writes; `rasd export` has no limit. */
export const MAX_EXPORT_EVENTS = 50_000;

/** `GET /api/export` query parameters. */
export const ExportQuerySchema = z
  .object({
    ...eventFilters,
    format: z.enum(['csv', 'jsonl']).default('csv').describe('CSV with a header line, or one JSON object per line'),
    limit: intParam(1, MAX_EXPORT_EVENTS).default(10_000).describe(`most events to write (at most ${MAX_EXPORT_EVENTS}), newest first`),
  })
  .strict();

/** `GET /api/articles/{id}` path parameters. */
export const ArticleParamsSchema = z.object({
  id: z
    .string()
    .regex(new RegExp(`^[0-9a-fA-F]{1,${MAX_ID_LENGTH}}$`), `expected an article id: hexadecimal, at most ${MAX_ID_LENGTH} digits`)
    .describe('the article id, as search hits give it'),
});

/** `POST /api/articles` query string. */
export const PostArticlesQuerySchema = z
  .object({
    outlet: z.string().trim().min(1).max(200).optional().describe('the outlet, for records and dumps that do not name one'),
    map: z.string().min(1).max(500).optional().describe('record field mapping, as `rasd extract --map`: headline=title,body=text (detected when absent)'),
  })
  .strict();

/** An export-style record (documentation only: field names are matched as by `rasd extract`). */
export const ExportRecordSchema = z
  .looseObject({
    title: z.string().optional(),
    content: z.string().describe('the article text; paragraphs separated by newlines'),
    author: z.string().optional(),
    source: z.string().optional().describe('the outlet'),
    url: z.string().optional(),
    date: z.string().optional(),
  })
  .describe('A record as news exports write it. Other field names are recognised as by `rasd extract` (headline, body, text, published, outlet, link…).');

/** `GET /api/health`. */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  articles: z.number().int().describe('articles stored'),
  indexed: z.number().int().describe('articles searchable now'),
});

const count = z.number().int().nonnegative();

export const HighlightedSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([count, count])).describe('[start, end) of each matching word in text, in UTF-16 code units'),
});

export const FacetValueSchema = z.object({ value: z.string(), count });

export const FacetsSchema = z.object({
  outlet: z.array(FacetValueSchema),
  credit: z.array(FacetValueSchema),
  month: z.array(FacetValueSchema).describe('chronological, as YYYY-MM'),
  day: z.array(FacetValueSchema).describe('matches per publication day, chronological, as YYYY-MM-DD'),
  entity: z
    .array(FacetValueSchema.extend({ type: z.string(), name: z.string(), weeks: z.array(count).describe('matches per week of `weeks`') }))
    .describe('articles naming each entity, most first; value is the canonical id for entity:'),
  speaker: z
    .array(FacetValueSchema.extend({ type: z.string(), name: z.string() }))
    .describe('articles quoting each speaker, most first; value is the id for said: (type GROUP: an unnamed speaker)'),
  event: z.array(FacetValueSchema).describe('articles telling each type of event as done, most first; value is ASSAULT, or ASSAULT/aerial for a mode, as event: takes it'),
  actor: z
    .array(FacetValueSchema.extend({ type: z.string(), name: z.string() }))
    .describe('articles where each actor acts or is acted on in an event, most first; value is the id for actor: (type GROUP: an unnamed group)'),
  weeks: z.array(z.string()).describe('the first day (Saturday) of each week from the first match to the last'),
});

export const SearchHitSchema = z.object({
  id: z.string(),
  score: z.number(),
  headline: HighlightedSchema.nullable(),
  snippet: HighlightedSchema,
  outlet: z.string().nullable(),
  published: PublishedSchema.nullable(),
  url: z.string().nullable(),
  credits: z.array(z.string()).describe('agency codes of the photo credits, e.g. AFP'),
  similar: count.describe('other matching articles of the same story (0 with all=true)'),
  story: z.string().describe('the id of the article that stands for the story'),
});

export const SearchResultSchema = z.object({
  query: z.string(),
  total: count.describe('matching articles'),
  stories: count.describe('matching stories (clusters of near-duplicates)'),
  offset: count,
  limit: count,
  sort: z.enum(['relevance', 'date']),
  hits: z.array(SearchHitSchema),
  facets: FacetsSchema.nullable(),
  notes: z.array(z.string()).describe('words ignored and similar notes'),
  took_ms: z.number(),
});

export const EntityCountSchema = z.object({
  canonical: z.string().describe('the canonical id, as entity: accepts it'),
  type: z.string(),
  name: z.string(),
  articles: count.describe('articles that mention it'),
  mentions: count.describe('mentions in those articles'),
});

const StoredParticipantSchema = z.object({
  key: z.string().describe('what actor: matches: the canonical id, or group: and the words of an unnamed group'),
  name: z.string(),
  type: z.string().describe('PERS, ORG, LOC, MISC, or GROUP'),
  country: z.string().nullable().describe('ISO 3166 alpha-3, when known'),
});

export const StoredEventSchema = z.object({
  id: z.string().describe('<article id>-<n>: the n-th event of the article'),
  story: z.string().describe('the id of the first telling of the same event'),
  mentions: count.describe('tellings of the event that match (1 with linked=false)'),
  article: z.object({ id: z.string(), headline: z.string().nullable(), outlet: z.string().nullable(), url: z.string().nullable(), published: z.string().nullable() }),
  sources: z.array(z.string()).describe('the outlets of the tellings, the first telling\'s first'),
  type: EventTypeSchema,
  mode: z.array(z.string()),
  status: EventStatusSchema,
  trigger: z.string().describe('the words that tell the event'),
  actor: StoredParticipantSchema.nullable(),
  recipient: StoredParticipantSchema.nullable(),
  place: z.string().nullable(),
  date: z.string().nullable().describe('YYYY-MM-DD: the day the sentence dates it to, else the article\'s'),
  counts: z.object({ killed: count.nullable(), injured: count.nullable(), arrested: count.nullable(), displaced: count.nullable() }),
  confidence: z.number(),
  sentence: z.string().describe('the sentence that tells it (at most 1000 characters)'),
});

export const EventPageSchema = z.object({
  total: count.describe('matching events (linked tellings counted once)'),
  offset: count,
  limit: count,
  events: z.array(StoredEventSchema),
  timeline: z.array(z.object({ type: EventTypeSchema, date: z.string(), count: count })).describe('matching events per type and day (YYYY-MM-DD), chronological: the timeline by type'),
});

export const StoreStatsSchema = z.object({
  articles: count,
  indexed: count,
  stories: count,
  outlets: z.array(FacetValueSchema),
  dates: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
  segments: count,
  terms: count,
  bytes: count,
});

/** `POST /api/articles` → 201. */
export const PostArticlesResultSchema = z.object({
  inserted: count.describe('articles stored for the first time'),
  existing: count.describe('articles that were stored already'),
  ids: z.array(z.string()).describe('ids of the articles extracted, in order'),
  diagnostics: z.array(DiagnosticSchema).describe('problems found in the body; `input` names the record, as api[3]'),
});

/** Every 4xx and 5xx answer. */
export const ErrorBodySchema = z.object({
  error: z.looseObject({
    code: z.enum(Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]]),
    message: z.string(),
    reason: z.string().optional().describe('bad_query: the stable id of the problem, e.g. unclosed-quote'),
    position: count.optional().describe('bad_query: where the problem starts in q; too_deep: the first bracket past the limit in the body (UTF-16 code units)'),
    end: count.optional().describe('bad_query: where it ends'),
    diagnostics: z.array(DiagnosticSchema).optional().describe('no_articles: why nothing was extracted'),
  }),
});

// Compile-time checks: the response schemas describe exactly what the library returns.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type SchemasMatchTypes = [
  Assert<Same<z.infer<typeof SearchResultSchema>, SearchResult>>,
  Assert<Same<z.infer<typeof FacetsSchema>, Facets>>,
  Assert<Same<z.infer<typeof StoreStatsSchema>, StoreStats>>,
  Assert<Same<z.infer<typeof EntityCountSchema>, EntityCount>>,
  Assert<Same<z.infer<typeof EventPageSchema>, EventPage>>,
];
