import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expandGlob, isGlob } from '../../src/ingest/glob.js';
import { runCli } from '../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'rasd-glob-'));
for (const f of ['a.txt', 'b.txt', 'c.json', '.hidden.txt', 'sub/d.txt', 'sub/deep/e.txt', 'sub/deep/f.csv']) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), `خبر ${f}\n\nنص الخبر ${f}.\n`);
}

describe('glob patterns in inputs', () => {
  it('expands *, ?, classes and ** and skips hidden files', async () => {
    assert.deepEqual(await expandGlob(join(root, '*.txt')), [join(root, 'a.txt'), join(root, 'b.txt')]);
    assert.deepEqual(await expandGlob(join(root, '?.json')), [join(root, 'c.json')]);
    assert.deepEqual(await expandGlob(join(root, '[ab].txt')), [join(root, 'a.txt'), join(root, 'b.txt')]);
    assert.deepEqual(await expandGlob(join(root, '**', '*.txt')), ['a.txt', 'b.txt', 'sub/d.txt', 'sub/deep/e.txt'].map((f) => join(root, f)));
    assert.deepEqual(await expandGlob(join(root, 'nothing*')), []);
    assert.ok(isGlob('x/*.txt') && !isGlob('plain.txt'));
  });
  it('rasd extract reads what a quoted pattern matches, and reports a pattern that matches nothing', async () => {
    const r = await runCli(['extract', join(root, 'sub', '**', '*.txt'), join(root, 'none-*.txt')]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trim().split('\n').length, 2);
    assert.match(r.stderr, /none-\*\.txt:byte 0: error extract\/unreadable: no file matches this pattern/);
  });
});
