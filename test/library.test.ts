/** The library's root module: the analysers are there, and neither the command line nor the HTTP server. */
import { strict as assert } from 'node:assert';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as rasd from '../src/index.js';
import { reachable } from './helpers/reachable.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

describe('the library', () => {
  it('reaches no module of the command line or the HTTP server from its root', () => {
    const files = [...reachable(join(SRC, 'index.ts'))].map((f) => relative(SRC, f));
    assert.ok(files.length > 50, `only ${files.length} modules reached: the walk is broken`);
    assert.deepEqual(files.filter((f) => f.startsWith('cli/') || f.startsWith('api/')), []);
  });

  it('exports the analysers, which read one article', () => {
    const article = { headline: null, subtitle: null, captions: [], paragraphs: ['وقال مصدر عسكري أمس إن 3 جنود قتلوا.'] };
    const text = rasd.articleText(article);
    const quotes = rasd.findQuotes(text, rasd.articleEntities(article));
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.text]), [['3 جنود قتلوا', 'مصدر عسكري']]);
    assert.deepEqual(rasd.findTimes(text, { ref: '2015-08-01' }).map((t) => [t.text, t.value]), [['أمس', '2015-07-31']]);
    assert.deepEqual(rasd.findQuantities(text).map((q) => [q.text, q.value]), [['3 جنود', 3]]);
    assert.equal('buildServer' in rasd || 'main' in rasd, false);
  });
});
