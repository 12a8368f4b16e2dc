/** The positive terms of a query, for highlighting matches. */
import type { PhraseNode, PrefixNode, QueryNode, TermNode } from './ast.js';

/** Words, phrases and prefixes that are not excluded, in query order: `الرياض -جدة "مجلس الوزراء"` → الرياض, مجلس الوزراء. */
export function queryTerms(node: QueryNode): Array<TermNode | PhraseNode | PrefixNode> {
  switch (node.type) {
    case 'term':
    case 'phrase':
    case 'prefix':
      return [node];
    case 'and':
    case 'or':
      return node.children.flatMap(queryTerms);
    case 'field':
      return queryTerms(node.child);
    default: // not, outlet, credit, date
      return [];
  }
}
