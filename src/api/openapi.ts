/**
 * The OpenAPI 3.1 document of the API, generated from the routes' own descriptions: parameters
 * from the zod schemas the handlers parse with, component schemas from the response schemas
 * (`z.toJSONSchema`) and the article record (`articleJsonSchema()`).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DiagnosticSchema, PublishedSchema, articleJsonSchema } from '../core/article.js';
import type { ApiOperation, ApiRoute } from './route.js';
import {
  ErrorBodySchema,
  ExportRecordSchema,
  FacetsSchema,
  FacetValueSchema,
  HealthSchema,
  HighlightedSchema,
  PostArticlesResultSchema,
  SearchHitSchema,
  SearchResultSchema,
  StoreStatsSchema,
  EntityCountSchema,
  EventPageSchema,
} from './schemas.js';

type Json = Record<string, unknown>;

/** Component schemas by name; responses refer to them as `#/components/schemas/NAME`. */
const COMPONENTS: ReadonlyArray<[string, z.ZodType]> = [
  ['Health', HealthSchema],
  ['SearchResult', SearchResultSchema],
  ['SearchHit', SearchHitSchema],
  ['Highlighted', HighlightedSchema],
  ['Facets', FacetsSchema],
  ['FacetValue', FacetValueSchema],
  ['Published', PublishedSchema],
  ['StoreStats', StoreStatsSchema],
  ['EntityCounts', z.array(EntityCountSchema)],
  ['EventPage', EventPageSchema],
  ['ExportRecord', ExportRecordSchema],
  ['PostArticlesResult', PostArticlesResultSchema],
  ['Diagnostic', DiagnosticSchema],
  ['Error', ErrorBodySchema],
];

/** A JSON Schema without the keys that only make sense in a standalone file. */
function embedded(schema: Json): Json {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of COMPONENTS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: 'output', uri: (id) => `#/components/schemas/${id}` });
  const out: Json = { Article: embedded(articleJsonSchema()) };
  for (const [id, schema] of Object.entries(schemas)) out[id] = embedded(schema as Json);
  return out;
}

/** OpenAPI parameters of a zod object: each value's schema as the handler sees it, `required` as the client must send it. */
function parameters(schema: z.ZodObject, where: 'query' | 'path'): Json[] {
  const output = z.toJSONSchema(schema, { io: 'output' }) as { properties?: Record<string, Json> };
  const input = z.toJSONSchema(schema, { io: 'input' }) as { required?: string[] };
  return Object.entries(output.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || (input.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

/** `/api/articles/:id` → `/api/articles/{id}`. */
export const openApiPath = (url: string): string => url.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');

/** `GET /api/articles/:id` → `getArticlesById`. */
function operationId(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((s) => s && s !== 'api')
    .map((s) => (s.startsWith(':') ? `by-${s.slice(1)}` : s.replace(/\.json$/, '')))
    .flatMap((s) => s.split(/[-_.]/));
  return method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function operation(route: ApiRoute): Json {
  const o: ApiOperation = route.operation;
  const params = [...(o.params ? parameters(o.params, 'path') : []), ...(o.query ? parameters(o.query, 'query') : [])];
  const schemaOf = (s: string | Json): Json => (typeof s === 'string' ? { $ref: `#/components/schemas/${s}` } : s);
  const responses: Json = {};
  for (const [status, r] of Object.entries(o.responses)) {
    responses[status] = { description: r.description, ...(r.schema ? { content: { 'application/json': { schema: schemaOf(r.schema) } } } : {}) };
  }
  const queued = route.unqueued ? '' : ', overloaded (503 with Retry-After: too many requests under way and waiting)';
  const busy = route.method === 'POST' ? ', busy (503: another process writes the store)' : '';
  responses['5XX'] = { description: `internal (details go to the server log only)${queued}${busy} or unavailable (shutting down)`, content: { 'application/json': { schema: schemaOf('Error') } } };
  return {
    operationId: operationId(route.method, route.url),
    summary: o.summary,
    ...(o.description ? { description: o.description } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(o.body ? { requestBody: { required: true, content: Object.fromEntries(Object.entries(o.body).map(([type, s]) => [type, { schema: schemaOf(s) }])) } } : {}),
    responses,
    ...(route.secured ? { security: [{ bearer: [] }] } : {}),
  };
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The OpenAPI 3.1 document of `routes`. */
export function openApiDocument(routes: readonly ApiRoute[]): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[openApiPath(r.url)] ??= {})[r.method.toLowerCase()] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rasd API',
      version: version(),
      description: 'Search and add Arabic news articles. Every error answers {"error": {"code", "message"}}. Writes need a bearer token; a server started without one is read-only.',
    },
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token the server was started with (--token or RASD_TOKEN)' } },
    },
  };
}
