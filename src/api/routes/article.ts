/** `GET /api/articles/:id`: one stored article record. */
import { ApiError } from '../errors.js';
import type { ApiRoute } from '../route.js';
import { ArticleParamsSchema } from '../schemas.js';
import { parseEdge } from '../validate.js';

export const articleRoute: ApiRoute = {
  method: 'GET',
  url: '/api/articles/:id',
  operation: {
    summary: 'One article',
    description: 'The full article record, as `rasd extract` writes it: fields, captions, paragraphs, spans into the source, what was removed and why.',
    params: ArticleParamsSchema,
    responses: {
      200: { description: 'the article', schema: 'Article' },
      400: { description: 'bad_request: the id is not an article id', schema: 'Error' },
      404: { description: 'not_found: no article has this id', schema: 'Error' },
    },
  },
  handler: ({ store }) => async (request) => {
    const { id } = parseEdge(ArticleParamsSchema, request.params);
    const article = store.getArticle(id.toLowerCase());
    if (!article) throw new ApiError('not_found', `no article has the id "${id}"`);
    return article;
  },
};
