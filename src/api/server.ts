/**
 * The HTTP JSON API over a {@link Store}, built without listening: the CLI (`rasd serve`) listens,
 * tests listen on a free port, and a web UI can add its pages to the same instance.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { RasdError } from '../errors.js';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { refuseWhileClosing } from './closing.js';
import { clientErrorHandler, frameworkErrorHandler, installErrorHandlers } from './errors.js';
import { addSecurityHeaders } from './headers.js';
import { installBodyParsers } from './request-body.js';
import type { ApiContext, ApiRoute } from './route.js';
import { trackRoutes } from './route-list.js';
import { admission } from './admission.js';
import { createWorkQueue } from './work-queue.js';
import { articleRoute } from './routes/article.js';
import { healthRoute } from './routes/health.js';
import { openApiRoute } from './routes/openapi.js';
import { postArticlesRoute } from './routes/post-articles.js';
import { searchRoute } from './routes/search.js';
import { statsRoute } from './routes/stats.js';
import { entitiesRoute } from './routes/entities.js';
import { eventsRoute } from './routes/events.js';
import { exportRoute } from './routes/export.js';
import { addWebRoutes } from './web/routes.js';

/** Every route of the API, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [healthRoute, searchRoute, articleRoute, postArticlesRoute, statsRoute, entitiesRoute, eventsRoute, exportRoute, openApiRoute];

export interface ServerOptions {
  /** The bearer token `POST /api/articles` requires; null or absent makes the server read-only. */
  token?: string | null;
  /** Fastify's request log (pino, JSON lines on stdout); off by default. */
  logger?: boolean;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Milliseconds a client has to send a whole request, headers included. */
  requestTimeout?: number;
  /** Largest request line and headers together, in bytes: the longest URL the server reads. */
  maxHeaderSize?: number;
  /** Serve the web UI at / (default true). */
  web?: boolean;
  /** Most requests under way and waiting, for reads (GET) and for writes (POST), before 503 `overloaded`. */
  queue?: { reads?: number; writes?: number };
}

export const DEFAULT_SERVER_OPTIONS = {
  bodyLimit: 5 * 1024 * 1024,
  requestTimeout: 30_000,
  // Node's 16 KiB would answer 431 to a query of 2 500 Arabic letters (6 bytes each, escaped) before
  // the API could say «q: at most 1000 characters»; 64 KiB lets the API answer queries 10 times too long.
  maxHeaderSize: 64 * 1024,
  // 32 searches at ~8 ms (a day of SaudiNewsNet on 2 cores) wait at most ~0.3 s; past them, 503 at once.
  queue: { reads: 32, writes: 4 },
} as const;

/**
 * Milliseconds of searches run back to back before the server reads new requests again. Clients
 * refused with 503 often ask again at once; read after every search, their refusals took half the
 * time (128 connections: 47 searches/s answered, 55 with 25 ms, 110-140 with 50 ms). Health waits at most this long.
 */
const READ_SLICE_MS = 50;

/**
 * How often Node looks for requests past their timeout. Its default, 30 s, let a client that
 * stopped half-way through its headers hold the connection up to 30 s past the timeout (73 s in
 * all were seen); a tenth of the timeout, at most 1 s, cuts it within 10% of the time documented.
 */
export const checkingInterval = (timeout: number): number => Math.max(10, Math.min(1000, Math.floor(timeout / 10)));

/** A Fastify app serving the API over `store`, not listening yet. The caller owns the store and closes it after the app. */
export function buildServer(store: Store, options: ServerOptions = {}): FastifyInstance {
  const token = options.token ?? null;
  if (token !== null && !/^\S+$/.test(token)) throw new RasdError('E_OPTION', 'the API token must be non-empty and hold no spaces');
  const requestTimeout = options.requestTimeout ?? DEFAULT_SERVER_OPTIONS.requestTimeout;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_SERVER_OPTIONS.bodyLimit,
    requestTimeout,
    // Node reads these when the server is created: headers get the whole request's time (its
    // default, 60 s, outlasts it), and expired requests are looked for often enough to be cut on time.
    http: {
      maxHeaderSize: options.maxHeaderSize ?? DEFAULT_SERVER_OPTIONS.maxHeaderSize,
      requestTimeout,
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: checkingInterval(requestTimeout),
    },
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler,
    return503OnClosing: false,
  });
  trackRoutes(app);
  installErrorHandlers(app);
  addSecurityHeaders(app);
  installBodyParsers(app);
  refuseWhileClosing(app);
  const ctx: ApiContext = { store, token, routes: API_ROUTES, requestTimeout };
  const limits = { ...DEFAULT_SERVER_OPTIONS.queue, ...options.queue };
  // Reads and writes wait in their own queues, so a long POST does not hold every search up.
  const queues = {
    GET: createWorkQueue({ concurrency: 1, limit: limits.reads, label: 'requests', slice: READ_SLICE_MS }),
    POST: createWorkQueue({ concurrency: 1, limit: limits.writes, label: 'writes' }),
  };
  const admit = { GET: admission(queues.GET), POST: admission(queues.POST) };
  for (const r of API_ROUTES) {
    const handler = r.handler(ctx);
    const queue = r.unqueued ? null : admit[r.method];
    // The token is checked first: strangers take no place in the queue.
    const onRequest = [...(r.secured ? [requireToken(token)] : []), ...(queue ? [queue.hook] : [])];
    app.route({
      method: r.method,
      url: r.url,
      onRequest,
      handler: queue ? (request, reply) => queue.run(request, () => handler(request, reply)) : handler,
    });
  }
  if (options.web !== false) addWebRoutes(app);
  return app;
}
