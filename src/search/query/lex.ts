/** The query lexer: turns the query into tokens on demand, so errors come out left to right. */
import { CLOSING_QUOTE, isAsciiLetter, isSpace, isWordChar, letterCount, splitWords } from './chars.js';
import { fail } from './errors.js';
import { clip } from './excerpt.js';
import { isQueryField, QUERY_FIELDS, type QueryFieldName } from './fields.js';

export type Token =
  | { type: 'word'; text: string; start: number; end: number } // الرياض
  | { type: 'prefix'; text: string; start: number; end: number } // اقتصاد*  (end is after the *)
  | { type: 'phrase'; words: string[]; start: number; end: number } // «مجلس الوزراء»  (quotes included)
  | { type: 'field'; name: QueryFieldName; start: number; end: number } // headline:  (end is after the colon)
  | { type: '(' | ')' | '-' | 'or' | 'and' | 'not' | 'end'; start: number; end: number };

// Operator words, in any case, as users of other search tools type them: `OR`, `or`, `NOT`.
// Only Latin words: «أو» and «و» are too common in Arabic text to be operators.
const OPERATORS: ReadonlyMap<string, 'or' | 'and' | 'not'> = new Map([['OR', 'or'], ['AND', 'and'], ['NOT', 'not']]);

export interface Lexer {
  peek(): Token;
  next(): Token;
}

/** A lexer over `query` with one token of look-ahead. Throws {@link QueryError} on a malformed token. */
export function createLexer(query: string, minPrefixLength: number): Lexer {
  let pos = 0;
  let afterField = false; // the token right after `headline:` is a value: no fields or keywords in it
  let ahead: Token | null = null;

  function scan(): Token {
    const value = afterField;
    afterField = false;
    while (pos < query.length && isSpace(query.charCodeAt(pos))) pos++;
    const start = pos;
    if (pos >= query.length) return { type: 'end', start, end: start };
    const c = query[pos]!;
    if (c === '(' || c === ')' || c === '-') return { type: c, start, end: ++pos };
    if (c === '|') return { type: 'or', start, end: ++pos };
    if (c === '*') fail('bad-prefix', `* must come right after a word, as in اقتصاد*`, start, start + 1);
    const close = CLOSING_QUOTE[c];
    if (close !== undefined) return scanPhrase(start, close);
    return scanWord(start, value);
  }

  // «مجلس الوزراء» → words ['مجلس', 'الوزراء']; everything up to the closing quote is literal.
  function scanPhrase(start: number, close: string): Token {
    const j = query.indexOf(close, start + 1);
    if (j < 0) fail('unclosed-quote', `the quote ${query[start]} is never closed: add ${close} after the phrase`, start, start + 1);
    pos = j + 1;
    const words = splitWords(query.slice(start + 1, j));
    if (words.length === 0) fail('empty-phrase', `the phrase ${clip(query.slice(start, pos))} is empty`, start, pos);
    return { type: 'phrase', words, start, end: pos };
  }

  function scanWord(start: number, value: boolean): Token {
    let i = start;
    let letters = true; // only A-Z a-z so far: a colon here ends a field name
    for (; i < query.length && isWordChar(query.charCodeAt(i)); i++) {
      const code = query.charCodeAt(i);
      if (code === 0x3a /* : */ && letters && i > start && !value) return field(start, i);
      letters &&= isAsciiLetter(code);
    }
    pos = i;
    const text = query.slice(start, i);
    if (query[i] === '*') return prefix(text, start, i);
    const op = !value && text.length <= 3 ? OPERATORS.get(text.toUpperCase()) : undefined;
    if (op) return { type: op, start, end: i };
    return { type: 'word', text, start, end: i };
  }

  // headline:الرياض → a field token `headline:`, then the value; 10:30 and Arabic words with a colon stay words.
  function field(start: number, colon: number): Token {
    const name = query.slice(start, colon).toLowerCase();
    if (!isQueryField(name)) {
      let end = colon;
      while (end < query.length && isWordChar(query.charCodeAt(end))) end++;
      const known = Object.keys(QUERY_FIELDS).join(', ');
      const hint = `to search for the text, quote it: "${clip(query.slice(start, end))}"`;
      fail('unknown-field', `unknown field ${clip(query.slice(start, colon))} (known: ${known}); ${hint}`, start, colon);
    }
    pos = colon + 1;
    afterField = true;
    return { type: 'field', name, start, end: pos };
  }

  // اقتصاد* → prefix اقتصاد; the star must end the word and follow enough letters.
  function prefix(text: string, start: number, star: number): Token {
    pos = star + 1;
    if (pos < query.length && isWordChar(query.charCodeAt(pos))) {
      fail('bad-prefix', `* can only end a word: write ${clip(text)}* and nothing after the star`, star, pos);
    }
    if (letterCount(text) < minPrefixLength) {
      fail('short-prefix', `the prefix ${text}* is too short: put at least ${minPrefixLength} letters before *`, start, pos);
    }
    return { type: 'prefix', text, start, end: pos };
  }

  return {
    peek: () => (ahead ??= scan()),
    next() {
      const t = ahead ?? scan();
      ahead = null;
      return t;
    },
  };
}
