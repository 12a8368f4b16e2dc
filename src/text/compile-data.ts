/**
 * `npm run build` runs this once tsc is done: it compiles each bundled resource that has a compiled
 * form into dist/compiled/NAME.bin (see compiled-data.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { COMPILED_DIR, compileResource, type CompiledResource } from './compiled-data.js';
import { FOREIGN_SHAPE_RESOURCE } from './foreign-shape.js';
import { NAMES_RESOURCE } from './known-names.js';
import { LEXICON_RESOURCE } from './lexicon.js';
import { STOPWORDS_RESOURCE } from './stopwords.js';
import { COUNTS_RESOURCE } from './word-counts.js';

/** The resources compiled at build time. */
export const COMPILED_RESOURCES: ReadonlyArray<CompiledResource<unknown>> = [LEXICON_RESOURCE, NAMES_RESOURCE, COUNTS_RESOURCE, FOREIGN_SHAPE_RESOURCE, STOPWORDS_RESOURCE] as ReadonlyArray<CompiledResource<unknown>>;

/** Writes every compiled resource into `dir`; returns their names and sizes. */
export function compileAll(dir: URL = COMPILED_DIR): Array<{ name: string; bytes: number }> {
  mkdirSync(dir, { recursive: true });
  return COMPILED_RESOURCES.map((r) => {
    const bytes = compileResource(r);
    writeFileSync(new URL(`${r.name}.bin`, dir), bytes);
    return { name: r.name, bytes: bytes.length };
  });
}
