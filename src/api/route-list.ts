/** The routes Fastify registered on an app, as its `onRoute` hook reports them (for checks such as the OpenAPI test). */
import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  method: string;
  url: string;
}

const lists = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Starts recording the routes registered on `app` from now on, plugins' included. */
export function trackRoutes(app: FastifyInstance): void {
  const list: RegisteredRoute[] = [];
  lists.set(app, list);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) list.push({ method: String(method).toUpperCase(), url: route.url });
  });
}

/** Every route registered on `app` since {@link trackRoutes}; empty when it was not tracked. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return lists.get(app) ?? [];
}
