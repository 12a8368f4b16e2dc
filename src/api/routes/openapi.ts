/** `GET /api/openapi.json`: the OpenAPI 3.1 document of every route, built once. */
import { openApiDocument } from '../openapi.js';
import type { ApiRoute } from '../route.js';

export const openApiRoute: ApiRoute = {
  method: 'GET',
  url: '/api/openapi.json',
  unqueued: true,
  operation: {
    summary: 'This API, described',
    description: 'The OpenAPI 3.1 document: routes, parameters, bodies, responses and the bearer security scheme.',
    responses: { 200: { description: 'the OpenAPI document' } },
  },
  handler: ({ routes }) => {
    const document = openApiDocument(routes);
    return async () => document;
  },
};
