/** The JSON API, from the browser: one function per endpoint, errors as {@link ApiError}. */
import type { Article, EntityCount, SearchResult, StoreStats } from './types.js';

/** A 4xx/5xx answer: its `code`, message and, for `bad_query`, where in `q` the problem is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position: number | null = null,
    readonly end: number | null = null,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const url = params ? `${path}?${params.toString()}` : path;
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = (body as { error?: { code?: unknown; message?: unknown; position?: unknown; end?: unknown } } | null)?.error;
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  throw new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : 'http_error',
    typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
    num(error?.position),
    num(error?.end),
  );
}

export interface SearchParams {
  q: string;
  limit?: number;
  offset?: number;
  sort?: 'relevance' | 'date';
  all?: boolean;
  facets?: boolean;
}

/** `GET /api/search`. */
export function search(p: SearchParams, signal?: AbortSignal): Promise<SearchResult> {
  const params = new URLSearchParams({ q: p.q });
  if (p.limit !== undefined) params.set('limit', String(p.limit));
  if (p.offset) params.set('offset', String(p.offset));
  if (p.sort) params.set('sort', p.sort);
  if (p.all !== undefined) params.set('all', String(p.all));
  if (p.facets !== undefined) params.set('facets', String(p.facets));
  return getJson('/api/search', params, signal);
}

/** `GET /api/articles/:id`. */
export function article(id: string): Promise<Article> {
  return getJson(`/api/articles/${encodeURIComponent(id)}`);
}

/** `GET /api/entities`: the most-mentioned entities of the whole store. */
export function topEntities(type: string, limit = 20): Promise<EntityCount[]> {
  return getJson('/api/entities', new URLSearchParams({ type, limit: String(limit) }));
}

/** `GET /api/stats`. */
export function stats(): Promise<StoreStats> {
  return getJson('/api/stats');
}

/** An Arabic sentence for a failed request, for the page to show. */
export function describeError(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.code === 'not_found') return 'لم يُعثر على المطلوب.';
    return `${e.message}`;
  }
  return 'تعذّر الاتصال بالخادم.';
}
