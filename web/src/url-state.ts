/**
 * The search page's state and its URL, `/?q=…&sort=date&page=2&from=…&to=…`, so that a search can
 * be shared, bookmarked and walked through with the back button.
 */

export interface SearchState {
  q: string;
  sort: 'relevance' | 'date';
  /** 1-based. */
  page: number;
  /** 'YYYY-MM-DD' or ''. */
  from: string;
  to: string;
}

/** sessionStorage key of the last search URL, for the article page's back link. */
export const LAST_SEARCH = 'rasd:last-search';

export const EMPTY_STATE: SearchState = { q: '', sort: 'relevance', page: 1, from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The state a query string describes; anything malformed falls back to the default. */
export function readState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const page = Number(p.get('page') ?? '1');
  const day = (name: string): string => {
    const v = p.get(name) ?? '';
    return DAY.test(v) ? v : '';
  };
  return {
    q: p.get('q') ?? '',
    sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    from: day('from'),
    to: day('to'),
  };
}

/** The query string of a state, defaults left out: `?q=%D8%A7&sort=date`. */
export function writeState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

/** The `date:` clause of the state's range: `date:2025-03-01..2025-03-31`, `date:2025-03-01..`, or ''. */
export function dateClause(s: Pick<SearchState, 'from' | 'to'>): string {
  if (!s.from && !s.to) return '';
  return `date:${s.from}..${s.to}`;
}

// An OR outside quotes: `أ OR ب`, `أ or ب`, `أ|ب` (phrases taken out first, where OR is a word).
const PHRASES = /"[^"]*"?|«[^»]*»?|“[^”]*”?|»[^«]*«?|”[^“]*“?/gu;
const OR = /(?:^|[\s()])or(?=$|[\s()])|\|/iu;

/** Whether the typed query needs parentheses before the date clause joins it: it has an OR, which binds looser. */
function needsGroup(q: string): boolean {
  return OR.test(q.replace(PHRASES, ' '));
}

/**
 * The query sent to the API: the typed query and the date range. A query with OR is grouped first,
 * since AND binds tighter: `(أ OR ب) date:…`, not `أ OR (ب date:…)`, which left أ undated.
 */
export function effectiveQuery(s: SearchState): string {
  const q = s.q.trim();
  const dates = dateClause(s);
  if (!dates) return q;
  if (!q) return dates;
  return needsGroup(q) ? `(${q}) ${dates}` : `${q} ${dates}`;
}

/** Where the typed query starts in {@link effectiveQuery}: 1 when it was grouped, else 0. */
export function typedOffset(s: SearchState): number {
  return dateClause(s) && s.q.trim() && needsGroup(s.q.trim()) ? 1 : 0;
}
