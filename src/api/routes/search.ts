/** `GET /api/search`: ranked, story-collapsed, highlighted hits with facets. */
import type { ApiRoute } from '../route.js';
import { SearchQuerySchema } from '../schemas.js';
import { parseEdge } from '../validate.js';

export const searchRoute: ApiRoute = {
  method: 'GET',
  url: '/api/search',
  operation: {
    summary: 'Search the articles',
    description:
      'One hit per story (near-duplicates collapse; `similar` counts the rest) unless all=true. Words match across alef forms, diacritics, clitics and light inflection; snippet and headline highlights are spans of the original text. A malformed query answers 400 bad_query with the position of the problem.',
    query: SearchQuerySchema,
    responses: {
      200: { description: 'a page of hits', schema: 'SearchResult' },
      400: { description: 'bad_request (a parameter) or bad_query (the query, with reason, position and end)', schema: 'Error' },
    },
  },
  handler: ({ store }) => async (request) => {
    const { q, ...options } = parseEdge(SearchQuerySchema, request.query);
    return store.search(q, options);
  },
};
