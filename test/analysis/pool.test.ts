/** Entities found on worker threads are the ones found on this thread, in the same order. */
import { strict as assert } from 'node:assert';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { articleFlow } from '../../src/pipeline.js';

const lines = Array.from({ length: 320 }, (_, i) =>
  JSON.stringify({ title: `خبر رقم ${i} عن مدينة حلب`, content: `قال وزير الصحة أحمد الراشد في دمشق إن المستشفى رقم ${i} سيفتح أبوابه قريباً.` }),
).join('\n');

async function run(workers: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of articleFlow(['-'], Readable.from([Buffer.from(lines)]), { workers })) out.push(...r.articles);
  return out;
}

describe('entities on worker threads', () => {
  it('give the same articles, in the same order, as on this thread', async () => {
    const here = await run(0);
    const there = await run(2);
    assert.equal(here.length, 320);
    assert.ok((here[0] as { entities: unknown[] }).entities.length > 0);
    assert.deepEqual(there, here);
  });
});
