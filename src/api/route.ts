/** The shape of one API route: its handler and its OpenAPI description, kept side by side. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodObject } from 'zod';
import type { Store } from '../store/store.js';

/** What handlers are given. */
export interface ApiContext {
  store: Store;
  /** The bearer token writes need; null when the server is read-only. */
  token: string | null;
  /** Every route of the API, for the OpenAPI document. */
  routes: readonly ApiRoute[];
  /** Milliseconds a request has from its arrival to its answer; long work stops there (POST /api/articles). */
  requestTimeout: number;
}

/** One response of an operation: a description and, when it has a JSON body, its component schema. */
export interface ApiResponse {
  description: string;
  /** The name of a component schema (openapi.ts), e.g. `SearchResult`. */
  schema?: string;
}

/** What the OpenAPI document says about a route. Parameters come from the zod schemas the handler parses with. */
export interface ApiOperation {
  summary: string;
  description?: string;
  query?: ZodObject;
  params?: ZodObject;
  /** Request body media types → component schema names or inline JSON Schemas. */
  body?: Record<string, string | Record<string, unknown>>;
  responses: Record<number, ApiResponse>;
}

/** One route: method and URL (Fastify syntax, `/api/articles/:id`), its handler and its description. */
export interface ApiRoute {
  method: 'GET' | 'POST';
  url: string;
  /** True if it needs the bearer token (checked before the body is read). */
  secured?: boolean;
  /** True if it is answered at once, outside the work queues: cheap answers that must stay available under load (health). */
  unqueued?: boolean;
  operation: ApiOperation;
  handler(ctx: ApiContext): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}
