/**
 * Serves the web UI beside the API: the HTML shell at `/`, `/article/ID`, `/entities` and `/events` (the page
 * routes itself from the URL), and the files of {@link webAssets}. A file missing from a build is
 * a 404 naming it, not a crash.
 */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PAGE_CSP, SHELL, webAssets, type Asset } from './assets.js';

/** URL paths that answer with the shell. */
export const PAGE_PATHS = ['/', '/entities', '/events', '/article/:id'] as const;

async function send(reply: FastifyReply, url: string, asset: Asset): Promise<FastifyReply> {
  let body: Buffer;
  try {
    body = await readFile(asset.path);
  } catch {
    return reply.code(404).type('application/json; charset=utf-8').send({ error: { code: 'not_found', message: `the web UI file ${url} is missing from this installation (run npm run build)` } });
  }
  reply.type(asset.type);
  reply.header('cache-control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  return reply.send(body);
}

export function addWebRoutes(app: FastifyInstance): void {
  const assets = webAssets();
  const shell: Asset = { path: SHELL, type: 'text/html; charset=utf-8', immutable: false };
  for (const url of PAGE_PATHS) {
    app.get(url, async (_request, reply) => {
      reply.header('content-security-policy', PAGE_CSP);
      return send(reply, url, shell);
    });
  }
  for (const [url, asset] of assets) app.get(url, async (_request, reply) => send(reply, url, asset));
}
