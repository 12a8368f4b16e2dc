/** `rasd times`: JSON lines of time expressions, spans into the input; --ref checked; the reference inferred from the text without it. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/run-cli.js';

const text = 'صورة: 4 مارس 2025\nوقال الوزير اليوم (الثلاثاء) إن الوفد وصل أمس، ويغادر الأسبوع المقبل.\n';
const parse = (out: string): Array<{ text: string; start: number; end: number; value: string | null; relative: boolean }> =>
  out.trim() ? out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; start: number; end: number; value: string | null; relative: boolean }) : [];

describe('rasd times', () => {
  it('prints one JSON object per expression with --ref, spans into the input', async () => {
    const r = await runCli(['times', '--ref', '2025-03-04'], text);
    assert.equal(r.code, 0, r.stderr);
    const times = parse(r.stdout);
    assert.deepEqual(times.map((t) => [t.text, t.value]), [
      ['4 مارس 2025', '2025-03-04'],
      ['اليوم (الثلاثاء)', '2025-03-04'],
      ['أمس', '2025-03-03'],
      ['الأسبوع المقبل', '2025-03-08/2025-03-14'],
    ]);
    for (const t of times) assert.equal(text.slice(t.start, t.end), t.text);
  });
  it('infers the reference date from the text, reading a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rasd-times-')), 'a.txt');
    writeFileSync(file, text);
    const r = await runCli(['times', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(parse(r.stdout).find((t) => t.text === 'أمس')?.value, '2025-03-03');
  });
  it('leaves relatives unresolved when nothing decides', async () => {
    const r = await runCli(['times'], 'قال أمس إن الوفد يصل غداً في 4 مارس 2025');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(parse(r.stdout).map((t) => t.value), [null, null, '2025-03-04']);
  });
  it('rejects a bad --ref and extra files as usage errors, naming them', async () => {
    const bad = await runCli(['times', '--ref', '2025-02-30'], text);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--ref.*2025-02-30/);
    const two = await runCli(['times', 'a', 'b']);
    assert.equal(two.code, 2);
    const help = await runCli(['times', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: rasd times/);
  });
});
