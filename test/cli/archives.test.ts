import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/run-cli.js';
import { zip } from '../helpers/zip.js';

const tmp = mkdtempSync(join(tmpdir(), 'rasd-archives-'));

// Our own small inputs: a page-text dump of two articles, and JSON lines of one record.
const DUMP = ['افتتاح حديقة عامة في الحي الشرقي', '', 'افتتحت البلدية أمس حديقة عامة جديدة تضم ملاعب للأطفال.', 'وقال رئيس البلدية إنها تفتح يومياً.', '', '', '', 'معرض للكتاب في الساحة', '', 'انطلق أمس معرض صغير للكتاب المستعمل في الساحة العامة.'].join('\n');
const JSONL = JSON.stringify({ title: 'سباق للدراجات في المدينة', content: 'شارك مئات الهواة أمس في سباق للدراجات حول المدينة.\nوفاز بالمركز الأول طالب جامعي.' }) + '\n';
const ARCHIVE = zip([
  { name: 'a.txt', data: DUMP },
  { name: 'sub/' },
  { name: 'sub/b.jsonl', data: JSONL, method: 'store' },
]);

interface Out {
  headline: string;
  source: { path: string };
}
const articles = (stdout: string): Out[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Out);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A diagnostic line `input:place: error code: message` for this input. */
const errorFor = (input: string): RegExp => new RegExp(`^${escape(input)}:[^\n]*: error \\S+: `, 'm');

describe('rasd extract on archives', () => {
  it('reads every file of a .zip, naming each article\'s source as archive!entry', async () => {
    const path = join(tmp, 'x.zip');
    writeFileSync(path, ARCHIVE);
    const r = await runCli(['extract', path]);
    assert.equal(r.code, 0, r.stderr);
    const got = articles(r.stdout);
    assert.deepEqual(got.map((a) => a.headline), ['افتتاح حديقة عامة في الحي الشرقي', 'معرض للكتاب في الساحة', 'سباق للدراجات في المدينة']);
    assert.deepEqual(got.map((a) => a.source.path), [`${path}!a.txt`, `${path}!a.txt`, `${path}!sub/b.jsonl`]);
  });

  it('reports a truncated .zip by name, exits 1, and still writes a good sibling\'s articles', async () => {
    const bad = join(tmp, 'cut.zip');
    writeFileSync(bad, ARCHIVE.subarray(0, Math.floor(ARCHIVE.length / 2)));
    const good = join(tmp, 'good.txt');
    writeFileSync(good, DUMP);
    const r = await runCli(['extract', bad, good]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, errorFor(bad));
    assert.deepEqual(articles(r.stdout).map((a) => a.source.path), [good, good]);
  });

  it('reports a damaged entry by archive!entry and still reads the other entries', async () => {
    const damaged = Buffer.from(ARCHIVE);
    // Inside a.txt's deflated data, which starts after its 30-byte header and 5-byte name.
    for (let i = 40; i < 50; i++) damaged[i]! ^= 0xff;
    const path = join(tmp, 'damaged.zip');
    writeFileSync(path, damaged);
    const r = await runCli(['extract', path]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, errorFor(`${path}!a.txt`));
    assert.deepEqual(articles(r.stdout).map((a) => a.source.path), [`${path}!sub/b.jsonl`]);
  });

  it('reads a .gz file as the file inside it', async () => {
    const path = join(tmp, 'c.jsonl.gz');
    writeFileSync(path, gzipSync(JSONL));
    const r = await runCli(['extract', path]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(articles(r.stdout).map((a) => a.headline), ['سباق للدراجات في المدينة']);
  });
});
