/** `GET /api/entities`: the entities mentioned in most articles, in a date range. */
import { ApiError } from '../errors.js';
import type { ApiRoute } from '../route.js';
import { EntitiesQuerySchema } from '../schemas.js';
import { parseEdge } from '../validate.js';

export const entitiesRoute: ApiRoute = {
  method: 'GET',
  url: '/api/entities',
  operation: {
    summary: 'The most-mentioned entities',
    description: 'Persons, organisations, places and others, by the number of stored articles that mention them, in a date range. Aliases and spelling variants of a known actor count as one.',
    query: EntitiesQuerySchema,
    responses: {
      200: { description: 'the entities, most articles first', schema: 'EntityCounts' },
      400: { description: 'bad_request: a parameter (or limit and top that differ)', schema: 'Error' },
    },
  },
  handler: ({ store }) => async (request) => {
    const { limit, top, from, to, type } = parseEdge(EntitiesQuerySchema, request.query);
    // `limit`, as every endpoint names it; `top` is its first name, still accepted.
    if (limit !== undefined && top !== undefined && limit !== top) throw new ApiError('bad_request', `limit (${limit}) and top (${top}) differ: give one of them`);
    return store.topEntities({ limit: limit ?? top ?? 20, from: from ?? null, to: to ?? null, type: type ?? null });
  },
};
