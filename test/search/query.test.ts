import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { formatQuery, parseQuery, queryTerms, QueryError, QUERY_LIMITS, type QueryErrorReason, type QueryNode } from '../../src/search/query/index.js';
import { anyText, arabicText } from '../helpers/arbitraries.js';

// Builders for expected ASTs without offsets.
const t = (text: string) => ({ type: 'term', text });
const p = (...words: string[]) => ({ type: 'phrase', words });
const pre = (text: string) => ({ type: 'prefix', text });
const and = (...children: object[]) => ({ type: 'and', children });
const or = (...children: object[]) => ({ type: 'or', children });
const not = (child: object) => ({ type: 'not', child });
const field = (name: string, child: object) => ({ type: 'field', field: name, child });
const outlet = (value: string) => ({ type: 'outlet', value });
const credit = (value: string) => ({ type: 'credit', value });
const date = (from: string | null, to: string | null) => ({ type: 'date', from, to });

/** The AST without `start`/`end`, to compare shapes. */
function strip(node: QueryNode): object {
  return JSON.parse(JSON.stringify(node, (k, v) => (k === 'start' || k === 'end' ? undefined : v)));
}

/** The QueryError a query causes; fails if it parses or throws anything else. */
function errorOf(query: string): QueryError {
  try {
    parseQuery(query);
  } catch (e) {
    assert.ok(e instanceof QueryError, `not a QueryError: ${String(e)}`);
    return e;
  }
  assert.fail(`parsed: ${query}`);
}

