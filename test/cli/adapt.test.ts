import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { IngestTarget } from '../../src/cli/ingest-run.js';
import { chooseModel, chosenModel } from '../../src/ner/model-choice.js';
import { readModelFile } from '../../src/ner/model-file.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rasd-adapt-'));
// Our own articles: a few sentence frames with names and places in turn.
const cities = ['الرياض', 'جدة', 'الدمام', 'القاهرة', 'بيروت', 'عمان'];
const persons = ['خالد الفيصل', 'سعد الحريري', 'فهد العتيبي', 'علي الحسن'];
const records = Array.from({ length: 60 }, (_, i) => ({
  title: `زيارة إلى ${cities[i % 6]}`,
  content: `في اليوم ${i + 1} وصل ${persons[i % 4]} إلى ${cities[(i * 5) % 6]} أمس في زيارة رسمية.\n\nوقال ${persons[(i + 1) % 4]} إن المحادثات في ${cities[(i + 2) % 6]} كانت مثمرة.`,
}));
const input = join(tmp, 'news.jsonl');
writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const QUICK = ['--epochs', '1', '--seeds', '1', '--folds', '2'];

after(() => chooseModel(null));

describe('rasd adapt', () => {
  it('learns clusters from the inputs and writes a model that rasd tag --model uses', async () => {
    const out = join(tmp, 'adapted.bin.gz');
    const r = await runCli(['adapt', input, '--out', out, ...QUICK]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /read 60 articles/);
    assert.match(r.stderr, /word clusters: [\d,]+ words/);
    const parts = readModelFile(readFileSync(out));
    assert.ok(parts.clusters && parts.clusters.has('رياض') && parts.clusters.has('قال'));
    assert.ok(parts.templates.unigrams.some(([, a]) => a === 'c16'));
    const tagged = await runCli(['tag', '--model', out], 'وصل خالد الفيصل إلى الرياض.\n');
    assert.equal(tagged.code, 0, tagged.stderr);
    const row = JSON.parse(tagged.stdout) as { line: number; entities: Array<{ text: string; start: number; end: number }> };
    assert.equal(row.line, 1);
    for (const e of row.entities) assert.equal('وصل خالد الفيصل إلى الرياض.'.slice(e.start, e.end), e.text);
    // The choice ends with the command: the next one tags with the shipped model.
    assert.equal(chosenModel(), null);
  });
  it('keeps the model in a store, whose later ingests tag with it', async () => {
    const db = join(tmp, 'store.db');
    assert.equal((await runCli(['ingest', input, '--db', db, '--no-analysis'])).code, 0);
    const r = await runCli(['adapt', '--db', db, ...QUICK]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /read 60 stored articles/);
    const store = openSqliteStore(db, { readonly: true });
    const kept = store.nerModel();
    store.close();
    assert.ok(kept);
    assert.match(kept.summary, /adapted to 1\d\d texts/);
    assert.ok(readModelFile(kept.bytes).clusters?.has('رياض'));
    const target = await IngestTarget.open(db, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, isTTY: false }, 'ingest');
    try {
      assert.match(chosenModel()?.name ?? '', /store\.db/);
    } finally {
      target.close();
      chooseModel(null);
    }
  });
  it('says what is missing, and refuses bad numbers and a bad model file', async () => {
    assert.equal((await runCli(['adapt', input])).code, 2);
    assert.equal((await runCli(['adapt', '--out', join(tmp, 'x.bin.gz')])).code, 2);
    assert.equal((await runCli(['adapt', '--db', join(tmp, 'none.db')])).code, 2);
    const bad = await runCli(['adapt', input, '--out', join(tmp, 'y.bin.gz'), '--epochs', '0']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--epochs must be a whole number/);
    assert.equal(existsSync(join(tmp, 'y.bin.gz')), false);
    writeFileSync(join(tmp, 'junk.bin.gz'), 'not a model');
    const junk = await runCli(['tag', '--model', join(tmp, 'junk.bin.gz')], 'نص\n');
    assert.equal(junk.code, 1);
    assert.match(junk.stderr, /junk\.bin\.gz: not a gzip file/);
    const missing = await runCli(['extract', '--model', join(tmp, 'missing.bin.gz')], 'نص\n');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.bin\.gz/);
  });
  it('is listed, with help', async () => {
    assert.match((await runCli(['--help'])).stdout, /\n {2}adapt /);
    assert.match((await runCli(['adapt', '--help'])).stdout, /--out FILE/);
  });
});
