/**
 * The query parser, by recursive descent:
 *   query   := or
 *   or      := and (('OR' | '|') and)*
 *   and     := unary ('AND'? unary)*
 *   unary   := '-' primary | 'NOT' primary | primary
 * The operator words OR, AND and NOT are read in any case (`or`, `Not`).
 *   primary := word | prefix* | "phrase" | '(' or ')' | field:value
 */
import type { QueryNode } from './ast.js';
import { parseDateRange } from './date.js';
import { parseEventKey } from './event-key.js';
import { fail } from './errors.js';
import { clip } from './excerpt.js';
import { QUERY_FIELDS, VALUE_HINTS, type QueryFieldName } from './fields.js';
import { createLexer, type Lexer, type Token } from './lex.js';
import { QUERY_LIMITS, type QueryLimits } from './limits.js';
import { findNegativeOnly } from './positive.js';

interface State {
  query: string;
  lex: Lexer;
  limits: QueryLimits;
  depth: number;
  clauses: number;
  field: QueryFieldName | null; // inside headline:(…), where fields cannot nest
}

// A node with its extent in the query, which for a group includes the parentheses.
interface Parsed {
  node: QueryNode;
  start: number;
  end: number;
}

/** Parses a search query into its AST; throws {@link QueryError}, and nothing else, on a bad query. */
export function parseQuery(query: string, limits: Partial<QueryLimits> = {}): QueryNode {
  const lim = { ...QUERY_LIMITS, ...limits };
  if (query.length > lim.maxLength) {
    fail('too-long', `the query is too long: ${query.length} characters (limit ${lim.maxLength})`, lim.maxLength, query.length);
  }
  const s: State = { query, lex: createLexer(query, lim.minPrefixLength), limits: lim, depth: 0, clauses: 0, field: null };
  if (s.lex.peek().type === 'end') fail('empty', 'the query is empty', 0, query.length);
  const { node } = parseOr(s);
  const rest = s.lex.next();
  if (rest.type !== 'end') fail('unmatched-paren', 'this ) has no ( before it', rest.start, rest.end);
  const bad = findNegativeOnly(node);
  if (bad) {
    // Only an OR lets the check go below the top: `الرياض OR -جدة`.
    const needs = bad === node ? 'a query needs at least one positive term' : 'each side of OR needs a positive term';
    fail('no-positive', `${clip(query.slice(bad.start, bad.end))} only excludes: ${needs}, as in الرياض -جدة`, bad.start, bad.end);
  }
  return node;
}

const CLAUSE_START = new Set<Token['type']>(['word', 'prefix', 'phrase', 'field', '(', '-', 'not']);

function parseOr(s: State): Parsed {
  const items = [parseAnd(s)];
  while (s.lex.peek().type === 'or') {
    const op = s.lex.next();
    if (!CLAUSE_START.has(s.lex.peek().type)) dangling(s, op);
    items.push(parseAnd(s));
  }
  return combine('or', items);
}

// Stops at OR, ) or the end; only a leading OR or ) gets here with no clause.
function parseAnd(s: State): Parsed {
  const items: Parsed[] = [];
  for (;;) {
    const t = s.lex.peek();
    if (t.type === 'and') {
      s.lex.next();
      if (items.length === 0 || !CLAUSE_START.has(s.lex.peek().type)) dangling(s, t);
    } else if (CLAUSE_START.has(t.type)) {
      items.push(parseUnary(s));
    } else {
      if (items.length === 0 && t.type === ')') fail('unmatched-paren', 'this ) has no ( before it', t.start, t.end);
      if (items.length === 0) dangling(s, t);
      return combine('and', items);
    }
  }
}

function dangling(s: State, op: Token): never {
  const word = s.query.slice(op.start, op.end);
  fail('dangling-operator', `${clip(word)} needs a term on both sides, as in الرياض ${word} جدة`, op.start, op.end);
}

// -الرياض, -"مجلس الوزراء", -(أ OR ب), -outlet:الجزيرة; the term must touch the minus.
// NOT الرياض is the same as -الرياض, written as a word: `داعش NOT الحوثي`.
function parseUnary(s: State): Parsed {
  const minus = s.lex.peek();
  if (minus.type === 'not') return parseNot(s);
  if (minus.type !== '-') return parsePrimary(s);
  s.lex.next();
  const t = s.lex.peek();
  if (t.start === minus.end && t.type === '-') fail('double-negation', 'two minuses in a row: write one - before the term', minus.start, t.end);
  if (t.start === minus.end && t.type === 'not') fail('double-negation', 'a minus and NOT: write one of them before the term', minus.start, t.end);
  if (t.start !== minus.end || !CLAUSE_START.has(t.type)) {
    fail('dangling-minus', '- must be followed directly by what to exclude, with no space, as in -جدة', minus.start, minus.end);
  }
  const inner = parsePrimary(s);
  return { node: { type: 'not', child: inner.node, start: minus.start, end: inner.end }, start: minus.start, end: inner.end };
}

