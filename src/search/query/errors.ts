/** The one error a query can cause: a {@link QueryError} with the place of the problem. */

/** Stable ids of the problems a query can have; the message says the same in words. */
export type QueryErrorReason =
  | 'too-long' // more than maxLength characters
  | 'empty' // nothing but spaces
  | 'too-deep' // more than maxDepth nested parentheses
  | 'too-many-clauses' // more than maxClauses terms and filters
  | 'unclosed-quote' // «مجلس الوزراء
  | 'empty-phrase' // ""
  | 'unclosed-paren' // (الرياض
  | 'unmatched-paren' // الرياض)
  | 'empty-group' // ()
  | 'dangling-operator' // الرياض OR
  | 'dangling-minus' // الرياض - جدة
  | 'double-negation' // --الرياض
  | 'bad-prefix' // *  or  اقت*صاد
  | 'bad-exact' // a lone =, not before a word or a quoted phrase
  | 'short-prefix' // ا*
  | 'unknown-field' // foo:bar
  | 'missing-value' // headline: الرياض
  | 'bad-value' // outlet:(أ ب)
  | 'nested-field' // headline:(outlet:الجزيرة)
  | 'bad-date' // date:2015-02-30
  | 'date-order' // date:2015-07-31..2015-07-01
  | 'bad-event' // event:ATTACK  or  event:PROTEST/
  | 'no-positive'; // -الرياض

/** A query the parser cannot accept. `position`/`end` are UTF-16 offsets into the query. */
export class QueryError extends Error {
  /** The error code an HTTP API reports, as in `{error: {code: 'bad_query', message, position}}`. */
  readonly code = 'bad_query' as const;
  readonly reason: QueryErrorReason;
  readonly position: number;
  readonly end: number;
  constructor(reason: QueryErrorReason, message: string, position: number, end: number) {
    super(message);
    this.name = 'QueryError';
    this.reason = reason;
    this.position = position;
    this.end = end;
  }
}

/** Throws a {@link QueryError}; a shorthand for the lexer and parser. */
export function fail(reason: QueryErrorReason, message: string, position: number, end: number): never {
  throw new QueryError(reason, message, position, end);
}
