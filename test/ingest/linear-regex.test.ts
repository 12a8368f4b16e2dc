/**
 * The regexes rewritten to run in linear time match exactly what the old, backtracking ones did
 * (the old pattern is the oracle, on short random texts over the characters that matter to it),
 * and get through 100,000-character runs of those characters at once.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BEFORE_WAW, BETWEEN, EDGES, QUOTES } from '../../src/ingest/credits.js';
import { CREDIT, DATELINE } from '../../src/ingest/dump/dateline.js';
import { withoutFinalBracket } from '../../src/ingest/dump/structure-dump.js';
import { hasMarkup, itemSpans } from '../../src/ingest/feeds/extract-feed.js';
import { TRAILING_DASHES } from '../../src/ingest/html/html-captions.js';
import { BYLINE_END, ELLIPSIS } from '../../src/ingest/html/html-fields.js';
import { namedPatterns } from '../../src/ingest/html/parse-date-text.js';
import { wrapPage } from '../../src/ingest/html/parse-html.js';
import { URL_TRAILING } from '../../src/text/scan-web.js';
import { OVER_BUDGET, runWithin } from '../../src/ingest/stream/budget.js';

/** Short texts made of `pieces`. */
const textOf = (pieces: string[], maxLength = 24): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''));
const BLANKS = [' ', ' ', '\t', '\n', '\u00A0', '\u200F'];
const RUNS = 200;

/** The old pattern and the new one find the same things in every text. */
function same<T>(pieces: string[], run: (s: string) => [T, T], maxLength?: number): void {
  fc.assert(
    fc.property(textOf(pieces, maxLength), (s) => {
      const [was, now] = run(s);
      assert.deepEqual(now, was, JSON.stringify(s));
    }),
    { numRuns: RUNS * 5 },
  );
}

const exec = (re: RegExp, s: string): Array<number | string | undefined> | null => {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? [m.index, ...m] : null;
};

/** Milliseconds `f` takes, or Infinity when it is stopped after 2 s (a backtracking regex would run for hours). */
function time(f: () => unknown): number {
  const t = performance.now();
  return runWithin(2_000, f) === OVER_BUDGET ? Infinity : performance.now() - t;
}

/** A run of about 100,000 characters of `unit`, between `before` and `after`. */
const run = (unit: string, before = '', after = 'x'): string => before + unit.repeat(Math.ceil(100_000 / unit.length)) + after;

/** Each of `texts` goes through `f` in well under a second (the old patterns took minutes or more). */
function fast(texts: string[], f: (s: string) => unknown): void {
  for (const s of texts) {
    const ms = time(() => f(s));
    assert.ok(ms < 500, `${ms.toFixed(0)} ms on ${JSON.stringify(s.slice(0, 12))}… (${s.length} characters)`);
  }
}

describe('dateline', () => {
  const OLD = /^((?:[\p{L}\p{M}]+\s?){1,3}(?:\s*[-–]\s*«[^»\n]{2,40}»|\s*\([^)\n]{2,20}\)|\s*[-–]\s*[^\s:«»()\-–]+(?:\s[^\s:«»()\-–]+){0,2})?)\s*:\s*/u;
  const OLD_CREDIT = /\s*[-–]\s*|\s*\(/u;
  const PIECES = ['ب', 'القاهرة', 'واس', 'a', '\u064E', ...BLANKS, ':', '-', '–', '«', '»', '(', ')', '.', '،', 'x:'];

  it('matches what the old pattern matched (its group up to trailing blanks, which every use trims)', () => {
    same(PIECES, (s) => {
      const trim = (m: ReturnType<typeof exec>): unknown => m && [m[0], m[1], String(m[2]).trimEnd()];
      return [trim(exec(OLD, s)), trim(exec(DATELINE, s))];
    });
  });

  it('finds the credit where the old pattern did', () => {
    same(PIECES, (s) => [exec(OLD_CREDIT, s), exec(CREDIT, s)]);
  });

  it('takes linear time on long runs of letters and blanks', () => {
    fast([run('ب'), run('ب', '', ':'), run(' ', 'ب'), run(' ', 'ب', ': نص'), run('ب '), run('\t\n', 'ب'), run('ب', 'القاهرة - ')], (s) => DATELINE.exec(s));
    fast([run(' '), run(' ', 'ب', '-'), run('\t')], (s) => CREDIT.exec(s));
  });
});

describe('credits', () => {
  const PIECES = ['ا', 'و', 'ف', 'via', 'and', 'عبر', 'v', ...BLANKS, '/', '|', '\\', ',', '-', '\u2013', '«', '»', '"', '“', '”', '\u200E'];
  const cases: Array<[string, RegExp, RegExp, (re: RegExp, s: string) => unknown]> = [
    ['BETWEEN', /\s*(?:[/|\\,;+&\-\u2010-\u2015]|\s(?:via|عبر|and)\s)\s*/u, BETWEEN, (re, s) => s.split(re)],
    ['QUOTES', /^[«"“]\s*|\s*[»"”]$/gu, QUOTES, (re, s) => s.replace(re, '')],
    ['EDGES', /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, EDGES, (re, s) => s.replace(re, '')],
    ['BEFORE_WAW', /\s+(?=و)/u, BEFORE_WAW, (re, s) => s.split(re)],
  ];
  for (const [name, old, now, use] of cases) {
    it(`${name} does what the old pattern did, in linear time`, () => {
      same(PIECES, (s) => [use(old, s), use(now, s)]);
      fast([run(' '), run(' ', 'ا'), run(' \u200E', '«ا'), run('\t', '', '/'), run(' ', 'x', '»y')], (s) => use(now, s));
    });
  }
});

