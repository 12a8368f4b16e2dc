/**
 * The API's one error shape, `{error: {code, message, …details}}`, its code table, and the Fastify
 * handlers that turn every failure (ours, Fastify's, unknown routes) into it. Stacks never leave.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RasdError } from '../errors.js';
import { QueryError } from '../search/query/errors.js';
import { QUERY_LIMITS } from '../search/query/limits.js';

/** Error codes of the HTTP API and the status each answers with. */
export const API_ERRORS = {
  bad_request: 400, // a parameter or body the API cannot accept: ?limit=1000, broken JSON
  bad_query: 400, // the search query does not parse: «"مجلس الوزراء» (unclosed quote)
  no_articles: 400, // a POST body from which no article could be extracted
  too_deep: 400, // a JSON body nested deeper than the limit: 400 000 «{"a":» in a row
  unauthorized: 401, // no bearer token, or the wrong one
  read_only: 403, // the server was started without a token: it takes no writes
  not_found: 404, // no such route or article
  timeout: 408, // the request was not received within the request timeout
  too_large: 413, // the body exceeds the limit (431 for headers)
  unsupported_media_type: 415, // a body that is neither JSON nor plain text
  internal: 500, // a bug or an I/O failure; details go to the log only
  overloaded: 503, // more requests under way and waiting than the queue holds; Retry-After says when to come back
  busy: 503, // a write while another process (rasd ingest) writes the store
  unavailable: 503, // the server is shutting down
} as const;

/** Seconds a client refused with `overloaded` is told to wait (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 1;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** The body of every 4xx and 5xx answer. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string } & Record<string, unknown>;
}

/** An error a handler throws to answer with `{error: {code, message, …details}}`. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown>;
  constructor(code: ApiErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERRORS[code];
    this.details = details;
  }
}

/** The code of a Fastify error by its status: body-parse and framework errors are 4xx with their own status. */
function codeOfStatus(status: number): ApiErrorCode {
  if (status === 413) return 'too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 404) return 'not_found';
  if (status === 408) return 'timeout';
  return 'bad_request';
}

/** Our own words where Fastify's are terse or name a limit the client cannot see. */
const MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  too_large: 'the request body is larger than the server accepts',
  unsupported_media_type: "the body's media type is not accepted here: send application/json or text/plain",
  timeout: 'the request was not received in time',
};

/** The status and body an error answers with. Only our own errors and Fastify's 4xx messages reach the client. */
export function errorResponse(err: unknown): { status: number; body: ApiErrorBody } {
  if (err instanceof ApiError) return { status: err.status, body: { error: { code: err.code, message: err.message, ...err.details } } };
  // The store's message names its file and the other process: neither is the client's business.
  if (err instanceof RasdError && err.code === 'E_BUSY') {
    return { status: 503, body: { error: { code: 'busy', message: 'the store is being written by another process (such as rasd ingest): nothing was stored; try again when it has finished' } } };
  }
  if (err instanceof QueryError) {
    return { status: 400, body: { error: { code: 'bad_query', message: err.message, reason: err.reason, position: err.position, end: err.end } } };
  }
  const status = (err as FastifyError | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = codeOfStatus(status);
    return { status, body: { error: { code, message: MESSAGES[code] ?? (err as Error).message } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error (see the server log)' } } };
}

/** Fastify's router rejects some URLs before any route runs: `%E0%A4%A`, or a path parameter over 100 characters. */
const URL_MESSAGES: Record<string, string> = {
  FST_ERR_BAD_URL: 'the URL holds a malformed percent-escape',
  FST_ERR_MAX_PARAM_LENGTH: 'a path segment of the URL is too long',
};

/** Fastify's `frameworkErrors` option: URLs the router cannot take answer 400 `bad_request` in the error shape. */
export function frameworkErrorHandler(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const known = URL_MESSAGES[err.code];
  const { status, body } = known ? { status: 400, body: { error: { code: 'bad_request', message: known } } } : errorResponse(err);
  void reply.status(status).header('x-content-type-options', 'nosniff').send(body);
}

/**
 * Answers what Node rejects before a request exists (a timed-out or malformed request, headers
 * over the size limit) in the same error shape, then closes the connection, as Node itself does.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, ApiErrorCode, string] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'timeout', MESSAGES.timeout!]
    : err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'too_large', `the URL and headers together are larger than the server accepts (a search query takes at most ${QUERY_LIMITS.maxLength} characters)`]
    : [400, 'bad_request', 'malformed HTTP request'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/** Installs the error and not-found handlers on `app`, so no answer bypasses the error shape. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = errorResponse(err);
    if (body.error.code === 'internal') request.log.error({ err }, 'request failed');
    if (status === 401) reply.header('www-authenticate', 'Bearer realm="rasd"');
    if (body.error.code === 'overloaded') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const body: ApiErrorBody = { error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}` } };
    return reply.status(404).send(body);
  });
}
