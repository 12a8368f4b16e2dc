// Writes schema/article.schema.json from the zod ArticleSchema (src/core/article.ts), the one definition.
// Run: node --import tsx scripts/gen-schema.ts   (test/ingest/schema.test.ts checks the file is current)
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/core/article.js';

writeFileSync(new URL('../schema/article.schema.json', import.meta.url), JSON.stringify(articleJsonSchema(), null, 2) + '\n');
console.log('wrote schema/article.schema.json');