function parseNot(s: State): Parsed {
  const op = s.lex.next();
  const t = s.lex.peek();
  if (t.type === 'not' || t.type === '-') fail('double-negation', `two negations in a row: write one NOT (or one -) before the term`, op.start, t.end);
  if (!CLAUSE_START.has(t.type)) {
    const word = s.query.slice(op.start, op.end);
    fail('dangling-operator', `${word} needs a term after it, as in الرياض ${word} جدة`, op.start, op.end);
  }
  const inner = parsePrimary(s);
  return { node: { type: 'not', child: inner.node, start: op.start, end: inner.end }, start: op.start, end: inner.end };
}

function parsePrimary(s: State): Parsed {
  const t = s.lex.next();
  switch (t.type) {
    case 'word':
      if (t.text === '=') return exactPhrase(s, t);
      return leaf(s, { type: 'term', text: t.text, start: t.start, end: t.end });
    case 'prefix':
      return leaf(s, { type: 'prefix', text: t.text, start: t.start, end: t.end });
    case 'phrase':
      return leaf(s, { type: 'phrase', words: t.words, start: t.start, end: t.end });
    case '(':
      return parseGroup(s, t);
    case 'field':
      return parseField(s, t.name, t.start, t.end);
    default: // callers peek first, so this is a parser bug
      return fail('dangling-operator', `unexpected ${clip(s.query.slice(t.start, t.end)) || 'end of query'}`, t.start, t.end);
  }
}

// ="وزارة الصحة": a phrase of exact forms, each word marked as `=طالبان` marks one.
function exactPhrase(s: State, eq: Token): Parsed {
  const p = s.lex.peek();
  if (p.type !== 'phrase' || p.start !== eq.end) {
    fail('bad-exact', 'a lone = must come right before a word or a quoted phrase, as in =طالبان or ="حركة طالبان"', eq.start, eq.end);
  }
  s.lex.next();
  return leaf(s, { type: 'phrase', words: p.words.map((w) => (w.startsWith('=') ? w : `=${w}`)), start: eq.start, end: p.end });
}

function leaf(s: State, node: QueryNode): Parsed {
  if (++s.clauses > s.limits.maxClauses) {
    fail('too-many-clauses', `too many terms: a query may have at most ${s.limits.maxClauses}`, node.start, node.end);
  }
  return { node, start: node.start, end: node.end };
}

// (الرياض OR جدة) → the or node, with the parentheses in its extent.
function parseGroup(s: State, open: Token): Parsed {
  if (++s.depth > s.limits.maxDepth) {
    fail('too-deep', `too many nested parentheses: at most ${s.limits.maxDepth} levels`, open.start, open.end);
  }
  const first = s.lex.peek();
  if (first.type === ')') fail('empty-group', 'the parentheses () are empty', open.start, first.end);
  const inner = parseOr(s);
  const close = s.lex.next();
  if (close.type !== ')') fail('unclosed-paren', 'this ( is never closed: add )', open.start, open.end);
  s.depth--;
  return { node: inner.node, start: open.start, end: close.end };
}

// headline:(أ OR ب), outlet:"الشرق الأوسط", date:2015-07; the value must touch the colon.
function parseField(s: State, name: QueryFieldName, start: number, colon: number): Parsed {
  const v = s.lex.peek();
  const label = s.query.slice(start, colon);
  if (s.field !== null) fail('nested-field', `${label} cannot stand inside ${s.field}:(…)`, start, colon);
  if (v.start !== colon || v.type === 'end') {
    fail('missing-value', `${label} needs a value right after the colon (no space): ${VALUE_HINTS[QUERY_FIELDS[name]]}`, start, colon);
  }
  const kind = QUERY_FIELDS[name];
  const ok =
    kind === 'text' ? ['word', 'prefix', 'phrase', '('].includes(v.type) : kind === 'date' || kind === 'event' ? v.type === 'word' : ['word', 'phrase'].includes(v.type);
  if (!ok) {
    const hint = v.type === '-' ? `; to exclude, put the minus first: -${name}:…` : '';
    fail('bad-value', `${label} takes ${VALUE_HINTS[kind]}, not ${clip(s.query.slice(v.start, v.end))}${hint}`, v.start, v.end);
  }
  if (name === 'headline' || name === 'entity' || name === 'said' || name === 'actor') {
    s.field = name;
    const child = parsePrimary(s);
    s.field = null;
    return { node: { type: 'field', field: name, child: child.node, start, end: child.end }, start, end: child.end };
  }
  const t = s.lex.next();
  const value = t.type === 'word' ? t.text : t.type === 'phrase' ? t.words.join(' ') : '';
  if (name === 'date') return leaf(s, { type: 'date', ...parseDateRange(value, t.start), start, end: t.end });
  if (name === 'event') return leaf(s, { type: 'event', ...parseEventKey(value, t.start, t.end), start, end: t.end });
  return leaf(s, { type: name, value, start, end: t.end });
}

// Flattens nested nodes of the same type: (أ ب) ج → and(أ, ب, ج); one item stays as it is.
function combine(type: 'and' | 'or', items: Parsed[]): Parsed {
  if (items.length === 1) return items[0]!;
  const children = items.flatMap((p) => (p.node.type === type ? p.node.children : [p.node]));
  const start = items[0]!.start;
  const end = items[items.length - 1]!.end;
  return { node: { type, children, start, end }, start, end };
}
