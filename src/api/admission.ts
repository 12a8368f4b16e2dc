/**
 * Taking a place in a work queue when a request arrives, or refusing it at the cost of a few
 * microseconds. Clients that do not heed `Retry-After` ask again at once, so under overload most
 * requests are refusals; answered through the whole Fastify pipeline (error handler, hooks,
 * serialisation) they took the time the searches needed. The place is taken before the body is
 * read, so no more than `limit` bodies of 5 MB are held at once.
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { RETRY_AFTER_SECONDS } from './errors.js';
import { JSON_ANSWER_HEADERS } from './headers.js';
import { overloaded, type Place, type WorkQueue } from './work-queue.js';

/** Admission to one queue: the `onRequest` hook, and the handler wrapper that runs in the place taken. */
export interface Admission {
  hook: onRequestHookHandler;
  /** Runs `handler` in the request's place; its job is skipped if the client has gone meanwhile. */
  run<T>(request: FastifyRequest, handler: () => T | Promise<T>): Promise<T>;
}

/** Places in `queue` for requests: taken in `onRequest`, given back when the answer is sent or the connection closes. */
export function admission(queue: WorkQueue): Admission {
  const places = new WeakMap<FastifyRequest, Place>();
  const body = JSON.stringify({ error: { code: 'overloaded', message: overloaded(queue).message } });
  const headers = { ...JSON_ANSWER_HEADERS, 'retry-after': String(RETRY_AFTER_SECONDS), 'content-length': String(Buffer.byteLength(body)) };
  const refuse = (reply: FastifyReply): void => {
    void reply.hijack();
    reply.raw.writeHead(503, headers).end(body);
  };
  return {
    hook(request, reply, done) {
      const place = queue.enter();
      if (!place) return refuse(reply);
      places.set(request, place);
      // A body that fails to parse, or a client that leaves, never reaches the handler.
      reply.raw.once('close', () => place.release());
      done();
    },
    run(request, handler) {
      const place = places.get(request);
      if (!place) return Promise.reject(overloaded(queue));
      return place.run(handler, () => request.raw.socket.destroyed);
    },
  };
}
