/**
 * Refusing work the server has no room for, at the cost of a few microseconds. Clients that do not
 * heed `Retry-After` ask again at once, so under overload most requests are refusals; answered
 * through the whole Fastify pipeline (error handler, hooks, serialisation) they took the time the
 * searches needed. This hook answers before routing ends, with a body written once.
 */
import type { onRequestHookHandler } from 'fastify';
import { RETRY_AFTER_SECONDS } from './errors.js';
import { JSON_ANSWER_HEADERS } from './headers.js';
import type { WorkQueue } from './work-queue.js';

/** An `onRequest` hook answering 503 `overloaded` (with `Retry-After`) while `queue` is full. */
export function shedWhenFull(queue: WorkQueue): onRequestHookHandler {
  const body = JSON.stringify({ error: { code: 'overloaded', message: `the server has ${queue.limit} ${queue.label} under way or waiting: try again in ${RETRY_AFTER_SECONDS} s` } });
  const headers = { ...JSON_ANSWER_HEADERS, 'retry-after': String(RETRY_AFTER_SECONDS), 'content-length': String(Buffer.byteLength(body)) };
  return (_request, reply, done) => {
    if (!queue.full) return done();
    void reply.hijack();
    reply.raw.writeHead(503, headers).end(body);
  };
}
