/** Bearer-token checks for the routes that write: a constant-time comparison, before the body is read. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { ApiError } from './errors.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * True if `given` equals `expected`. Both are hashed first, so the comparison takes the same time
 * whatever the lengths and wherever the first difference is.
 */
export function tokensEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer TOKEN` header, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(h) : null;
  return m ? m[1]! : null;
}

/**
 * An `onRequest` hook that lets a request through only with the server's token: 403 `read_only`
 * when the server has none, 401 `unauthorized` (with `WWW-Authenticate: Bearer`) when it is
 * missing or wrong. It runs before the body is parsed, so strangers cannot make the server read one.
 */
export function requireToken(token: string | null): onRequestHookHandler {
  return async (request) => {
    if (token === null) throw new ApiError('read_only', 'this server is read-only: start it with a token (--token or RASD_TOKEN) to accept articles');
    const given = bearerToken(request);
    if (given === null) throw new ApiError('unauthorized', 'this route needs an "Authorization: Bearer TOKEN" header');
    if (!tokensEqual(given, token)) throw new ApiError('unauthorized', 'the bearer token is not the server\'s');
  };
}
