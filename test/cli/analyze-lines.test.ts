/**
 * Property: `rasd analyze`'s lines, with new words read apart (on the main thread for a small input,
 * on a worker thread for a large one), are what the analyser gives each line on its own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AnalyzeLines } from '../../src/cli/analyze-lines.js';
import { WorkerReader } from '../../src/cli/worker-reader.js';
import { Analyzer } from '../../src/text/analyze.js';

/** Random lines of our own words: clitics, stopwords, names, hashtags, numbers, Latin, punctuation. */
function randomLines(count: number, seed: number): string[] {
  const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
  const words = ['والمعلمون', 'في', 'من', 'الذي', 'بالسيارة', 'كتبوا', 'طالبان', 'وزاره', 'الصحه', 'فيسبوك', 'لندن', '#رصد_الأخبار', '2015', '١٢٣', 'news', 'Rasd', '«قال»', '،', 'مسئول', 'رءية', 'ـالتطويلـ', 'وبالمدارس'];
  return Array.from({ length: count }, () => {
    const n = rnd(5) === 0 ? 0 : 1 + rnd(30);
    // Words made up of letters too, so that a large input has many new words.
    return Array.from({ length: n }, () => (rnd(3) === 0 ? `ال${'بتثجحخدذرزسشصضطظعغفقكلمنهوي'[rnd(28)]!}${'بتثجحخدذرزسشصضطظعغفقكلمنهوي'[rnd(28)]!}${'اوي'[rnd(3)]!}${rnd(50)}` : words[rnd(words.length)]!)).join(' ');
  });
}

/** The lines' output; `early` starts the worker before the first line, as `rasd analyze` does for a large file. */
async function run(lines: string[], early = false): Promise<string> {
  const blocks: Buffer[] = [];
  const out = new AnalyzeLines({}, async (b) => void blocks.push(Buffer.from(b)), early ? new WorkerReader({}) : null);
  try {
    for (const line of lines) if (out.line(line)) await out.flush();
    await out.end();
  } finally {
    out.close();
  }
  return Buffer.concat(blocks).toString('utf8');
}

function expected(lines: string[]): string {
  const analyzer = new Analyzer();
  return lines.map((l) => analyzer.analyze(l).map((t) => t.term).join(' ') + '\n').join('');
}

describe('AnalyzeLines', () => {
  it('gives a small input (one block, read on the main thread) the analyser\'s terms, a line each', async () => {
    const lines = randomLines(200, 7);
    assert.equal(await run(lines), expected(lines));
  });

  it('gives a large input (many blocks, read on a worker thread) the same terms, in input order', async () => {
    const lines = randomLines(6000, 11);
    const text = expected(lines);
    assert.ok(text.split('\n').length > 5000);
    assert.equal(await run(lines, true), text);
    // The worker started at the first full block, as for stdin, whose size is unknown.
    assert.equal(await run(lines), text);
  });

  it('writes nothing for no input, and an empty line for a line with no terms', async () => {
    assert.equal(await run([]), '');
    assert.equal(await run(['', 'في من', '،']), '\n\n\n');
  });
});
