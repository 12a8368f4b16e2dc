/** Parsing at the edge: a query string, path or body is `unknown` until a zod schema accepts it. */
import type { z } from 'zod';
import { ApiError } from './errors.js';

/** `value` parsed by `schema`, or a 400 `bad_request` whose message names each bad parameter and its value. */
export function parseEdge<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const given = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const problems = r.error.issues.map((issue) => {
    const name = issue.path.map(String).join('.');
    const v = issue.path.length === 1 ? given[name] : undefined;
    const shown = typeof v === 'string' ? ` (got "${v.length > 60 ? v.slice(0, 60) + '…' : v}")` : '';
    return name ? `${name}: ${issue.message}${shown}` : issue.message;
  });
  throw new ApiError('bad_request', problems.join('; '));
}
