/** `rasd extract` carries entities; `rasd ingest` stores them; `rasd entities` lists the most mentioned. */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/run-cli.js';

const corpus = fileURLToPath(new URL('../fixtures/search/corpus.jsonl', import.meta.url));
const db = join(mkdtempSync(join(tmpdir(), 'rasd-entities-')), 'e.db');

describe('entities from the command line', () => {
  it('extract writes each article with its entities, spans into the article text', async () => {
    const r = await runCli(['extract', corpus]);
    assert.equal(r.code, 0, r.stderr);
    const a = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { headline: string; subtitle: string | null; captions: Array<{ text: string }>; paragraphs: string[]; entities: Array<{ type: string; text: string; start: number; end: number; canonical: string; name: string }> });
    const text = (x: (typeof a)[number]): string => [x.headline, x.subtitle, ...x.captions.map((c) => c.text), ...x.paragraphs].filter(Boolean).join('\n\n');
    for (const x of a) for (const e of x.entities) assert.equal(text(x).slice(e.start, e.end), e.text);
    assert.ok(a.some((x) => x.entities.some((e) => e.type === 'PERS' && e.name === 'أحمد الراشد')));
    const off = await runCli(['extract', corpus, '--no-entities']);
    assert.ok(off.stdout.trim().split('\n').every((l) => !('entities' in JSON.parse(l))));
  });
  it('entities --top lists what ingest stored, by articles, and checks its options', async () => {
    assert.equal((await runCli(['ingest', corpus, '--db', db])).code, 0);
    const r = await runCli(['entities', '--top', '50', '--json', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const list = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { canonical: string; name: string; articles: number });
    const rashed = list.find((e) => e.name === 'أحمد الراشد');
    assert.ok(rashed && rashed.articles === 2, r.stdout);
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1]!.articles >= list[i]!.articles);
    const inMay = await runCli(['entities', '--from', '2025-05-01', '--to', '2025-05-31', '--json', '--db', db]);
    assert.ok(inMay.stdout.includes('أحمد الراشد'));
    assert.equal((await runCli(['entities', '--type', 'CITY', '--db', db])).code, 2);
    assert.equal((await runCli(['entities', '--from', '2025-02-30', '--db', db])).code, 2);
  });
});
