/**
 * A POST body → articles, by the same extraction `rasd extract` runs: a full article record is
 * checked with ArticleSchema; an export-style record (`{title, content, source, …}`) goes through
 * the JSON record reader; plain text is read as a page-text dump. Problems become diagnostics.
 */
import type { Profiles } from '../ingest/chrome/profiles.js';
import type { Diagnostic } from '../errors.js';
import { ArticleSchema, type Article } from '../core/article.js';
import { extractText } from '../ingest/extract-text.js';
import type { FieldMap } from '../ingest/records/field-map.js';
import { ApiError } from './errors.js';
import { MAX_ID_LENGTH, MAX_RECORDS } from './schemas.js';

/** What a body gave. */
export interface BodyArticles {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** What the query string adds to a body. */
export interface BodyOptions {
  /** The outlet, for records and dumps that do not name one. */
  outlet: string | null;
  /** Record field mapping (`?map=headline=title,body=text`); detected when absent. */
  map?: FieldMap;
  /** The outlets' chrome profiles, starting from what the store remembers. */
  profiles?: Profiles;
}

/** The name articles from the API carry in `source.path`. */
export const API_INPUT = 'api';

const ID = new RegExp(`^[0-9a-f]{1,${MAX_ID_LENGTH}}$`);

function problem(input: string, code: string, message: string): Diagnostic {
  return { code, message, input, start: 0, end: 0, unit: 'char', severity: 'error' };
}

/** A record that means to be a full article: it has the fields only the article record has. */
const looksLikeArticle = (r: Record<string, unknown>): boolean => 'id' in r && 'paragraphs' in r;

/** One JSON record → its articles. `input` names it in diagnostics (`api`, or `api[3]` in an array). */
function fromRecord(record: unknown, input: string, o: BodyOptions): BodyArticles {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { articles: [], diagnostics: [problem(input, 'api/not-an-object', `a record must be a JSON object, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`)] };
  }
  const r = record as Record<string, unknown>;
  if (looksLikeArticle(r)) {
    const parsed = ArticleSchema.safeParse(r);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { articles: [], diagnostics: [problem(input, 'api/bad-article', `not a valid article record: ${issue.path.join('.') || '(record)'}: ${issue.message}`)] };
    }
    // Ids are looked up as lowercase hex (GET /api/articles/{id}); any other id could never be read back.
    if (!ID.test(parsed.data.id)) {
      return { articles: [], diagnostics: [problem(input, 'api/bad-article', `not a valid article id "${parsed.data.id.slice(0, 80)}": expected lowercase hexadecimal, at most ${MAX_ID_LENGTH} digits`)] };
    }
    const a = parsed.data;
    return { articles: [a.outlet === null && o.outlet !== null ? { ...a, outlet: o.outlet } : a], diagnostics: [] };
  }
  const out = extractText(JSON.stringify(r), { path: API_INPUT, format: 'json', outlet: o.outlet, ...(o.map ? { map: o.map } : {}), ...(o.profiles ? { profiles: o.profiles } : {}), digests: true });
  return { articles: out.articles, diagnostics: out.diagnostics.map((d) => ({ ...d, input })) };
}

/** One part of a body, read when its turn comes: a record of a JSON body, or a whole dump. */
export interface BodyPart {
  /** How diagnostics name it: `api[3]`, or `api`. */
  input: string;
  read(): BodyArticles;
}

/** The records of a parsed JSON body, one record or an array of at most {@link MAX_RECORDS}, each read when asked. */
export function jsonParts(body: unknown, o: BodyOptions): BodyPart[] {
  if (!Array.isArray(body)) return [{ input: API_INPUT, read: () => fromRecord(body, API_INPUT, o) }];
  if (body.length > MAX_RECORDS) throw new ApiError('too_large', `the body holds ${body.length} records; send at most ${MAX_RECORDS} per request`);
  return body.map((record: unknown, i) => {
    const input = `${API_INPUT}[${i}]`;
    return { input, read: () => fromRecord(record, input, o) };
  });
}

/** The articles of a plain-text body: a page-text dump, articles separated by two blank lines. */
export function articlesFromText(text: string, o: BodyOptions): BodyArticles {
  return extractText(text, { path: API_INPUT, format: 'dump', outlet: o.outlet, ...(o.profiles ? { profiles: o.profiles } : {}), digests: true });
}
