import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ArticleSchema, articleJsonSchema } from '../../src/core/article.js';
import { extractDump } from '../../src/ingest/dump/extract-dump.js';

describe('the article schema', () => {
  it('the published JSON Schema is generated from the zod schema (run scripts/gen-schema.ts after a change)', () => {
    const published = JSON.parse(readFileSync(new URL('../../schema/article.schema.json', import.meta.url), 'utf8')) as unknown;
    assert.deepEqual(published, articleJsonSchema());
  });
  it('accepts what the extractor produces and rejects a record missing its fields', () => {
    const { articles } = extractDump('عنوان\n\nنص الخبر.\n', { path: 'x' });
    assert.ok(ArticleSchema.safeParse(articles[0]).success);
    const bad = ArticleSchema.safeParse({ ...articles[0], paragraphs: 'نص' });
    assert.equal(bad.success, false);
    assert.match(JSON.stringify(bad.error?.issues), /paragraphs/);
  });
});
