/**
 * Expands the CLI's inputs into named byte streams: files, folders (recursively), .zip entries,
 * .gz files and stdin. Nothing is read whole: each input is a stream of chunks the caller consumes
 * before asking for the next input (zip entries are read one at a time).
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import yauzl from 'yauzl';
import { expandGlob, isGlob } from './glob.js';

/** One input to decode, as a stream of byte chunks (which may fail part-way), or the reason it could not be opened. */
export type InputItem = { name: string; chunks: AsyncIterable<Uint8Array> } | { name: string; error: string };

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => (err || !zip ? reject(err ?? new Error('unknown error')) : resolve(zip))));
}

/** The next entry of a lazily read zip, or null at its end. */
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry): void => (done(), resolve(e));
    const onEnd = (): void => (done(), resolve(null));
    const onError = (e: Error): void => (done(), reject(e));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('unknown error')) : resolve(s))));
}

async function* zipEntries(path: string): AsyncGenerator<InputItem> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (err) {
    yield { name: path, error: `not a readable zip archive: ${(err as Error).message}` };
    return;
  }
  try {
    for (;;) {
      let entry: yauzl.Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch (err) {
        yield { name: path, error: `corrupt zip archive: ${(err as Error).message}` };
        return;
      }
      if (!entry) return;
      if (entry.fileName.endsWith('/') || /(^|\/)\./.test(entry.fileName)) continue;
      const name = `${path}!${entry.fileName}`;
      let stream: NodeJS.ReadableStream;
      try {
        stream = await openEntry(zip, entry);
      } catch (err) {
        yield { name, error: `cannot read entry: ${(err as Error).message}` };
        continue;
      }
      yield { name, chunks: stream as AsyncIterable<Uint8Array> };
      // The consumer may stop early (binary input): drain so the archive can move on.
      (stream as NodeJS.ReadableStream & { destroyed?: boolean; resume(): void }).resume();
    }
  } finally {
    zip.close();
  }
}

function gunzipFile(path: string): AsyncIterable<Uint8Array> {
  const gunzip = createGunzip();
  pipeline(createReadStream(path), gunzip, () => {}); // errors surface in the consumer's loop
  return gunzip;
}

/** Every input item under `inputs` (`-` is stdin), in a stable order. */
export async function* readInputs(inputs: readonly string[], stdin: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield { name: '<stdin>', chunks: stdin as AsyncIterable<Uint8Array> };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      if (isGlob(input)) {
        const paths = await expandGlob(input);
        if (paths.length) yield* readInputs(paths, stdin);
        else yield { name: input, error: 'no file matches this pattern' };
        continue;
      }
      yield { name: input, error: (err as Error).message };
      continue;
    }
    const lower = input.toLowerCase();
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => !n.startsWith('.')).sort();
      yield* readInputs(names.map((n) => join(input, n)), stdin);
    } else if (lower.endsWith('.zip')) {
      yield* zipEntries(input);
    } else if (lower.endsWith('.gz')) {
      yield { name: input.slice(0, -3), chunks: gunzipFile(input) };
    } else {
      yield { name: input, chunks: createReadStream(input, { highWaterMark: 1 << 20 }) };
    }
  }
}
