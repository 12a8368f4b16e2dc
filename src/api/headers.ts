/** Security headers on every answer: no MIME sniffing, no framing, no referrer; JSON gets a CSP that allows nothing. */
import type { FastifyInstance } from 'fastify';

/** A JSON answer loads nothing and runs nothing, even if a browser is tricked into rendering it. */
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Every header the hook below gives a JSON answer, for answers written without Fastify (503 overloaded). */
export const JSON_ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': JSON_CSP,
  'cache-control': 'no-store',
};

/** Adds the headers in an `onSend` hook. Pages added later (a web UI) keep any CSP they set themselves. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('application/json')) {
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', JSON_CSP);
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
