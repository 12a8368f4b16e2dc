/** `GET /api/health`: the server answers, and how much it holds. */
import type { ApiRoute } from '../route.js';

export const healthRoute: ApiRoute = {
  method: 'GET',
  url: '/api/health',
  unqueued: true,
  operation: {
    summary: 'Liveness and size',
    description: 'Answers while the server runs, with the number of articles stored and searchable.',
    responses: { 200: { description: 'the server is up', schema: 'Health' } },
  },
  handler: ({ store }) => async () => ({ status: 'ok', articles: store.countArticles(), indexed: store.stats().indexed }),
};