describe('parseQuery: table', () => {
  const table: Array<[string, object]> = [
    // words, spaces and implicit AND
    ['الرياض', t('الرياض')],
    ['الرياض جدة', and(t('الرياض'), t('جدة'))],
    ['Riyadh 2015 ٢٠١٥', and(t('Riyadh'), t('2015'), t('٢٠١٥'))],
    ['كَتَبَ', t('كَتَبَ')],
    ['\u200Fالرياض\u00A0\tجدة\u200E\n\u061Cمكة\u3000', and(t('الرياض'), t('جدة'), t('مكة'))],
    ['ثنائي-اللغة', t('ثنائي-اللغة')],
    ['10:30 قال:نعم a1:b', and(t('10:30'), t('قال:نعم'), t('a1:b'))],
    ['أو', t('أو')],
    ['"or" «and» "NOT"', and(p('or'), p('and'), p('NOT'))],
    ['oregano android notes', and(t('oregano'), t('android'), t('notes'))],
    // OR, AND and precedence: AND binds tighter
    ['الرياض OR جدة', or(t('الرياض'), t('جدة'))],
    ['الرياض | جدة', or(t('الرياض'), t('جدة'))],
    ['الرياض|جدة', or(t('الرياض'), t('جدة'))],
    ['الرياض جدة OR مكة', or(and(t('الرياض'), t('جدة')), t('مكة'))],
    ['الرياض OR جدة مكة', or(t('الرياض'), and(t('جدة'), t('مكة')))],
    ['الرياض AND جدة OR مكة', or(and(t('الرياض'), t('جدة')), t('مكة'))],
    ['(الرياض OR جدة) مكة', and(or(t('الرياض'), t('جدة')), t('مكة'))],
    ['(الرياض جدة) (مكة)', and(t('الرياض'), t('جدة'), t('مكة'))],
    ['((الرياض))', t('الرياض')],
    ['الرياض OR (جدة OR مكة)', or(t('الرياض'), t('جدة'), t('مكة'))],
    ['(الرياض)OR(جدة)', or(t('الرياض'), t('جدة'))],
    // operator words in any case, as other search tools read them
    ['داعش or الحوثي', or(t('داعش'), t('الحوثي'))],
    ['داعش Or الحوثي', or(t('داعش'), t('الحوثي'))],
    ['داعش and الحوثي', and(t('داعش'), t('الحوثي'))],
    ['الرياض جدة or مكة', or(and(t('الرياض'), t('جدة')), t('مكة'))],
    // phrases, with every kind of quote
    ['"مجلس الوزراء"', p('مجلس', 'الوزراء')],
    ['«مجلس الوزراء»', p('مجلس', 'الوزراء')],
    ['“مجلس  الوزراء”', p('مجلس', 'الوزراء')],
    ['”مجلس الوزراء“', p('مجلس', 'الوزراء')],
    ['«قال "لا" (اليوم)*»', p('قال', '"لا"', '(اليوم)*')],
    ['الأمير«مجلس الوزراء»', and(t('الأمير'), p('مجلس', 'الوزراء'))],
    ['"OR"', p('OR')],
    // NOT
    ['-جدة الرياض', and(not(t('جدة')), t('الرياض'))],
    ['الرياض -"مجلس الوزراء"', and(t('الرياض'), not(p('مجلس', 'الوزراء')))],
    ['الرياض -(جدة OR مكة)', and(t('الرياض'), not(or(t('جدة'), t('مكة'))))],
    ['الرياض -outlet:الجزيرة', and(t('الرياض'), not(outlet('الجزيرة')))],
    ['الرياض -٥', and(t('الرياض'), not(t('٥')))],
    ['الرياض OR جدة -مكة', or(t('الرياض'), and(t('جدة'), not(t('مكة'))))],
    ['داعش NOT الحوثي', and(t('داعش'), not(t('الحوثي')))],
    ['داعش not الحوثي', and(t('داعش'), not(t('الحوثي')))],
    ['داعش AND NOT الحوثي', and(t('داعش'), not(t('الحوثي')))],
    ['الرياض NOT (جدة OR مكة)', and(t('الرياض'), not(or(t('جدة'), t('مكة'))))],
    ['الرياض NOT "مجلس الوزراء"', and(t('الرياض'), not(p('مجلس', 'الوزراء')))],
    ['الرياض NOT outlet:الجزيرة', and(t('الرياض'), not(outlet('الجزيرة')))],
    ['الرياض OR جدة NOT مكة', or(t('الرياض'), and(t('جدة'), not(t('مكة'))))],
    // prefixes
    ['اقتصاد*', pre('اقتصاد')],
    ['كَتَ*', pre('كَتَ')],
    ['OR*', pre('OR')],
    // text fields
    ['headline:الرياض', field('headline', t('الرياض'))],
    ['HEADLINE:الرياض', field('headline', t('الرياض'))],
    ['headline:"مجلس الوزراء"', field('headline', p('مجلس', 'الوزراء'))],
    ['headline:اقتص*', field('headline', pre('اقتص'))],
    ['headline:(أمير OR ملك)', field('headline', or(t('أمير'), t('ملك')))],
    ['headline:(أمير)', field('headline', t('أمير'))],
    ['headline:OR', field('headline', t('OR'))],
    ['headline:not', field('headline', t('not'))],
    ['headline:outlet:x', field('headline', t('outlet:x'))],
    ['جدة headline:(-مكة)', and(t('جدة'), field('headline', not(t('مكة'))))],
    ['entity:"سلمان بن عبدالعزيز"', field('entity', p('سلمان', 'بن', 'عبدالعزيز'))],
    ['said:كلا', field('said', t('كلا'))],
    ['actor:"مسلحون مجهولون"', field('actor', p('مسلحون', 'مجهولون'))],
    ['event:assault', { type: 'event', event: 'ASSAULT', mode: null }],
    ['event:Protest/Demo', { type: 'event', event: 'PROTEST', mode: 'demo' }],
    ['event:ASSAULT/suicide-attack', { type: 'event', event: 'ASSAULT', mode: 'suicide-attack' }],
    // filters
    ['outlet:الجزيرة', outlet('الجزيرة')],
    ['outlet:"الشرق الأوسط"', outlet('الشرق الأوسط')],
    ['outlet:«الشرق   الأوسط»', outlet('الشرق الأوسط')],
    ['credit:AFP', credit('AFP')],
    ['credit:أ.ف.ب', credit('أ.ف.ب')],
    ['date:2015', date('2015-01-01', '2015-12-31')],
    ['date:2015-07', date('2015-07-01', '2015-07-31')],
    ['date:2015-06', date('2015-06-01', '2015-06-30')],
    ['date:2016-02', date('2016-02-01', '2016-02-29')],
    ['date:1900-02', date('1900-02-01', '1900-02-28')],
    ['date:2000-02', date('2000-02-01', '2000-02-29')],
    ['date:2015-07-01', date('2015-07-01', '2015-07-01')],
    ['date:2015-7-4', date('2015-07-04', '2015-07-04')],
    ['date:2015-07-01..2015-07-31', date('2015-07-01', '2015-07-31')],
    ['date:2015..2016', date('2015-01-01', '2016-12-31')],
    ['date:2015-07-01..', date('2015-07-01', null)],
    ['date:..2015-07', date(null, '2015-07-31')],
    ['date:٢٠١٥-٠٧-٠١..٢٠١٥-٠٧-٣١', date('2015-07-01', '2015-07-31')],
    ['date:۲۰۱۵', date('2015-01-01', '2015-12-31')],
    [
      'الرياض outlet:"الشرق الأوسط" date:2015-07 -credit:AFP',
      and(t('الرياض'), outlet('الشرق الأوسط'), date('2015-07-01', '2015-07-31'), not(credit('AFP'))),
    ],
  ];
  for (const [query, expected] of table) {
    it(JSON.stringify(query), () => assert.deepEqual(strip(parseQuery(query)), expected));
  }
});

