/**
 * Streamed extraction: however the input is cut into chunks, and however small the pieces, the
 * articles and diagnostics are the ones whole-text extraction gives; over-long lines and records
 * are reported with their spans and skipped while their neighbours are kept.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { InputFormat } from '../../src/ingest/detect-format.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { FormatReader, type Found } from '../../src/ingest/stream/format-reader.js';
import { OVER_BUDGET, type BudgetRunner } from '../../src/ingest/stream/budget.js';
import { DEFAULT_LIMITS, type StreamLimits } from '../../src/ingest/stream/limits.js';

const dir = new URL('../fixtures/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const dumps = readdirSync(new URL('dump/', dir)).filter((n) => n.endsWith('.txt')).sort().map((n) => fixture(`dump/${n}`));

/** Inputs of our own in every streamed format, with the hard cases of each. */
const INPUTS: Array<{ name: string; format: InputFormat; text: string }> = [
  { name: 'dumps.txt', format: 'dump', text: '\n\n' + dumps.join('\n\n\n') },
  {
    name: 'gaps.txt',
    format: 'dump',
    // A gap of three blank lines inside an article, before a paragraph, and one between two articles.
    text: [
      'افتتاح مكتبة عامة جديدة في حي الروضة',
      'افتتحت الأمانة مكتبة عامة جديدة في حي الروضة تضم أكثر من عشرة آلاف كتاب وقاعات للقراءة والبحث مفتوحة للجميع طوال أيام الأسبوع.',
      '\n\n\nإعلان',
      '\n\n\nوأوضحت الأمانة أن المكتبة تستقبل الزوار من الساعة الثامنة صباحا حتى العاشرة مساء، وأن الاشتراك فيها مجاني للطلاب.',
      '\n\n\nأمطار غزيرة على مرتفعات عسير',
      'هطلت أمطار غزيرة على مرتفعات منطقة عسير مساء أمس، وجرت السيول في عدد من الأودية دون أن تسجل أي إصابات بين السكان.',
    ].join('\n'),
  },
  { name: 'crlf.txt', format: 'dump', text: dumps.join('\r\n\r\n\r\n').replace(/(?<!\r)\n/g, '\r\n') },
  { name: 'exports.jsonl', format: 'json', text: fixture('extract/exports.jsonl') + '\n{"title": "سطر مقطوع", "content": "نص\n' },
  {
    name: 'array.json',
    format: 'json',
    text: `[\n {"title": "عنوان فيه ] و { و \\" و \\\\", "content": "فقرة أولى.\\nفقرة ثانية [١]."},\n  {"title":"ثان","content":"نص الخبر الثاني."} ,\n 42, "نص", {"title": "ثالث", "content": "نص {مع} أقواس."}\n]\n`,
  },
  { name: 'cut.json', format: 'json', text: '[{"title":"أول","content":"نص أول."},{"title":"ثان","content":"نص مقطو' },
  { name: 'table.csv', format: 'csv', text: fixture('extract/table.csv') },
  { name: 'quoted.csv', format: 'csv', text: 'title,content\r\n"عنوان ""مقتبس""","سطر أول\r\nسطر ثان, بفاصلة"\r\nعنوان آخر,نص آخر\r\n"مفتوح,"نص لا ينتهي\n' },
];

function stream(text: string, cuts: number[], o: { name: string; format: InputFormat }, limits: StreamLimits, runner?: BudgetRunner): Found {
  const reader = new FormatReader({ path: o.name, format: o.format, head: text.slice(0, 512), limits, ...(runner ? { runner } : {}) });
  const found: Found = { articles: [], diagnostics: [] };
  const add = (f: Found): void => {
    found.articles.push(...f.articles);
    found.diagnostics.push(...f.diagnostics);
  };
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    add(reader.push(text.slice(at, c)));
    at = c;
  }
  add(reader.push(text.slice(at)));
  add(reader.end());
  return found;
}

