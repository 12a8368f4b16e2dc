/** `GET /api/events`: the stored events, filtered and paged, newest first. */
import type { ApiRoute } from '../route.js';
import { EventsQuerySchema } from '../schemas.js';
import { parseEdge } from '../validate.js';

export const eventsRoute: ApiRoute = {
  method: 'GET',
  url: '/api/events',
  operation: {
    summary: 'The events: who did what to whom, where and when',
    description:
      'Events on the PLOVER ontology found in the stored articles, newest first. By default one row per event told as done, however many articles tell it (`mentions`, `sources`); filter by type and mode, actor (a name, as actor: takes it), place, days, status and a search query.',
    query: EventsQuerySchema,
    responses: {
      200: { description: 'a page of events', schema: 'EventPage' },
      400: { description: 'bad_request (a parameter) or bad_query (q, with reason, position and end)', schema: 'Error' },
    },
  },
  handler: ({ store }) => async (request) => {
    const { limit, offset, ...filter } = parseEdge(EventsQuerySchema, request.query);
    return store.events(filter, { limit, offset });
  },
};
