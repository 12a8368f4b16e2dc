/** The one pipeline: ingest analyses nothing, and each stage of `articleFlow` does its one job in order. */
import { strict as assert } from 'node:assert';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/core/article.js';
import { analyseOne, articleFlow, type PipelineOptions } from '../src/pipeline.js';
import { reachable } from './helpers/reachable.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const ANALYSERS = ['analysis/', 'entities/', 'ner/', 'quotes/', 'times/', 'quantities/'];

const records = [
  { title: 'افتتاح مستشفى في حلب', content: 'قال وزير الصحة أحمد الراشد أمس إن المستشفى سيستقبل 200 مريض.' },
  { title: 'أمطار غزيرة على جدة', content: 'وأعلنت هيئة الأرصاد أن الأمطار ستستمر حتى يوم الخميس.' },
  { title: 'اجتماع في عمّان', content: 'وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد الأسبوع المقبل.' },
];
const input = (): Readable => Readable.from([Buffer.from(records.map((r) => JSON.stringify(r)).join('\n'))]);

async function run(o: PipelineOptions): Promise<{ articles: Article[]; known: number; extracted: number }> {
  const out = { articles: [] as Article[], known: 0, extracted: 0 };
  for await (const r of articleFlow(['-'], input(), { workers: 0, ...o, onExtracted: (n) => (out.extracted += n) })) {
    out.articles.push(...r.articles);
    out.known += r.known ?? 0;
  }
  return out;
}

describe('the pipeline', () => {
  it('reaches no analyser from ingest: read, decode, detect, split and structure only', () => {
    const files = [...reachable(join(SRC, 'ingest/extract-inputs.ts'))].map((f) => relative(SRC, f));
    assert.ok(files.length > 30, `only ${files.length} modules reached: the walk is broken`);
    assert.deepEqual(files.filter((f) => ANALYSERS.some((d) => f.startsWith(d))), []);
  });

  it('gives the bare structure without the analyse stage, and the same articles analysed with it', async () => {
    const bare = await run({ analyse: false });
    const analysed = await run({});
    assert.deepEqual(bare.articles.map((a) => a.headline), records.map((r) => r.title));
    assert.ok(bare.articles.every((a) => a.entities === undefined && a.quotes === undefined));
    // The analyse stage adds the analyses and changes nothing else; it is the one-article stage the API runs.
    assert.deepEqual(analysed.articles, bare.articles.map(analyseOne));
    assert.ok(analysed.articles.every((a) => a.entities!.length > 0 && a.quotes!.length === 1));
  });

  it('drops what the store holds before analysis, counts it, and counts every extracted article', async () => {
    const bare = await run({ analyse: false });
    const held = new Set([bare.articles[1]!.id]);
    let asked = 0;
    const r = await run({ known: (a) => (asked++, held.has(a.id)) });
    assert.equal(asked, 3);
    assert.equal(r.extracted, 3);
    assert.equal(r.known, 1);
    assert.deepEqual(r.articles.map((a) => a.headline), [records[0]!.title, records[2]!.title]);
    // Asked about known articles, the reader gives each its input's digest.
    assert.ok(r.articles.every((a) => /^[0-9a-f]{16}$/u.test(a.source.digest ?? '')));
  });
});