describe('parseQuery: offsets', () => {
  it('spans cover the source of each node', () => {
    const q = 'الرياض -(جدة OR مكة) headline:"مجلس الوزراء"';
    assert.deepEqual(parseQuery(q), {
      type: 'and',
      start: 0,
      end: 44,
      children: [
        { type: 'term', text: 'الرياض', start: 0, end: 6 },
        {
          type: 'not',
          start: 7,
          end: 20,
          child: {
            type: 'or',
            start: 9,
            end: 19,
            children: [
              { type: 'term', text: 'جدة', start: 9, end: 12 },
              { type: 'term', text: 'مكة', start: 16, end: 19 },
            ],
          },
        },
        { type: 'field', field: 'headline', start: 21, end: 44, child: { type: 'phrase', words: ['مجلس', 'الوزراء'], start: 30, end: 44 } },
      ],
    });
  });
  it('a date filter spans name and value', () => {
    assert.deepEqual(parseQuery(' date:2015 '), { type: 'date', from: '2015-01-01', to: '2015-12-31', start: 1, end: 10 });
  });
});

describe('parseQuery: errors and their positions', () => {
  const deep = '('.repeat(QUERY_LIMITS.maxDepth + 1) + 'أ' + ')'.repeat(QUERY_LIMITS.maxDepth + 1);
  const many = Array.from({ length: QUERY_LIMITS.maxClauses + 1 }, (_, i) => `كلمة${i}`).join(' ');
  const table: Array<[string, QueryErrorReason, number, number]> = [
    ['أ'.repeat(1001), 'too-long', 1000, 1001],
    ['', 'empty', 0, 0],
    [' \u200F\u00A0\n', 'empty', 0, 4],
    [deep, 'too-deep', QUERY_LIMITS.maxDepth, QUERY_LIMITS.maxDepth + 1],
    [many, 'too-many-clauses', many.lastIndexOf(' ') + 1, many.length],
    ['«مجلس الوزراء', 'unclosed-quote', 0, 1],
    ['الرياض "جدة', 'unclosed-quote', 7, 8],
    ['«مجلس الوزراء"', 'unclosed-quote', 0, 1],
    ['""', 'empty-phrase', 0, 2],
    ['الرياض « »', 'empty-phrase', 7, 10],
    ['(الرياض', 'unclosed-paren', 0, 1],
    ['(أ (ب)', 'unclosed-paren', 0, 1],
    ['الرياض)', 'unmatched-paren', 6, 7],
    [')', 'unmatched-paren', 0, 1],
    ['(أ)) ب', 'unmatched-paren', 3, 4],
    ['()', 'empty-group', 0, 2],
    ['الرياض ( )', 'empty-group', 7, 10],
    ['الرياض OR', 'dangling-operator', 7, 9],
    ['OR الرياض', 'dangling-operator', 0, 2],
    ['أ OR OR ب', 'dangling-operator', 2, 4],
    ['أ AND', 'dangling-operator', 2, 5],
    ['AND أ', 'dangling-operator', 0, 3],
    ['أ AND OR ب', 'dangling-operator', 2, 5],
    ['(أ OR)', 'dangling-operator', 3, 5],
    ['أ ||ب', 'dangling-operator', 2, 3],
    ['الرياض - جدة', 'dangling-minus', 7, 8],
    ['الرياض -', 'dangling-minus', 7, 8],
    ['-OR أ', 'dangling-minus', 0, 1],
    ['--الرياض', 'double-negation', 0, 2],
    ['الرياض NOT', 'dangling-operator', 7, 10],
    ['الرياض NOT OR جدة', 'dangling-operator', 7, 10],
    ['الرياض or', 'dangling-operator', 7, 9],
    ['and الرياض', 'dangling-operator', 0, 3],
    ['الرياض NOT NOT جدة', 'double-negation', 7, 14],
    ['الرياض NOT -جدة', 'double-negation', 7, 12],
    ['الرياض -NOT جدة', 'double-negation', 7, 11],
    ['NOT الرياض', 'no-positive', 0, 10],
    ['الرياض or NOT جدة', 'no-positive', 10, 17],
    ['*', 'bad-prefix', 0, 1],
    ['اقت*صاد', 'bad-prefix', 3, 4],
    ['"أ ب"*', 'bad-prefix', 5, 6],
    ['اقتصاد**', 'bad-prefix', 7, 8],
    ['ا*', 'short-prefix', 0, 2],
    ['كَ*', 'short-prefix', 0, 3],
    ['ـكـ*', 'short-prefix', 0, 4],
    ['foo:bar', 'unknown-field', 0, 3],
    ['الرياض Foo:x', 'unknown-field', 7, 10],
    ['http://example.org', 'unknown-field', 0, 4],
    ['-foo:bar', 'unknown-field', 1, 4],
    ['headline: الرياض', 'missing-value', 0, 9],
    ['الرياض headline:', 'missing-value', 7, 16],
    ['outlet:', 'missing-value', 0, 7],
    ['headline:-الرياض', 'bad-value', 9, 10],
    ['outlet:(أ ب)', 'bad-value', 7, 8],
    ['outlet:الجزي*', 'bad-value', 7, 13],
    ['date:"2015"', 'bad-value', 5, 11],
    ['entity:(أ)', 'bad-value', 7, 8],
    ['headline:(outlet:الجزيرة)', 'nested-field', 10, 17],
    ['headline:(أ said:ب)', 'nested-field', 12, 17],
    ['event:ATTACK', 'bad-event', 6, 12],
    ['event:PROTEST/', 'bad-event', 14, 14],
    ['event:"PROTEST"', 'bad-value', 6, 15],
    ['date:2015-02-30', 'bad-date', 5, 15],
    ['date:2015-02-29', 'bad-date', 5, 15],
    ['date:2015-13', 'bad-date', 5, 12],
    ['date:2015-00-10', 'bad-date', 5, 15],
    ['date:15-07-01', 'bad-date', 5, 13],
    ['date:أمس', 'bad-date', 5, 8],
    ['date:2015-07-01..2015-07-32', 'bad-date', 17, 27],
    ['date:..', 'bad-date', 5, 7],
    ['date:2015..2016..2017', 'bad-date', 11, 21],
    ['date:2015-07-31..2015-07-01', 'date-order', 5, 27],
    ['date:٢٠١٦..٢٠١٥', 'date-order', 5, 15],
    ['-الرياض', 'no-positive', 0, 7],
    ['-الرياض -جدة', 'no-positive', 0, 12],
    ['-outlet:الجزيرة', 'no-positive', 0, 15],
    ['الرياض OR -جدة', 'no-positive', 10, 14],
    ['(-أ -ب) OR ج', 'no-positive', 1, 6],
    ['headline:(-جدة)', 'no-positive', 0, 15],
  ];
  for (const [query, reason, position, end] of table) {
    it(`${JSON.stringify(query.length > 40 ? query.slice(0, 40) + '…' : query)} → ${reason}`, () => {
      const e = errorOf(query);
      assert.deepEqual([e.reason, e.position, e.end], [reason, position, end], e.message);
      assert.equal(e.code, 'bad_query');
      assert.ok(e.message.length > 0);
    });
  }

  it('names the bad value in the message', () => {
    assert.match(errorOf('foo:bar').message, /unknown field foo \(known: headline, outlet, credit, date, entity, said, event, actor\).*"foo:bar"/);
    assert.match(errorOf('date:2015-02-30').message, /2015-02-30 is not a date: month 2 of 2015 has 28 days/);
    assert.match(errorOf('«مجلس').message, /quote « is never closed: add »/);
  });

  it('takes other limits per call', () => {
    assert.throws(() => parseQuery('أ ب ج', { maxClauses: 2 }), (e: unknown) => e instanceof QueryError && e.reason === 'too-many-clauses' && e.position === 4);
    assert.deepEqual(strip(parseQuery('ا*', { minPrefixLength: 1 })), pre('ا'));
  });
});

