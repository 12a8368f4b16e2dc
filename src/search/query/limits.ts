/** Limits that keep hostile queries cheap. Each can be lowered or raised per call of `parseQuery`. */
export interface QueryLimits {
  /** Longest query, in UTF-16 code units. */
  maxLength: number;
  /** Deepest nesting of parentheses. */
  maxDepth: number;
  /** Most clauses: terms, phrases, prefixes and filters, wherever they stand. */
  maxClauses: number;
  /** Fewest letters before `*`, diacritics and tatweel not counted. */
  minPrefixLength: number;
}

/** The default limits. */
export const QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxLength: 1000,
  maxDepth: 32,
  maxClauses: 64,
  minPrefixLength: 2,
});
