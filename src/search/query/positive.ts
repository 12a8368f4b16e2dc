/** The check that a query has something to match, not only exclusions. */
import type { QueryNode } from './ast.js';

/**
 * The outermost part of `node` that only excludes, or null if the query is fine.
 * `-جدة` and `-جدة -مكة` only exclude; `الرياض -جدة` does not; `الرياض OR -جدة` does, because
 * every side of an OR must stand on its own. Filters (outlet:, credit:, date:) count as positive.
 */
export function findNegativeOnly(node: QueryNode): QueryNode | null {
  switch (node.type) {
    case 'not':
      return node;
    case 'and':
      return node.children.some((c) => findNegativeOnly(c) === null) ? null : node;
    case 'or':
      for (const c of node.children) {
        const bad = findNegativeOnly(c);
        if (bad) return bad;
      }
      return null;
    case 'field':
      return findNegativeOnly(node.child) ? node : null;
    default:
      return null;
  }
}
