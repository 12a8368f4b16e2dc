/** Expands the CLI's inputs into named byte buffers: files, folders (recursively), .zip entries, .gz files and stdin. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import yauzl from 'yauzl';

/** One input to decode, or the reason it could not be read. */
export type InputItem = { name: string; bytes: Uint8Array } | { name: string; error: string };

/** Inputs larger than this are refused with a message rather than read. */
export const MAX_INPUT_BYTES = 1 << 30;

function zipEntries(path: string): Promise<InputItem[]> {
  return new Promise((resolve) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return resolve([{ name: path, error: `not a readable zip archive: ${err?.message ?? 'unknown error'}` }]);
      const out: InputItem[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = `${path}!${entry.fileName}`;
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        if (entry.uncompressedSize > MAX_INPUT_BYTES) {
          out.push({ name, error: `entry of ${entry.uncompressedSize} bytes is over the ${MAX_INPUT_BYTES}-byte limit` });
          return zip.readEntry();
        }
        zip.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) {
            out.push({ name, error: `cannot read entry: ${e2?.message ?? 'unknown error'}` });
            return zip.readEntry();
          }
          const parts: Buffer[] = [];
          stream.on('data', (c: Buffer) => parts.push(c));
          stream.on('error', (e3) => {
            out.push({ name, error: `corrupt entry: ${e3.message}` });
            zip.readEntry();
          });
          stream.on('end', () => {
            out.push({ name, bytes: Buffer.concat(parts) });
            zip.readEntry();
          });
        });
      });
      zip.on('error', (e) => {
        out.push({ name: path, error: `corrupt zip archive: ${(e as Error).message}` });
        resolve(out);
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

/** Every input item under `inputs` (`-` is stdin), in a stable order. */
export async function* readInputs(inputs: readonly string[], stdin: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      const parts: Buffer[] = [];
      for await (const c of stdin) parts.push(Buffer.from(c as Uint8Array));
      yield { name: '<stdin>', bytes: Buffer.concat(parts) };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield { name: input, error: (err as Error).message };
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => !n.startsWith('.')).sort();
      yield* readInputs(names.map((n) => join(input, n)), stdin);
    } else if (info.size > MAX_INPUT_BYTES) {
      yield { name: input, error: `file of ${info.size} bytes is over the ${MAX_INPUT_BYTES}-byte limit` };
    } else if (input.toLowerCase().endsWith('.zip')) {
      yield* await zipEntries(input);
    } else if (input.toLowerCase().endsWith('.gz')) {
      try {
        yield { name: input.slice(0, -3), bytes: gunzipSync(await readFile(input), { maxOutputLength: MAX_INPUT_BYTES }) };
      } catch (err) {
        yield { name: input, error: `not a readable gzip file: ${(err as Error).message}` };
      }
    } else {
      yield { name: input, bytes: await readFile(input) };
    }
  }
}