describe('streamed extraction equals whole-text extraction', () => {
  for (const input of INPUTS) {
    it(`${input.name}: any chunking, any piece size`, () => {
      const whole = extractText(input.text, { path: input.name, format: input.format });
      assert.ok(whole.articles.length > 0, 'the input has articles');
      fc.assert(
        fc.property(fc.array(fc.nat({ max: input.text.length }), { maxLength: 12 }), fc.integer({ min: 1, max: 400 }), (cuts, piece) => {
          const got = stream(input.text, cuts, input, { ...DEFAULT_LIMITS, piece });
          assert.deepEqual(got.articles, whole.articles);
          assert.deepEqual(got.diagnostics, whole.diagnostics);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the same, done record by record when a run of pieces is over its time budget', () => {
    for (const input of INPUTS) {
      const whole = extractText(input.text, { path: input.name, format: input.format });
      fc.assert(
        fc.property(fc.array(fc.nat({ max: input.text.length }), { maxLength: 6 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 400 }), (cuts, piece, over) => {
          // Any run of more than `over` characters is over its budget: pieces, then records, retried.
          let records = 0;
          const runner: BudgetRunner = (size, work) => (size > over && size > 0 ? OVER_BUDGET : (records++, work()));
          const got = stream(input.text, cuts, input, { ...DEFAULT_LIMITS, piece }, runner);
          const lost = got.diagnostics.filter((d) => d.code === 'extract/time-budget');
          // What was not over budget is what whole-text extraction finds there.
          const inLost = (s: { start: number; end: number }): boolean => lost.some((d) => d.start <= s.start && s.end <= d.end);
          assert.deepEqual(got.articles, whole.articles.filter((a) => !inLost(a.source)));
          assert.deepEqual(got.diagnostics.filter((d) => d.code !== 'extract/time-budget'), whole.diagnostics.filter((d) => !inLost(d)));
          for (const d of lost) assert.equal(d.input, input.name);
          assert.ok(records > 0 || lost.length > 0);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('spans stay exact in every piece', () => {
    for (const input of INPUTS.filter((i) => i.format === 'dump')) {
      const got = stream(input.text, [7, 300, 301, 2000], input, { ...DEFAULT_LIMITS, piece: 1 });
      for (const a of got.articles) {
        a.paragraphs.forEach((p, i) => assert.equal(input.text.slice(a.spans.paragraphs[i]!.start, a.spans.paragraphs[i]!.end), p));
        if (a.headline) assert.equal(input.text.slice(a.spans.headline!.start, a.spans.headline!.end), a.headline);
        for (const c of a.captions) assert.ok(input.text.slice(c.start, c.end).includes(c.text));
      }
    }
  });
});

describe('over-long lines and records are reported and skipped, their neighbours kept', () => {
  const limits: StreamLimits = { ...DEFAULT_LIMITS, maxLine: 200, maxRecord: 300 };
  const giant = 'ج'.repeat(5000);

  it('a giant dump line', () => {
    const text = `خبر أول\n\nنص الخبر الأول.\n\n\n${giant}\n\n\nخبر ثان\n\nنص الخبر الثاني.\n`;
    const got = stream(text, [40, 1000, 3000], { name: 'd.txt', format: 'dump' }, limits);
    assert.deepEqual(got.articles.map((a) => a.headline), ['خبر أول', 'خبر ثان']);
    const [d] = got.diagnostics;
    assert.equal(got.diagnostics.length, 1);
    assert.equal(d!.code, 'dump/long-line');
    assert.equal(d!.severity, 'error');
    assert.equal(text.slice(d!.start, d!.end), giant);
    assert.equal(got.articles[1]!.paragraphs[0], text.slice(got.articles[1]!.spans.paragraphs[0]!.start, got.articles[1]!.spans.paragraphs[0]!.end));
  });

  it('a giant JSON line, a giant array record, a giant CSV record', () => {
    const cases: Array<{ name: string; format: InputFormat; text: string; code: string }> = [
      { name: 'l.jsonl', format: 'json', text: `{"title":"أ","content":"نص أ."}\n{"title":"ضخم","content":"${giant}"}\n{"title":"ب","content":"نص ب."}\n`, code: 'records/too-large' },
      { name: 'a.json', format: 'json', text: `[{"title":"أ","content":"نص أ."},\n{"title":"ضخم","content":"${giant}"},\n{"title":"ب","content":"نص ب."}]`, code: 'records/too-large' },
      { name: 'c.csv', format: 'csv', text: `title,content\nأ,نص أ.\nضخم,"${giant}\n${giant}"\nب,نص ب.\n`, code: 'records/too-large' },
    ];
    for (const c of cases) {
      const got = stream(c.text, [10, 100, 2500, 5100, 9000], c, limits);
      assert.deepEqual(got.articles.map((a) => a.headline), ['أ', 'ب'], c.name);
      assert.deepEqual(got.diagnostics.map((d) => d.code), [c.code], c.name);
      const d = got.diagnostics[0]!;
      assert.match(c.text.slice(d.start, d.end), /^"?ضخم|^\{"title":"ضخم"/, c.name);
      assert.ok(c.text.slice(d.start, d.end).includes(giant), c.name);
      for (const a of got.articles) assert.equal(c.text.slice(a.spans.headline!.start, a.spans.headline!.end), a.headline, c.name);
    }
  });

  it('an HTML page over the document limit', () => {
    const got = stream(`<html><body><h1>عنوان</h1><p>${giant}</p></body></html>`, [100], { name: 'p.html', format: 'html' }, { ...limits, maxDocument: 1000 });
    assert.deepEqual(got.articles, []);
    assert.deepEqual(got.diagnostics.map((d) => d.code), ['extract/too-large']);
  });
});
