/** Prints an AST back as a canonical query: parsing the result gives the same AST (offsets aside). */
import type { QueryNode } from './ast.js';
import { isWordChar, QUOTE_PAIRS } from './chars.js';

/** The canonical text of `node`: `الرياض (جدة OR مكة) -"مجلس الوزراء" date:2015-07-01..2015-07-31`. */
export function formatQuery(node: QueryNode): string {
  switch (node.type) {
    case 'term':
      return node.text;
    case 'prefix':
      return `${node.text}*`;
    case 'phrase':
      return quote(node.words.join(' '));
    case 'and':
      return node.children.map((c) => (c.type === 'or' ? `(${formatQuery(c)})` : formatQuery(c))).join(' ');
    case 'or':
      return node.children.map(formatQuery).join(' OR ');
    case 'not':
      return `-${operand(node.child)}`;
    case 'field':
      return `${node.field}:${operand(node.child)}`;
    case 'outlet':
    case 'credit':
      return `${node.type}:${isBare(node.value) ? node.value : quote(node.value)}`;
    case 'event':
      return `event:${node.event}${node.mode ? `/${node.mode}` : ''}`;
    case 'date':
      return `date:${node.from === node.to ? node.from : `${node.from ?? ''}..${node.to ?? ''}`}`;
  }
}

// What follows - or a field name: a group needs its parentheses back.
function operand(node: QueryNode): string {
  const text = formatQuery(node);
  return node.type === 'and' || node.type === 'or' || node.type === 'not' ? `(${text})` : text;
}

// The first quote pair whose closing quote the text lacks: «قال "لا"» stays in guillemets.
function quote(text: string): string {
  const [open, close] = QUOTE_PAIRS.find(([, c]) => !text.includes(c)) ?? QUOTE_PAIRS[0]!;
  return `${open}${text}${close}`;
}

// A value that reads back as one word: no spaces or syntax, no leading minus.
function isBare(value: string): boolean {
  if (value === '' || value[0] === '-') return false;
  for (let i = 0; i < value.length; i++) if (!isWordChar(value.charCodeAt(i))) return false;
  return true;
}
