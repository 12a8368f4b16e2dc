/** `rasd quotes` prints the statements of inputs, or of one speaker across a store; extract carries them. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-quotes-'));
// Our own articles: people and events invented.
const records = [
  {
    title: 'الحكومة تعد بخطة للمياه',
    date: '2025-05-02',
    content: 'قال وزير المياه سامر العتيبي في مؤتمر صحافي إن الخطة ستبدأ الشهر المقبل.\nوأضاف: «لن تبقى قرية بلا مياه نظيفة بعد اليوم».',
  },
  {
    title: 'العتيبي يزور السد الجديد',
    date: '2025-05-09',
    content: 'زار سامر العتيبي السد الجديد أمس.\nوأكد العتيبي أن المشروع سينتهي قبل موعده.\nوقال مصدر في الوزارة إن التكلفة تجاوزت التقديرات.',
  },
];
const input = join(dir, 'news.jsonl');
writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const db = join(dir, 'q.db');

interface Line { article: string; text: string; kind: string; start: number; end: number; speaker: { text: string; name: string | null } | null; cue: { text: string } | null; medium: { text: string } | null }
const parse = (out: string): Line[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

describe('quotes from the command line', () => {
  it('prints each statement of the inputs with its speaker, cue and medium', async () => {
    const r = await runCli(['quotes', input]);
    assert.equal(r.code, 0, r.stderr);
    const qs = parse(r.stdout);
    const plan = qs.find((q) => q.text.startsWith('الخطة ستبدأ'));
    assert.ok(plan, r.stdout);
    assert.equal(plan.kind, 'indirect');
    assert.equal(plan.cue?.text, 'قال');
    assert.equal(plan.medium?.text, 'في مؤتمر صحافي');
    const direct = qs.find((q) => q.kind === 'direct');
    assert.ok(direct?.text.startsWith('لن تبقى قرية'), r.stdout);
    assert.ok(qs.some((q) => q.speaker?.text === 'مصدر في الوزارة'), r.stdout);
  });
  it('extract carries quotes, spans into the article text; --no-analysis leaves them out', async () => {
    const r = await runCli(['extract', input]);
    for (const line of r.stdout.trim().split('\n')) {
      const a = JSON.parse(line) as { headline: string; paragraphs: string[]; quotes: Line[] };
      const text = [a.headline, ...a.paragraphs].join('\n\n');
      assert.ok(a.quotes.length > 0);
      for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    }
    const bare = await runCli(['extract', input, '--no-analysis']);
    for (const line of bare.stdout.trim().split('\n')) {
      const a = JSON.parse(line) as Record<string, unknown>;
      assert.ok(!('quotes' in a) && !('entities' in a));
    }
  });
  it('--by lists what one speaker said across the store, and said: finds the articles', async () => {
    assert.equal((await runCli(['ingest', input, '--db', db])).code, 0);
    const r = await runCli(['quotes', '--by', 'مصدر في الوزارة', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const byGroup = parse(r.stdout);
    assert.equal(byGroup.length, 1);
    assert.ok(byGroup[0]!.text.startsWith('التكلفة تجاوزت'));
    // The minister by full name: quoted by full name, carried to «وأضاف», and by his short name «العتيبي»; newest first.
    const byName = parse((await runCli(['quotes', '--by', 'سامر العتيبي', '--db', db])).stdout);
    assert.deepEqual(byName.map((q) => q.text.split(' ')[0]), ['المشروع', 'الخطة', 'لن']);
    // By the short name the articles use, as said: finds them: the same statements, and no one else's.
    const byShort = await runCli(['quotes', '--by', 'العتيبي', '--db', db]);
    assert.equal(byShort.code, 0, byShort.stderr);
    assert.deepEqual(parse(byShort.stdout).map((q) => q.text.split(' ')[0]), ['المشروع', 'الخطة', 'لن']);
    assert.deepEqual(parse((await runCli(['quotes', '--by', 'العتيب', '--db', db])).stdout), []);
    const s = await runCli(['search', 'said:"مصدر في الوزارة"', '--json', '--all', '--db', db]);
    assert.equal(s.code, 0, s.stderr);
    assert.ok(s.stdout.includes('العتيبي يزور'), s.stdout);
    assert.equal((await runCli(['quotes', '--by', '', '--db', db])).code, 2);
    assert.equal((await runCli(['quotes', '--by', 'x', input, '--db', db])).code, 2);
  });
});
