/** `GET /api/stats`: figures about the store. */
import type { ApiRoute } from '../route.js';

export const statsRoute: ApiRoute = {
  method: 'GET',
  url: '/api/stats',
  operation: {
    summary: 'Store figures',
    description: 'Articles, searchable articles, stories, outlets, the span of publication dates and the size of the index and database.',
    responses: { 200: { description: 'the figures', schema: 'StoreStats' } },
  },
  handler: ({ store }) => async () => store.stats(),
};
