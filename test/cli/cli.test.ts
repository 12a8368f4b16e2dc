import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { COMMANDS } from '../../src/cli/main.js';
import { analyze } from '../../src/text/analyze.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rasd-cli-'));

describe('rasd (no command, help, version)', () => {
  it('prints usage listing every command', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    for (const name of ['demo', 'analyze']) assert.match(r.stdout, new RegExp(`\\n  ${name} `));
  });
  it('lists each command by the name and summary its own module gives (modules load only when run)', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      assert.deepEqual([entry.name, entry.summary], [command.name, command.summary]);
    }
  });
  it('exits 2 on an unknown command, naming it', async () => {
    const r = await runCli(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "frobnicate"/);
  });
  it('exits 2 on an unknown flag', async () => {
    const r = await runCli(['analyze', '--loud']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--loud/);
  });
  it('the installed binary answers --help', { skip: !existsSync(new URL('../../dist/cli/main.js', import.meta.url)) && 'dist/ not built' }, () => {
    const r = spawnSync(process.execPath, [new URL('../../bin/rasd.js', import.meta.url).pathname, '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: rasd <command>/);
  });
});

describe('rasd analyze', () => {
  it('maps each stdin line to one output line of terms', async () => {
    const input = 'والمعلمون\nفي\n\nكَتَبَ الدرسَ\n';
    const r = await runCli(['analyze'], input);
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    assert.equal(lines.length, 5); // four lines and the final newline
    assert.equal(lines[0], analyze('والمعلمون').map((t) => t.term).join(' '));
    assert.equal(lines[1], ''); // a stopword alone gives no term
    assert.equal(lines[2], '');
    assert.equal(lines[3], analyze('كتب الدرس').map((t) => t.term).join(' '));
  });
  it('--json gives tokens with spans into the whole input', async () => {
    const input = 'أ\r\nقال: «نعم»';
    const r = await runCli(['analyze', '--json'], input);
    assert.equal(r.code, 0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; tokens: Array<{ text: string; kind: string; start: number; end: number; term: string | null }> });
    assert.equal(rows.length, 2);
    for (const row of rows) for (const t of row.tokens) assert.equal(input.slice(t.start, t.end), t.text);
    assert.deepEqual(rows[1]!.tokens.map((t) => t.kind), ['arabic', 'punct', 'quote', 'arabic', 'quote']);
    assert.equal(rows[1]!.tokens[1]!.term, null);
  });
  it('--json splits Arabic words into clitic pieces with their own spans', async () => {
    const input = 'قالوا وَبِسيارتِهِ';
    const r = await runCli(['analyze', '--json'], input);
    const row = JSON.parse(r.stdout) as { tokens: Array<{ clitics?: Array<{ role: string; text: string; tag: string; start: number; end: number }> }> };
    const pieces = row.tokens[1]!.clitics!;
    assert.deepEqual(pieces.map((p) => [p.role, p.text, p.tag]), [['proclitic', 'وَ', 'و'], ['proclitic', 'بِ', 'ب'], ['base', 'سيارتِ', 'سيارة'], ['enclitic', 'هِ', 'ه']]);
    for (const p of pieces) assert.equal(input.slice(p.start, p.end), p.text);
  });
  it('reads a Windows-1256 file, detecting the encoding', async () => {
    const path = join(tmp, 'cp1256.txt');
    writeFileSync(path, iconv.encode('المدرسة الجديدة\n', 'windows-1256'));
    const r = await runCli(['analyze', path]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, analyze('المدرسة الجديدة').map((t) => t.term).join(' ') + '\n');
  });
  it('reports invalid bytes with their offset and still analyses the rest', async () => {
    const path = join(tmp, 'bad.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('المدرسة '), Buffer.from([0xff, 0xfe]), Buffer.from(' الجديدة\n')]));
    const r = await runCli(['analyze', path]);
    assert.match(r.stderr, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:byte 15`));
    assert.equal(r.stdout.trim().split(' ').length, 2);
  });
  it('reads a large UTF-8 file as bytes to the terms and diagnostics its decoded text gives', async () => {
    // Over 2 MiB (a large file, read by lines of bytes): a BOM, CRLF lines, lines only text can
    // tell (Latin, hashtags, emoji, ZWNJ), bad bytes, and a last line with no newline.
    const lines = ['والمعلمون في المدرسة ١٢٫٥ و1,250.75 «قال»', 'Rasd news #رصد_الأخبار 😀 كتاب\u200cها', 'ـالعاجلـ: $\u0301كتب مسئول، رءية؟', ''];
    const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf])];
    let size = 3;
    for (let i = 0; size < 2.2 * 2 ** 20; i++) {
      const line = i % 997 === 5 ? Buffer.concat([Buffer.from(`سطر ${i} `), Buffer.from([0xff, 0xc3]), Buffer.from(' تالف')]) : Buffer.from(`${lines[i % lines.length]} كلمة${i % 5000}${i % 3 ? '\r\n' : '\n'}`);
      parts.push(line, i % 997 === 5 ? Buffer.from('\n') : Buffer.alloc(0));
      size += line.length + (i % 997 === 5 ? 1 : 0);
    }
    parts.push(Buffer.from('السطر الأخير\r'));
    const bytes = Buffer.concat(parts);
    const path = join(tmp, 'large.txt');
    writeFileSync(path, bytes);
    const fromFile = await runCli(['analyze', path]);
    const fromStdin = await runCli(['analyze'], bytes);
    assert.equal(fromFile.code, 0);
    assert.equal(fromFile.stdout, fromStdin.stdout);
    assert.equal(fromFile.stdout.split('\n').length, fromStdin.stdout.split('\n').length);
    assert.match(fromFile.stderr, /large\.txt:byte \d+: warning decode\/invalid-bytes/);
    assert.equal(fromFile.stderr.replaceAll(path, '<stdin>'), fromStdin.stderr);
  });
  it('reads a line of a large file longer than several reads as its text does', async () => {
    const long = Array.from({ length: 170_000 }, (_, i) => `كلمة${i % 900} و${i % 7}`).join(' ');
    const bytes = Buffer.from(`سطر أول\n${long}\r\nسطر أخير\n`);
    assert.ok(bytes.length > 2.5 * 2 ** 20);
    const path = join(tmp, 'long-line.txt');
    writeFileSync(path, bytes);
    const fromFile = await runCli(['analyze', path]);
    assert.equal(fromFile.code, 0);
    assert.equal(fromFile.stdout, (await runCli(['analyze'], bytes)).stdout);
    assert.equal(fromFile.stdout.split('\n').length, 4);
  });
  it('exits 1 on binary junk, naming the input, without crashing', async () => {
    const path = join(tmp, 'junk.bin');
    writeFileSync(path, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    const r = await runCli(['analyze', path]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /junk\.bin:byte 0: error decode\/binary/);
  });
  it('fails with exit 1 and a message for a missing file, with --json too', async () => {
    for (const args of [['analyze', join(tmp, 'missing.txt')], ['analyze', '--json', join(tmp, 'missing.txt')]]) {
      const r = await runCli(args);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /missing\.txt/);
    }
  });
});

describe('rasd demo', () => {
  it('ingests the bundled sample of every input format into a store (--no-serve), and again stores nothing new', async () => {
    const db = join(tmp, 'demo.db');
    const r = await runCli(['demo', '--no-serve', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const m = /(\d+) sample files, (\d+) articles \((\d+) new\)/.exec(r.stderr);
    assert.ok(m, r.stderr);
    assert.ok(Number(m[1]) >= 6 && Number(m[2]) >= 25 && m[3] === m[2], r.stderr);
    const again = await runCli(['demo', '--no-serve', '--db', db]);
    assert.match(again.stderr, /\((0) new\)/);
    const stats = JSON.parse((await runCli(['stats', '--json', '--db', db])).stdout) as { articles: number };
    assert.equal(stats.articles, Number(m[2]));
    assert.equal((await runCli(['demo', 'extra-input'])).code, 2);
  });
  it('analyses the bundled sample', async () => {
    const r = await runCli(['demo', '--report', '--json']);
    assert.equal(r.code, 0);
    const report = JSON.parse(r.stdout) as { sentences: unknown[]; words: Array<{ surface: string; segments: string }>; terms: { total: number } };
    assert.ok(report.sentences.length >= 8);
    assert.ok(report.terms.total > 100);
    const w = report.words.find((x) => x.surface === 'والمعلمين' || x.surface === 'المعلمين');
    assert.ok(w, 'the sample has المعلمين');
  });
});

describe('rasd extract', () => {
  const dump = ['خبر عن افتتاح جسر جديد', '', 'الجسر خلال حفل الافتتاح (أ.ف.ب)', 'الجسر خلال حفل الافتتاح (أ.ف.ب)', 'TT', '', 'افتُتح أمس جسر جديد فوق النهر.', 'وقال المهندسون إنه يخفف الازدحام.', '', '', '', 'خبر ثان', '', 'نص الخبر الثاني.'].join('\n');
  it('writes one JSON article per line from stdin, with canonical credits and no chrome', async () => {
    const r = await runCli(['extract', '--outlet', 'رصد'], dump);
    assert.equal(r.code, 0, r.stderr);
    const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { headline: string; outlet: string; captions: Array<{ credit: { code: string } | null }>; paragraphs: string[]; removed: Array<{ reason: string }>; source: { start: number; end: number } });
    assert.equal(articles.length, 2);
    assert.equal(articles[0]!.headline, 'خبر عن افتتاح جسر جديد');
    assert.equal(articles[0]!.outlet, 'رصد');
    assert.equal(articles[0]!.captions[0]!.credit!.code, 'AFP');
    assert.equal(articles[0]!.paragraphs.length, 2);
    assert.deepEqual(articles[0]!.removed.map((x) => x.reason), ['duplicate', 'chrome']);
    assert.equal(dump.slice(articles[1]!.source.start, articles[1]!.source.end), 'خبر ثان\n\nنص الخبر الثاني.');
  });
  it('reports an unsupported input, still delivers the good one, and exits 1', async () => {
    const good = join(tmp, 'dump.txt');
    writeFileSync(good, dump);
    const junk = join(tmp, 'junk.bin');
    writeFileSync(junk, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    const r = await runCli(['extract', junk, join(tmp, 'missing.txt'), good]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /junk\.bin:byte 0: error decode\/binary/);
    assert.match(r.stderr, /missing\.txt.*ENOENT/);
    assert.equal(r.stdout.trim().split('\n').length, 2);
  });
  it('reads JSON records, a folder and a .gz file', async () => {
    const dir = join(tmp, 'records');
    mkdirSync(dir, { recursive: true });
    const records = [{ title: 'عنوان أول', content: 'الرياض: فقرة أولى.\nفقرة ثانية.', author: 'كاتب', source: 'رصد', url: 'https://example.org/1' }];
    writeFileSync(join(dir, 'a.json'), JSON.stringify(records));
    writeFileSync(join(dir, 'b.jsonl.gz'), gzipSync(JSON.stringify({ title: 'عنوان ثان', content: 'نص ثان.' }) + '\n'));
    const r = await runCli(['extract', dir]);
    assert.equal(r.code, 0, r.stderr);
    const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { headline: string; dateline: string | null; paragraphs: string[]; outlet: string | null; byline: string | null });
    assert.deepEqual(articles.map((a) => a.headline), ['عنوان أول', 'عنوان ثان']);
    assert.equal(articles[0]!.dateline, 'الرياض');
    assert.deepEqual(articles[0]!.paragraphs, ['فقرة أولى.', 'فقرة ثانية.']);
    assert.equal(articles[0]!.outlet, 'رصد');
    assert.equal(articles[0]!.byline, 'كاتب');
  });
});

describe('rasd ingest', () => {
  it('stores articles and is idempotent', async () => {
    const db = join(tmp, 'ingest.db');
    const dump = 'خبر للتخزين\n\nنص الخبر.\n\n\n\nخبر آخر\n\nنص آخر.\n';
    const first = await runCli(['ingest', '--db', db], dump);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /2 new articles, 0 already stored/);
    const second = await runCli(['ingest', '--db', db], dump);
    assert.match(second.stderr, /0 new articles, 2 already stored/);
  });
  it('needs --db', async () => {
    const r = await runCli(['ingest'], '');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--db FILE is required/);
  });
});

describe('rasd extract on HTML', () => {
  it('reads a saved page', async () => {
    const page = join(tmp, 'page.html');
    writeFileSync(page, '<!doctype html><html lang="ar" dir="rtl"><head><title>عنوان الصفحة</title><meta property="og:site_name" content="رصد"></head><body><article><h1>افتتاح مكتبة عامة جديدة في المدينة القديمة</h1><p>افتتحت البلدية أمس مكتبة عامة جديدة في قلب المدينة القديمة، تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية.</p><p>وقال رئيس البلدية إن المكتبة ستفتح أبوابها يومياً من الصباح حتى المساء، وإن الدخول إليها مجاني للطلاب.</p><figure><img src="a.jpg"><figcaption>قاعة القراءة في المكتبة الجديدة (أ.ف.ب)</figcaption></figure></article></body></html>');
    const r = await runCli(['extract', page]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { headline: string; outlet: string; paragraphs: string[]; captions: Array<{ text: string; credit: { code: string } }> };
    assert.equal(a.headline, 'افتتاح مكتبة عامة جديدة في المدينة القديمة');
    assert.equal(a.outlet, 'رصد');
    assert.equal(a.paragraphs.length, 2);
    assert.deepEqual(a.captions.map((c) => [c.text, c.credit.code]), [['قاعة القراءة في المكتبة الجديدة', 'AFP']]);
  });
});