describe('queryTerms', () => {
  it('lists positive words, phrases and prefixes in order', () => {
    const ast = parseQuery('الرياض -جدة headline:(«مجلس الوزراء» OR اقتص*) outlet:الجزيرة -(مكة OR تبوك)');
    assert.deepEqual(queryTerms(ast).map(strip), [t('الرياض'), p('مجلس', 'الوزراء'), pre('اقتص')]);
  });
});

describe('formatQuery', () => {
  const table: Array<[string, string]> = [
    ['الرياض  AND جدة', 'الرياض جدة'],
    ['أ ب | ج', 'أ ب OR ج'],
    ['(أ OR ب) ج', '(أ OR ب) ج'],
    ['-(أ ب) ج', '-(أ ب) ج'],
    ['«مجلس الوزراء»', '"مجلس الوزراء"'],
    ['«قال "لا"»', '«قال "لا"»'],
    ['Headline:(أ OR ب)', 'headline:(أ OR ب)'],
    ['outlet:"الجزيرة"', 'outlet:الجزيرة'],
    ['outlet:"-x"', 'outlet:"-x"'],
    ['date:2015-07', 'date:2015-07-01..2015-07-31'],
    ['date:٢٠١٥-٠٧-٠١', 'date:2015-07-01'],
    ['date:..2015', 'date:..2015-12-31'],
  ];
  for (const [query, expected] of table) {
    it(`${query} → ${expected}`, () => assert.equal(formatQuery(parseQuery(query)), expected));
  }
});

