/** `rasd extract` and `rasd ingest` on inputs too big to hold: a 50 MB line, a truncated gzip, JSONL on stdin. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rasd-stream-'));
const article = (n: number): string => `خبر رقم ${n}\n\nنص الخبر رقم ${n} في فقرة واحدة.\n\n\n`;

describe('streamed extraction from the CLI', () => {
  it('reports a 50 MB line with its file and position, and still writes the articles around it', async () => {
    const path = join(tmp, 'giant-line.txt');
    const fd = openSync(path, 'w');
    const before = article(1) + article(2);
    writeSync(fd, before);
    const block = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    writeSync(fd, '\n\n\n' + article(3));
    closeSync(fd);
    const r = await runCli(['extract', path]);
    assert.equal(r.code, 1);
    const start = before.length;
    assert.match(r.stderr, new RegExp(`giant-line\\.txt:${start}: error dump/long-line: a line of 52,428,800 characters is over`));
    const headlines = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { headline: string }).headline);
    assert.deepEqual(headlines, ['خبر رقم 1', 'خبر رقم 2', 'خبر رقم 3']);
  });

  it('keeps the articles read before a gzip file is cut off, and reports where it stopped', async () => {
    const text = Array.from({ length: 400 }, (_, i) => article(i)).join('');
    const gz = gzipSync(text);
    writeFileSync(join(tmp, 'cut.txt.gz'), gz.subarray(0, Math.floor(gz.length * 0.8)));
    const r = await runCli(['extract', join(tmp, 'cut.txt.gz')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cut\.txt:byte \d+: error extract\/read-failed: reading stopped after \d+ bytes/);
    const n = r.stdout.trim().split('\n').length;
    assert.ok(n > 100 && n < 400, `${n} articles before the cut`);
  });

  it('ingests JSON lines from stdin in batches, idempotently', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => JSON.stringify({ title: `عنوان ${i}`, content: `نص الخبر ${i}.` })).join('\n');
    const db = join(tmp, 'lines.db');
    const first = await runCli(['ingest', '--db', db], lines);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /1200 new articles, 0 already stored/);
    const again = await runCli(['ingest', '--db', db], lines);
    assert.match(again.stderr, /0 new articles, 1200 already stored/);
  });
});
