/** `POST /api/articles`: store articles sent as records or as a page-text dump; searchable at once. */
import { Profiles } from '../../ingest/chrome/profiles.js';
import { RasdError } from '../../errors.js';
import { parseFieldMap } from '../../ingest/records/field-map.js';
import { API_INPUT, articlesFromText, jsonParts, type BodyOptions, type BodyPart } from '../body-articles.js';
import { ApiError } from '../errors.js';
import { isRequestBody } from '../request-body.js';
import type { ApiRoute } from '../route.js';
import { MAX_JSON_DEPTH, MAX_RECORDS, PostArticlesQuerySchema } from '../schemas.js';
import { storeInTime } from '../store-in-time.js';
import { parseEdge } from '../validate.js';

/** `?map=` parsed as `rasd extract --map` parses it; a bad pair is a 400 naming it. */
function fieldMap(spec: string): NonNullable<BodyOptions['map']> {
  try {
    return parseFieldMap(spec);
  } catch (err) {
    if (err instanceof RasdError) throw new ApiError('bad_request', `map: ${err.message.replace(/^--map: /, '')}`);
    throw err;
  }
}

export const postArticlesRoute: ApiRoute = {
  method: 'POST',
  url: '/api/articles',
  secured: true,
  operation: {
    summary: 'Add articles',
    description: `application/json: one record or an array of at most ${MAX_RECORDS}, each a full article record or an export-style record ({title, content, author, source, url, date}, mapped as by \`rasd extract\`, or by ?map=). text/plain: a page-text dump, articles separated by two blank lines, as \`rasd extract\` reads .txt files. Stored articles are searchable when the answer arrives; sending an article again stores nothing new.`,
    query: PostArticlesQuerySchema,
    body: {
      'application/json': {
        oneOf: [{ $ref: '#/components/schemas/Article' }, { $ref: '#/components/schemas/ExportRecord' }, { type: 'array', maxItems: MAX_RECORDS, items: { oneOf: [{ $ref: '#/components/schemas/Article' }, { $ref: '#/components/schemas/ExportRecord' }] } }],
      },
      'text/plain': { type: 'string', description: 'a page-text dump' },
    },
    responses: {
      201: { description: 'stored (or found stored already); if the request timeout ran out first, what was done, with an api/out-of-time diagnostic naming the first record not stored', schema: 'PostArticlesResult' },
      400: { description: `bad_request (a parameter or unreadable JSON), too_deep (JSON nested more than ${MAX_JSON_DEPTH} deep) or no_articles (nothing extractable; see diagnostics)`, schema: 'Error' },
      401: { description: 'unauthorized: no bearer token, or the wrong one', schema: 'Error' },
      403: { description: 'read_only: the server was started without a token', schema: 'Error' },
      413: { description: `too_large: the body exceeds the size limit or holds more than ${MAX_RECORDS} records`, schema: 'Error' },
      415: { description: 'unsupported_media_type: neither JSON nor plain text', schema: 'Error' },
    },
  },
  handler: ({ store, requestTimeout }) => async (request, reply) => {
    const query = parseEdge(PostArticlesQuerySchema, request.query);
    // Chrome is judged with what the store remembers of each outlet, and what this body adds is kept.
    const profiles = new Profiles((outlet) => store.chromeProfile(outlet));
    const options: BodyOptions = { outlet: query.outlet ?? null, ...(query.map ? { map: fieldMap(query.map) } : {}), profiles };
    const body = request.body;
    if (!isRequestBody(body)) throw new ApiError('bad_request', 'send articles as application/json records or a text/plain page-text dump');
    const parts: BodyPart[] = body.kind === 'text' ? [{ input: API_INPUT, read: () => articlesFromText(body.text, options) }] : jsonParts(body.value, options);
    // The request's time counts from its arrival: receiving, waiting for other writes, and this.
    const deadline = performance.now() + requestTimeout - reply.elapsedTime;
    const done = await storeInTime(store, parts, deadline, requestTimeout / 1000);
    if (done.inserted) {
      store.saveChromeProfiles(profiles.outlets());
      store.flush();
    }
    // Bytes that were not UTF-8 (or not the declared charset) come first: they are where the body begins to go wrong.
    const diagnostics = [...body.diagnostics, ...done.diagnostics];
    if (done.cut) request.log.warn({ stored: done.ids.length, extracted: done.extracted }, 'POST /api/articles ran out of time');
    if (done.cut && !done.ids.length) throw new ApiError('overloaded', `the request's ${requestTimeout / 1000} s ran out before any article was stored (other writes came first): nothing was stored, send it again`);
    if (!done.ids.length) throw new ApiError('no_articles', 'no article could be extracted from the body', { diagnostics });
    return reply.status(201).send({ inserted: done.inserted, existing: done.existing, ids: done.ids, diagnostics });
  },
};
