/**
 * Filter clauses the facets add to a query: `outlet:"صحيفة الأفق"`, `credit:AFP`,
 * `entity:"pers:سالم القحطاني"`, `said:"group:مصدر عسكري"`; and toggling them in a query string.
 */

/** Characters that end a bare query word (docs/query-syntax.md, Words). */
const SPECIAL = /[\s"«»“”()*|]/u;

/**
 * `value` as one query value: bare when it can be, else in quotes that it does not contain
 * (between quotes every character is literal except the closing one).
 */
export function quoteValue(value: string, forceQuotes = false): string {
  if (!forceQuotes && value && !SPECIAL.test(value) && !value.startsWith('-')) return value;
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes('»')) return `«${value}»`;
  return `“${value.replaceAll('”', '')}”`;
}

export type FacetField = 'outlet' | 'credit' | 'entity' | 'said';

/** The clause for a facet value: names always quoted, credits bare when they can be. */
export function facetClause(field: FacetField, value: string): string {
  return `${field}:${quoteValue(value, field !== 'credit')}`;
}

/** Whether `query` contains `clause` as a whole term. */
export function hasClause(query: string, clause: string): boolean {
  return splitAround(query, clause) !== null;
}

function splitAround(query: string, clause: string): [string, string] | null {
  let from = 0;
  for (;;) {
    const at = query.indexOf(clause, from);
    if (at < 0) return null;
    const before = query.slice(0, at);
    const after = query.slice(at + clause.length);
    // A whole term: at the start or after a space, and at the end or before a space.
    if ((before === '' || /\s$/u.test(before)) && (after === '' || /^\s/u.test(after))) return [before, after];
    from = at + 1;
  }
}

/** `query` with `clause` added at the end, or taken out when it is there already. */
export function toggleClause(query: string, clause: string): string {
  const parts = splitAround(query, clause);
  if (parts) return `${parts[0].trimEnd()} ${parts[1].trimStart()}`.trim();
  return `${query.trim()} ${clause}`.trim();
}
