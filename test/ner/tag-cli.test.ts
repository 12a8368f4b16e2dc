import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rasd-tag-'));

interface Row {
  line: number;
  entities: Array<{ type: string; text: string; start: number; end: number }>;
}

describe('rasd tag (raw text)', () => {
  it('prints one JSON line per input line with entity spans into the whole input', async () => {
    const input = 'وصل الوفد إلى القاهرة أمس.\n\nقال المتحدث إن الأمم المتحدة في بيروت.\n';
    const r = await runCli(['tag'], input);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Row);
    assert.deepEqual(rows.map((x) => x.line), [1, 2, 3]);
    assert.deepEqual(rows[1]!.entities, []);
    for (const row of rows) for (const e of row.entities) assert.equal(input.slice(e.start, e.end), e.text);
    assert.ok(rows[0]!.entities.some((e) => e.type === 'LOC' && e.text === 'القاهرة'));
    assert.ok(rows[2]!.entities.some((e) => e.type === 'LOC' && e.text === 'بيروت'));
  });
  it('appears in the command list and has help', async () => {
    assert.match((await runCli(['--help'])).stdout, /\n {2}tag /);
    const r = await runCli(['tag', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--conll/);
  });
});

describe('rasd tag --conll', () => {
  it('writes token TAG lines in the input layout, blank lines kept, extra columns ignored', async () => {
    const input = 'قال O\nالرئيس O\nفي\nبغداد NNP B-LOC\n\n\nغادر\nدمشق\n';
    const r = await runCli(['tag', '--conll'], input);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.map((l) => l.split(' ')[0]), ['قال', 'الرئيس', 'في', 'بغداد', '', '', 'غادر', 'دمشق', '']);
    for (const l of lines) if (l) assert.match(l, /^\S+ (O|[BI]-(PERS|LOC|ORG|MISC))$/);
    assert.equal(lines[3], 'بغداد B-LOC');
  });
  it('reads a file and reports bad bytes on stderr with their offset, still tagging every line', async () => {
    const path = join(tmp, 'bad.conll');
    writeFileSync(path, Buffer.concat([Buffer.from('المدرسة\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\nالجديدة\n')]));
    const r = await runCli(['tag', '--conll', path]);
    assert.equal(r.code, 0); // invalid bytes are a warning: they decode to U+FFFD
    assert.match(r.stderr, /bad\.conll:byte 15: warning/);
    assert.equal(r.stdout.trim().split('\n').length, 3);
  });
  it('exits 2 with two files, 1 with a missing one', async () => {
    assert.equal((await runCli(['tag', 'a', 'b'])).code, 2);
    const r = await runCli(['tag', join(tmp, 'missing.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\.txt/);
  });
  it('passes -DOCSTART- lines through as boundaries', async () => {
    const r = await runCli(['tag', '--conll'], '-DOCSTART- -X- O\n\nفي\n');
    assert.equal(r.stdout, '-DOCSTART- O\n\nفي O\n');
  });
});

describe('rasd tag --conll reads running text', () => {
  it('tags each sentence with the sentences around it, as tagDocument does, layout kept', async () => {
    const { loadTagger } = await import('../../src/ner/tagger.js');
    const doc = [
      ['التقى', 'رئيس', 'الوزراء', 'نادر', 'الحلو', 'وفدا', 'من', 'البنك', 'الدولي'],
      ['وقال', 'الحلو', 'إن', 'الحكومة', 'ستعرض', 'خطتها'],
      ['وأضاف', 'الحلو', 'أن', 'الخطة', 'تشمل', 'طرابلس', 'وصيدا'],
    ];
    const input = '\n' + doc.map((s) => s.join('\n')).join('\n\n\n') + '\n\n';
    const r = await runCli(['tag', '--conll'], input);
    assert.equal(r.code, 0, r.stderr);
    const want = loadTagger().tagDocument(doc);
    const expected = '\n' + doc.map((s, k) => s.map((t, i) => `${t} ${want[k]![i]}\n`).join('')).join('\n\n') + '\n';
    assert.equal(r.stdout, expected);
  });
});
