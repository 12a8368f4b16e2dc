/** `rasd events`: JSON lines of events, one per input line with --lines (counting from 0), spans into the line; bad --ref is a usage error. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/run-cli.js';

const lines = ['وشنت طائرات التحالف أمس غارات على مواقع للمتمردين.', '', 'لقي شاب مصرعه إثر انقلاب سيارته.'];

describe('rasd events', () => {
  it('--lines: one JSON line per input line, from 0, spans into the line', async () => {
    const r = await runCli(['events', '--lines', '--ref', '2015-08-01'], lines.join('\n') + '\n');
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; events: Array<{ type: string; status: string; trigger: { text: string; start: number; end: number }; time: { value: string | null } | null }> });
    assert.deepEqual(out.map((o) => [o.line, o.events.map((e) => `${e.type}/${e.status}`)]), [[0, ['ASSAULT/asserted']], [1, []], [2, []]]);
    const e = out[0]!.events[0]!;
    assert.equal(lines[0]!.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.equal(e.time?.value, '2015-07-31');
  });
  it('reads articles as rasd extract does, one line per event with its article', async () => {
    const r = await runCli(['events'], JSON.stringify({ title: 'غارات على صعدة', content: 'وشنت طائرات التحالف أمس غارات على مواقع للمتمردين.' }) + '\n');
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: string; headline: string; type: string });
    assert.ok(out.length >= 1);
    assert.ok(out.every((e) => e.headline === 'غارات على صعدة' && e.type === 'ASSAULT' && e.article));
  });
  it('rejects a --ref that is no day, and --ref without --lines', async () => {
    const bad = await runCli(['events', '--lines', '--ref', '2015-02-30'], 'نص\n');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--ref must be a real day/);
    const alone = await runCli(['events', '--ref', '2015-08-01'], 'نص\n');
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--ref goes with --lines/);
  });
});
