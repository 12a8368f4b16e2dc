import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { compileResource, loadCompiled, type CompiledResource } from '../../src/text/compiled-data.js';
import fc from 'fast-check';
import { LexiconTable, prefixHashes } from '../../src/text/lexicon-table.js';
import { LEXICON_RESOURCE, parseLexicon } from '../../src/text/lexicon.js';
import { FOREIGN_SHAPE_RESOURCE } from '../../src/text/foreign-shape.js';
import { STOPWORDS_RESOURCE } from '../../src/text/stopwords.js';
import { COUNTS_RESOURCE } from '../../src/text/word-counts.js';
import { readDataText } from '../../src/text/read-data.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-compiled-'));
const dirUrl = pathToFileURL(dir + '/');
after(() => rmSync(dir, { recursive: true, force: true }));

/** A resource over a real data file whose value says how it was made: parsed from the text, or read back from bytes. */
function resource(name: string, sources: string[]): CompiledResource<{ lines: number; via: string }> {
  return {
    name,
    sources,
    parse: (texts) => ({ lines: texts.join('\n').split('\n').length, via: 'parse' }),
    toBytes: (v) => new Uint8Array(new Int32Array([v.lines, 0]).buffer),
    fromBytes: (b) => ({ lines: new Int32Array(b.buffer, b.byteOffset, 2)[0]!, via: 'bytes' }),
  };
}

describe('compiled resources', () => {
  it('parses the texts when no compiled file exists, and reads the compiled file once there is one', () => {
    const r = resource('names-a', ['lexicon/anercorp-names.txt']);
    const parsed = loadCompiled(r, dirUrl);
    assert.equal(parsed.via, 'parse');
    writeFileSync(join(dir, 'names-a.bin'), compileResource(r));
    assert.deepEqual(loadCompiled(r, dirUrl), { lines: parsed.lines, via: 'bytes' });
  });

  it('parses again when the compiled file was made from other sources, or is cut short', () => {
    const made = resource('names-b', ['lexicon/anercorp-names.txt']);
    const now = resource('names-b', ['lexicon/anercorp-names.txt', 'lexicon/anercorp-counts.txt']);
    writeFileSync(join(dir, 'names-b.bin'), compileResource(made));
    assert.equal(loadCompiled(now, dirUrl).via, 'parse');
    writeFileSync(join(dir, 'names-b.bin'), compileResource(now).subarray(0, 10));
    assert.equal(loadCompiled(now, dirUrl).via, 'parse');
  });

  it('parses again when the compiled file has another layout (an older build\'s)', () => {
    const r = resource('names-c', ['lexicon/anercorp-names.txt']);
    const bytes = compileResource(r);
    new DataView(bytes.buffer, bytes.byteOffset).setInt32(0, 0x31445352, true); // "RSD1", the first layout
    writeFileSync(join(dir, 'names-c.bin'), bytes);
    assert.equal(loadCompiled(r, dirUrl).via, 'parse');
  });

  it('names a missing data file in its error', () => {
    assert.throws(() => loadCompiled(resource('missing', ['lexicon/no-such-file.txt']), dirUrl), (err: Error & { code?: string }) => err.code === 'E_DATA' && /data\/lexicon\/no-such-file\.txt/u.test(err.message));
  });
  it('gives the bundled lexicon back word for word from its compiled form', () => {
    writeFileSync(join(dir, 'lexicon.bin'), compileResource(LEXICON_RESOURCE));
    const table = loadCompiled(LEXICON_RESOURCE, dirUrl);
    const text = parseLexicon(readDataText('lexicon/ayaspell-stems.txt'), readDataText('lexicon/anercorp-names.txt'));
    assert.equal(table.size, text.size);
    const words = readDataText('lexicon/ayaspell-stems.txt').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]!.trim());
    for (const w of words) assert.equal(table.get(w), text.get(w), w);
    for (const w of ['سياراتهم', 'xyz', '']) assert.equal(table.get(w), text.get(w));
  });
});

describe('compiled counts, foreign-shape weights and stopwords', () => {
  it('give back from their compiled form what their texts give', () => {
    for (const r of [COUNTS_RESOURCE, FOREIGN_SHAPE_RESOURCE, STOPWORDS_RESOURCE] as Array<CompiledResource<unknown>>) {
      writeFileSync(join(dir, `${r.name}.bin`), compileResource(r));
      // Reading the compiled file is what loadCompiled does when it is there; the texts give the rest.
      const fromFile = loadCompiled(r, dirUrl);
      const fromTexts = r.parse(r.sources.map(readDataText));
      if (fromFile instanceof LexiconTable) {
        const table = fromTexts as LexiconTable;
        assert.equal(fromFile.size, table.size);
        for (const line of readDataText('lexicon/anercorp-counts.txt').split('\n').filter((l) => l && !l.startsWith('#'))) {
          const w = line.split('\t')[0]!.trim();
          assert.equal(fromFile.get(w), table.get(w), w);
        }
      } else assert.deepEqual(fromFile, fromTexts, r.name);
    }
  });
});

describe('LexiconTable bytes', () => {
  it('round-trips any table, also from bytes that do not start on an 8-byte boundary', () => {
    const words = new Map<string, number>([['سيارة', 3], ['كتب', 0.5], ['قال', -7], ['ب', 1e12]]);
    const table = LexiconTable.fromMap(words);
    const bytes = table.toBytes();
    const shifted = new Uint8Array(bytes.length + 3).subarray(3);
    shifted.set(bytes);
    for (const back of [LexiconTable.fromBytes(bytes), LexiconTable.fromBytes(shifted)]) {
      assert.equal(back.size, 4);
      for (const [w, v] of words) assert.equal(back.get(w), v);
      assert.equal(back.getJoined('سيارتان', 4, 'ة'), 3);
      assert.equal(back.get('سيار'), undefined);
    }
  });

  it('finds every word of its map and no other, whole, joined or from prefix hashes, and so does its copy from bytes', () => {
    const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوية'];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (listed, others) => {
        const map = new Map(listed.map((w, i) => [w, i + 1]));
        const table = LexiconTable.fromMap(map);
        const prefixes = new Int32Array(16);
        for (const t of [table, LexiconTable.fromBytes(table.toBytes())]) {
          for (const w of [...listed, ...others]) {
            assert.equal(t.get(w), map.get(w));
            prefixHashes(w, prefixes);
            for (let end = 0; end <= w.length; end++) {
              for (const ending of ['', 'ة', 'ات']) {
                const want = map.get(w.slice(0, end) + ending);
                assert.equal(t.getJoined(w, end, ending), want);
                assert.equal(t.getHashed(prefixes[end]!, w, end, ending), want);
              }
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses bytes of the wrong length', () => {
    const bytes = LexiconTable.fromMap(new Map([['قال', 1]])).toBytes();
    assert.throws(() => LexiconTable.fromBytes(bytes.subarray(0, bytes.length - 8)), /LexiconTable/);
  });
});