// Query-like text: syntax pieces, keywords, fields and Arabic words, in any order.
const SYNTAX_PIECES = [
  ' ', ' ', '  ', '\u00A0', '\u200F', '"', '«', '»', '“', '”', '(', ')', '*', '-', '|', ':', '..', 'OR', 'AND', ' OR ', ' AND ', ' NOT ', ' or ', 'not',
  'headline:', 'outlet:', 'credit:', 'date:', 'entity:', 'said:', 'event:', 'actor:', 'ASSAULT', 'PROTEST/demo', 'foo:', 'Date:', '2015', '-07', '-02-30', '٢٠١٥', '10:30',
  'الرياض', 'جدة', 'كَتَبَ', 'ا', 'ـ', '\u064E', 'AFP', 'أ.ف.ب', 'r', 'x',
];
const queryText = fc.oneof(
  anyText,
  fc.array(fc.constantFrom(...SYNTAX_PIECES), { maxLength: 40 }).map((a) => a.join('')),
  fc.array(fc.oneof(fc.constantFrom(...SYNTAX_PIECES), arabicText), { maxLength: 12 }).map((a) => a.join('')),
);

// Well-formed queries, so the round trip sees many that parse.
const word = fc.oneof(
  fc.constantFrom('الرياض', 'جدة', 'كَتَبَ', 'Riyadh', '٢٠١٥', '10:30', 'ثنائي-اللغة', 'قال:', 'oregano', 'أو'),
  arabicText.map((s) => s.replace(/[\s"«»“”()*|:\-\u200E\u200F\u202B\uFEFF\u00A0]/g, '')).filter((s) => s !== '' && !['OR', 'AND', 'NOT'].includes(s.toUpperCase())),
);
const phrase = fc.tuple(fc.constantFrom(['"', '"'], ['«', '»'], ['“', '”']), fc.array(word, { minLength: 1, maxLength: 3 })).map(([[o, c], w]) => o + w.join(' ') + c);
const filter = fc.oneof(
  word.map((w) => `outlet:${w}`),
  phrase.map((w) => `credit:${w}`),
  fc.constantFrom('date:2015', 'date:2015-07', 'date:2016-02-29..', 'date:..٢٠١٥-٠٧-٠١', 'date:2014..2015-03'),
);
const { query: wellFormed } = fc.letrec<{ query: string; clause: string; group: string }>((tie) => ({
  query: fc.oneof(
    { depthSize: 'small' },
    tie('clause'),
    fc.array(tie('clause'), { minLength: 2, maxLength: 4 }).map((a) => a.join(' ')),
    fc
      .tuple(fc.array(tie('clause'), { minLength: 2, maxLength: 3 }), fc.constantFrom(' OR ', ' | ', ' AND ', ' or ', ' and '))
      .map(([a, op]) => a.join(op)),
  ),
  clause: fc.oneof(
    { depthSize: 'small' },
    word,
    word.map((w) => `${w}*`),
    phrase,
    filter,
    tie('group'),
    fc.oneof(word, phrase, tie('group'), filter).map((x) => `-${x}`),
    fc.oneof(word, phrase, tie('group'), filter).map((x) => `NOT ${x}`),
    fc.oneof(word, phrase, tie('group')).map((x) => `headline:${x}`),
  ),
  group: tie('query').map((q) => `(${q})`),
}));

/** Checks every span of a parsed query against the query text. */
function checkSpans(query: string, node: QueryNode): void {
  assert.ok(node.start >= 0 && node.start <= node.end && node.end <= query.length);
  if (node.type === 'term') assert.equal(query.slice(node.start, node.end), node.text);
  if (node.type === 'prefix') assert.equal(query.slice(node.start, node.end), `${node.text}*`);
  if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => checkSpans(query, c));
  if (node.type === 'not' || node.type === 'field') checkSpans(query, node.child);
}

describe('parseQuery: properties', () => {
  it('throws nothing but a QueryError inside the query, and its spans match the text', () => {
    fc.assert(
      fc.property(fc.oneof(queryText, wellFormed), (q) => {
        try {
          checkSpans(q, parseQuery(q));
        } catch (e) {
          if (!(e instanceof QueryError)) throw e;
          assert.ok(e.position >= 0 && e.position <= e.end && e.end <= q.length, `${e.position}..${e.end}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through formatQuery', () => {
    let parsed = 0;
    fc.assert(
      fc.property(fc.oneof(wellFormed, queryText), (q) => {
        let ast: QueryNode;
        try {
          ast = parseQuery(q);
        } catch {
          return;
        }
        parsed++;
        const text = formatQuery(ast);
        assert.deepEqual(strip(parseQuery(text)), strip(ast), text);
        assert.equal(formatQuery(parseQuery(text)), text);
      }),
      { numRuns: 2000 },
    );
    assert.ok(parsed > 500, `only ${parsed} queries parsed`);
  });

  it('parses a 1000-character hostile query in well under 10 ms', () => {
    const fit = (s: string, n = 1000) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
    const hostile = [
      fit('أ'),
      fit('('),
      fit('(أ '),
      fit('"'),
      fit('«'),
      fit('«أ '),
      fit('-'),
      fit('أ OR '),
      fit('كَ'),
      fit('a:'),
      fit('اقتصاد* '),
      fit('headline:('),
      'date:' + fit('2015-', 995),
      '«' + fit('مجلس ', 998) + '»',
      fit('أ', 999) + '*',
      Array.from({ length: 64 }, (_, i) => `وزارة${i}`).join(' OR ').slice(0, 1000),
    ];
    for (const q of hostile) {
      assert.ok(q.length <= 1000, `${q.length} characters`);
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        try {
          parseQuery(q);
        } catch (e) {
          if (!(e instanceof QueryError)) throw e;
        }
        best = Math.min(best, performance.now() - t0);
      }
      assert.ok(best < 10, `${best.toFixed(2)} ms for ${q.slice(0, 30)}…`);
    }
  });
});
