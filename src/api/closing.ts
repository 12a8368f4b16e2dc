/** While the server shuts down, requests still arriving on open connections get 503 `unavailable` in the error shape. */
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

/** Fastify's own 503 has another shape, so it is turned off (`return503OnClosing: false`) and this hook answers instead. */
export function refuseWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      reply.header('connection', 'close');
      throw new ApiError('unavailable', 'the server is shutting down');
    }
  });
}
