/** `--model FILE`: tag with an adapted model (`rasd adapt --out FILE`) instead of the shipped one. */
import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { useModel } from '../ner/tagger.js';
import type { Store } from '../store/store.js';

/** Makes this process (and the analysis workers it starts) tag with the model file at `path`, when given. */
export function useModelOption(path: unknown): void {
  if (typeof path !== 'string' || !path) return;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new RasdError('E_USAGE', `cannot read the model file "${path}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  useModel({ bytes, name: path });
}

/** Makes this process tag with the model adapted to `store` (`rasd adapt --db`), when it holds one. */
export function useStoreModel(store: Store, path: string): void {
  const m = store.nerModel();
  if (m) useModel({ bytes: m.bytes, name: `the model adapted to "${path}"` });
}