describe('trailing runs and final brackets', () => {
  const cases: Array<[string, RegExp, RegExp | ((s: string) => string), string[]]> = [
    ['caption dashes', /[\s\-–—]+$/u, TRAILING_DASHES, ['ا', ...BLANKS, '-', '–', '—', '.']],
    ['byline end', /[\s.،,:]+$/u, BYLINE_END, ['ا', ...BLANKS, '.', '،', ',', ':', ';']],
    ['ellipsis', /\s*(?:…|\.{2,})\s*$/u, ELLIPSIS, ['ا', ...BLANKS, '.', '…', '،']],
    ['URL punctuation', /[.,;:!?)\]}'’،؛؟]+$/u, URL_TRAILING, ['a', '/', '.', ',', '!', ')', ']', '؟', '،', "'"]],
    ['final bracket', /\([^)]*\)$/u, withoutFinalBracket, ['ا', ' ', '(', ')', '.', 'ب']],
  ];
  for (const [name, old, now, pieces] of cases) {
    it(`${name}: what the old pattern removed, in linear time`, () => {
      const apply = (s: string): string => (typeof now === 'function' ? now(s) : s.replace(now, ''));
      same(pieces, (s) => [s.replace(old, ''), apply(s)]);
      fast(pieces.filter((p) => p !== 'ا').map((p) => run(p, 'ا', 'ا')), apply);
    });
  }
});

describe('feeds', () => {
  const PIECES = ['<item>', '<item ', '<entry>', '</item>', '</item >', '</entry>', '</item', '<', '>', '/', 'item', ' ', 'ا', '<a', '<p>'];
  const OLD_ITEMS = /<(item|entry)[\s>][\s\S]*?<\/\1\s*>/g;

  it('finds the item spans the old pattern found', () => {
    same(PIECES, (s) => [[...s.matchAll(OLD_ITEMS)].map((m) => ({ start: m.index, end: m.index + m[0].length })), itemSpans(s)], 30);
  });

  it('tells markup from text as the old pattern did', () => {
    same(PIECES, (s) => [/<[a-z][\s\S]*>/i.test(s), hasMarkup(s)]);
  });

  it('takes linear time on unclosed items and bare tags', () => {
    fast([run('<item>'), run('<entry>ا'), run('<item>', '', '</entry>'), run('</item'), run('<item>x</item'), run('<item> ', '', '</item>')], itemSpans);
    fast([run('<a'), run('<a', '', '>'), run('<')], hasMarkup);
  });
});

describe('pages without <body>', () => {
  const HEAD_TAGS = /<title[\s>][\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>/giu;
  const WRAPPERS = /<!doctype[^>]*>|<\/?(?:html|head)\b[^>]*>/giu;
  const oldWrap = (html: string): string => {
    const head: string[] = [];
    const body = html.replace(HEAD_TAGS, (tag) => (head.push(tag), '')).replace(WRAPPERS, '');
    return `<!DOCTYPE html><html><head>${head.join('')}</head><body>${body}</body></html>`;
  };
  const PIECES = ['<title>', '<TITLE ', '</title>', '</title >', '</title', '<meta', '<META ', '<metax', '<link', '<base', '<!doctype', '<!DOCTYPE', '<html', '</html>', '<head', '</head>', '<html<', '>', '<', ' ', 'ا', '<p>'];

  it('moves and drops the tags the old patterns did', () => {
    same(PIECES, (s) => [oldWrap(s), wrapPage(s)], 30);
  });

  it('takes linear time on unclosed titles, metas and doctypes', () => {
    fast([run('<title>'), run('<title>', '', '>'), run('<meta'), run('<meta', '', '>'), run('<!doctype'), run('<html'), run('</title'), run('<title> <meta', '', '</title>')], wrapPage);
  });
});

describe('dates written as text', () => {
  const months = new Map([['يوليو', 7], ['تموز', 7], ['كانون الثاني', 1]]);
  const names = [...months.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /gu, '\\s+'));
  const B = '(?<![\\p{L}\\p{N}])';
  const NOT_HIJRI = '(?![\\p{N}])(?!\\s*ه(?![\\p{L}]))';
  const M = `(${names.join('|')})(?![\\p{L}])`;
  const ALSO = `(?:\\s*[-/(–]\\s*(?:${names.join('|')})(?![\\p{L}])\\s*\\)?)?`;
  const old = {
    dmy: new RegExp(`${B}(\\d{1,2})\\s*${M}${ALSO}\\s*,?\\s*(\\d{4})${NOT_HIJRI}`, 'gu'),
    my: new RegExp(`${B}${M}${ALSO}\\s*,?\\s*(\\d{4})${NOT_HIJRI}`, 'gu'),
  };
  const now = namedPatterns(months);
  const all = (re: RegExp, s: string): unknown => [...s.matchAll(re)].map((m) => [m.index, ...m]);
  const PIECES = ['21', '2015', '1', ' ', '  ', '\t', ',', '/', '(', ')', '-', 'يوليو', 'تموز', 'كانون الثاني', 'كانون  الثاني', 'ه', 'ا'];

  for (const k of ['dmy', 'my'] as const) {
    it(`${k}: the old pattern's matches, in linear time`, () => {
      same(PIECES, (s) => [all(old[k], s), all(now[k], s)]);
      fast([run(' ', '21 يوليو'), run(' ', '21 يوليو/تموز'), run(' ', 'يوليو ,'), run(' ', 'تموز (يوليو'), run('21 يوليو ', '', '')], (s) => all(now[k], s));
    });
  }
});
