/** Links to a search: `/?q=entity:%22pers:…%22`, the colons left readable. */
import { facetClause, type FacetField } from './query-clauses.js';

/** The URL of the search for `query`. */
export function searchHref(query: string): string {
  return `/?q=${encodeURIComponent(query).replaceAll('%3A', ':')}`;
}

/** The URL of the search for one filter: `filterHref('entity', 'loc:الزهراء')`. */
export function filterHref(field: FacetField, value: string): string {
  return searchHref(facetClause(field, value));
}
