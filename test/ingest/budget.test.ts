/**
 * The time budget of extraction: work past it is stopped (even inside a regex), the record that
 * took too long becomes an `extract/time-budget` diagnostic naming the input and the record's span,
 * and the records before and after it, and the inputs after it, are still delivered.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Article } from '../../src/core/article.js';
import { extractInputs } from '../../src/ingest/extract-inputs.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { OVER_BUDGET, budgetFor, runWithin, type BudgetRunner } from '../../src/ingest/stream/budget.js';
import { FormatReader } from '../../src/ingest/stream/format-reader.js';
import { DEFAULT_LIMITS, type StreamLimits } from '../../src/ingest/stream/limits.js';

/** A paragraph of about `n` characters of plain words. */
const words = (n: number): string => 'كلمة عربية أخرى، '.repeat(Math.ceil(n / 17)).slice(0, n);
/** An article long enough to take well over a tenth of a second: 8 lines of 1,000,000 characters. */
const SLOW = `خبر طويل جدا\n${Array.from({ length: 8 }, () => words(1_000_000)).join('\n')}\n`;
const dump = (...articles: string[]): string => articles.join('\n\n\n');
const FIRST = 'الخبر الأول\nنص الخبر الأول قصير.\n';
const LAST = 'الخبر الأخير\nنص الخبر الأخير قصير أيضا.\n';
/** 50 ms for a record whatever its size: a small article takes a few. */
const TINY: StreamLimits = { ...DEFAULT_LIMITS, budget: 50, budgetPerMillion: 0 };

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

describe('runWithin', () => {
  it('stops a catastrophic regex and returns OVER_BUDGET, then runs the next work normally', () => {
    const [r, ms] = time(() => runWithin(100, () => /^(?:a+)+$/.test('a'.repeat(40) + '!')));
    assert.equal(r, OVER_BUDGET);
    assert.ok(ms < 2_000, `stopped after ${ms} ms`);
    assert.equal(runWithin(1_000, () => 6 * 7), 42);
  });

  it('passes other errors through', () => {
    assert.throws(() => runWithin(1_000, () => JSON.parse('{')), SyntaxError);
  });

  it('grows linearly with the size', () => {
    assert.equal(budgetFor({ budget: 100, budgetPerMillion: 1_000 }, 2_000_000), 2_100);
  });
});

describe('a record past its budget', () => {
  // Unbudgeted, for comparison (and the tables are loaded before anything is timed).
  const [whole, slowMs] = time(() => extractText(dump(FIRST, SLOW, LAST), { path: 'd.txt', format: 'dump', limits: { ...DEFAULT_LIMITS, budget: 0 } }));

  it('in a dump: the article becomes a diagnostic with its span, its neighbours are kept', () => {
    const text = dump(FIRST, SLOW, LAST);
    const [got, ms] = time(() => extractText(text, { path: 'd.txt', format: 'dump', limits: TINY }));
    assert.equal(whole.articles.length, 3);
    assert.deepEqual(got.articles, [whole.articles[0], whole.articles[2]]);
    assert.deepEqual(got.diagnostics.map((d) => [d.code, d.input, d.severity]), [['extract/time-budget', 'd.txt', 'error']]);
    const d = got.diagnostics[0]!;
    assert.equal(text.slice(d.start, d.end), SLOW.trimEnd());
    assert.match(d.message, /time budget of 50 ms/);
    // The slow article was stopped, not read to its end: the whole run took less than it alone.
    assert.ok(ms < slowMs, `${ms.toFixed(0)} ms with the budget, ${slowMs.toFixed(0)} ms without`);
  });

  it('in JSON lines and CSV: the record becomes a diagnostic, the other records are kept', () => {
    const big = words(3_000_000);
    const jsonl = [{ title: 'أول', content: 'نص أول.' }, { title: 'طويل', content: big }, { title: 'أخير', content: 'نص أخير.' }].map((r) => JSON.stringify(r)).join('\n');
    const csv = `title,content\nأول,نص أول.\nطويل,"${big}"\nأخير,نص أخير.\n`;
    for (const [path, format, text] of [['r.jsonl', 'json', jsonl], ['r.csv', 'csv', csv]] as const) {
      // 20 ms, not TINY's 50: the long record takes about 55 ms to read on a fast machine, too close to 50.
      const got = extractText(text, { path, format, limits: { ...TINY, budget: 20 } });
      assert.deepEqual(got.articles.map((a) => a.headline), ['أول', 'أخير'], path);
      assert.deepEqual(got.diagnostics.map((d) => d.code), ['extract/time-budget'], path);
      assert.ok(text.slice(got.diagnostics[0]!.start, got.diagnostics[0]!.end).includes(big), path);
    }
  });

  it('in a run of inputs: the inputs after it are still read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-budget-'));
    const files = ['a.txt', 'b.txt', 'c.txt'].map((n) => join(dir, n));
    writeFileSync(files[0]!, FIRST);
    writeFileSync(files[1]!, SLOW);
    writeFileSync(files[2]!, LAST);
    const articles: Article[] = [];
    const codes: string[] = [];
    for await (const r of extractInputs(files, Readable.from([]), { limits: TINY })) {
      articles.push(...r.articles);
      codes.push(...r.diagnostics.map((d) => `${d.code} ${d.input === files[1] ? 'b' : d.input}`));
    }
    assert.deepEqual(articles.map((a) => a.headline), ['الخبر الأول', 'الخبر الأخير']);
    assert.deepEqual(codes, ['extract/time-budget b']);
  });

  it('a record whose extraction throws becomes extract/failed, its neighbours are kept', () => {
    const text = dump(FIRST, SLOW, LAST);
    // Any run over a million characters throws, as a bug in an extractor would on some input.
    const runner: BudgetRunner = (size, work) => {
      if (size > 1_000_000) throw new RangeError('Maximum call stack size exceeded');
      return work();
    };
    const reader = new FormatReader({ path: 'd.txt', format: 'dump', head: text.slice(0, 512), runner });
    const got = [reader.push(text), reader.end()];
    assert.deepEqual(got.flatMap((f) => f.articles), [whole.articles[0], whole.articles[2]]);
    const [d, ...more] = got.flatMap((f) => f.diagnostics);
    assert.deepEqual(more, []);
    assert.equal(d!.code, 'extract/failed');
    assert.match(d!.message, /RangeError: Maximum call stack size exceeded/);
    assert.equal(text.slice(d!.start, d!.end), SLOW.trimEnd());
  });

  it('no budget (0) reads everything, however long', () => {
    assert.equal(slowMs > TINY.budget, true, `the slow article takes ${slowMs.toFixed(0)} ms`);
    assert.equal(whole.diagnostics.length, 0);
  });
});
