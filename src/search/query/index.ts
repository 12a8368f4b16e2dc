/** Rasd's search query syntax (docs/query-syntax.md). This file only re-exports. */
export type * from './ast.js';
export { QueryError, type QueryErrorReason } from './errors.js';
export { QUERY_LIMITS, type QueryLimits } from './limits.js';
export { QUERY_FIELDS, type QueryFieldName } from './fields.js';
export { parseQuery } from './parse.js';
export { formatQuery } from './format.js';
export { queryTerms } from './terms.js';
export { queryWindow, type QueryWindow } from './excerpt.js';
