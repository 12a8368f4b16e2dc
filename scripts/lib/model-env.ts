// NER_MODEL=FILE: the news evals tag with that model (one made by `rasd adapt --out`) instead of the
// shipped one, so that adapting can be measured on our own gold.
import { readFileSync } from 'node:fs';
import { useModel } from '../../src/ner/tagger.js';

/** Tags with the model file NER_MODEL names, when it is set; says which on stdout. */
export function useModelFromEnv(): void {
  const path = process.env.NER_MODEL;
  if (!path) return;
  useModel({ bytes: readFileSync(path), name: path });
  console.log(`tagger model: ${path} (NER_MODEL)`);
}
