/** `GET /api/export`: the events matching a query and filters, as CSV or JSON lines with ACLED's columns. */
import { csvHeader, csvLine, eventTableRow, jsonLine } from '../../export/event-table.js';
import type { ApiRoute } from '../route.js';
import { ExportQuerySchema } from '../schemas.js';
import { parseEdge } from '../validate.js';

export const exportRoute: ApiRoute = {
  method: 'GET',
  url: '/api/export',
  operation: {
    summary: 'Export the events as a table',
    description:
      'The events GET /api/events would list, as `rasd export --events` writes them: ACLED-like columns (event_id, event_date, event_type, sub_event_type, actor1, assoc_actor_1, actor2, country, admin1, location, latitude, longitude, fatalities, source, source_url, notes), then injured, arrested, displaced, tellings, article_id and confidence. At most `limit` events, newest first; `x-rasd-events` says how many were written.',
    query: ExportQuerySchema,
    responses: {
      200: { description: 'text/csv (a header line, then one line per event) or application/x-ndjson (one JSON object per event)' },
      400: { description: 'bad_request (a parameter) or bad_query (q, with reason, position and end)', schema: 'Error' },
    },
  },
  handler: ({ store }) => async (request, reply) => {
    const { format, limit, ...filter } = parseEdge(ExportQuerySchema, request.query);
    let body = format === 'csv' ? csvHeader() : '';
    let n = 0;
    for (const e of store.eachEvent(filter)) {
      if (n === limit) break;
      const row = eventTableRow(e);
      body += format === 'csv' ? csvLine(row) : jsonLine(row);
      n++;
    }
    reply.header('x-rasd-events', String(n));
    reply.header('content-disposition', `attachment; filename="rasd-events.${format}"`);
    reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    return body;
  },
};
