import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runExtraction } from '../../src/cli/extract-run.js';
import { syntheticJsonl } from '../helpers/synthetic-news.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('a run that can be interrupted', () => {
  it('keeps no result alive once it is handed on (its memory does not grow with the input)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-run-'));
    // 24,000 articles in pieces of about 1 M characters: some 24 results of 1,000 articles each.
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, syntheticJsonl(0, 24_000));
    const io = { stdin: Readable.from([]), stdout: new PassThrough().resume(), stderr: new PassThrough().resume(), isTTY: false };
    const stop = new AbortController();
    gc();
    const before = process.memoryUsage().heapUsed;
    let articles = 0;
    const stats = await runExtraction([input], io, 'test', { analyse: false, signal: stop.signal }, (a) => void (articles += a.length));
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.equal(articles, 24_000);
    assert.equal(stats.interrupted, null);
    // The articles themselves are about 30 MB; a run that kept them would have grown by that much.
    assert.ok(grown < 8e6, `the heap grew by ${(grown / 1e6).toFixed(1)} MB while the signal is alive`);
    stop.abort();
  });
});
