/** `rasd adapt [inputs…] [--db STORE] [--out FILE]`: the tagger learns from the user's own articles. */
import { existsSync, writeFileSync } from 'node:fs';
import { parseFieldMap } from '../../ingest/records/field-map.js';
import { ADAPTED_MODEL_COMMENTS, AdaptCorpus, adaptModel } from '../../ner/adapt.js';
import { writeModelFile } from '../../ner/model-file.js';
import type { TrainingOptions } from '../../ner/train.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EXIT, type Command } from '../command.js';
import { dbPath } from '../db-option.js';
import { runExtraction } from '../extract-run.js';
import { write } from '../io.js';

export const adaptCommand: Command = {
  name: 'adapt',
  summary: "adapt the entity tagger to your own articles (word clusters, then training again)",
  help: `Usage: rasd adapt [INPUT…] [--db FILE] [--out FILE] [--dev]

Learns word clusters from your articles, then trains the entity tagger again on ANERcorp's
training part (shipped in data/ner) with the clusters as features. Names the training data
never saw, but that your news uses as it uses names, are then found. About 4 minutes for
15 days of news (26,000 articles) on one core.

The articles are the INPUTs (any input \`rasd extract\` reads), and with --db also every
article stored there. At least one of the two is needed. Problems in the inputs are reported
on stderr; the exit code is 1 only when an input could not be read.

Where the model goes:
  --db FILE     into the store: every later analysis of that store (rasd ingest, rasd
                serve) tags with it
  --out FILE    into a model file, for rasd tag --model FILE and rasd extract --model FILE
At least one of the two is needed.

Options:
  --dev              keep the last tenth of ANERcorp's sentences out of training and print
                     the model's F1 on them (how eval:ner measures adaptation)
  --epochs N         training passes (default 13); --seeds N models averaged per stage
                     (default 5); --folds N jackknife blocks (default 10): fewer is
                     faster and less accurate
  --outlet NAME      the inputs' outlet, when they do not say
  --map FIELD=key,…  record fields, as for rasd extract
  --encoding NAME    the inputs' encoding; detected when not given
  -h, --help         this help`,
  options: { db: { type: 'string' }, out: { type: 'string' }, dev: { type: 'boolean' }, epochs: { type: 'string' }, seeds: { type: 'string' }, folds: { type: 'string' }, outlet: { type: 'string' }, map: { type: 'string' }, encoding: { type: 'string' } },
  async run({ values, positionals }, io) {
    const db = dbPath(values.db);
    const out = values.out as string | undefined;
    if (!db && !out) {
      await write(io.stderr, 'rasd adapt: say where the model goes: --db FILE (or RASD_DB), --out FILE, or both\n');
      return EXIT.usage;
    }
    if (!positionals.length && !db) {
      await write(io.stderr, 'rasd adapt: give the articles to learn from: INPUT… or --db FILE\n');
      return EXIT.usage;
    }
    if (db && !existsSync(db)) {
      await write(io.stderr, `rasd adapt: no database at "${db}" (create one with: rasd ingest INPUT… --db ${db})\n`);
      return EXIT.usage;
    }
    const training: Partial<TrainingOptions> = {};
    for (const name of ['epochs', 'seeds', 'folds'] as const) {
      const v = values[name];
      if (v === undefined) continue;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100) {
        await write(io.stderr, `rasd adapt: --${name} must be a whole number from 1 to 100, got "${String(v)}"\n`);
        return EXIT.usage;
      }
      training[name] = n;
    }
    const log = (line: string): Promise<void> => write(io.stderr, `rasd adapt: ${line}\n`);
    const corpus = new AdaptCorpus();
    const addArticle = (a: { headline: string | null; paragraphs: readonly string[] }): void => {
      if (a.headline) corpus.addText(a.headline);
      for (const p of a.paragraphs) corpus.addText(p);
    };
    let code: number = EXIT.ok;
    if (positionals.length) {
      const map = typeof values.map === 'string' ? parseFieldMap(values.map) : undefined;
      const options = { outlet: (values.outlet as string | undefined) ?? null, ...(map ? { map } : {}), ...(values.encoding ? { encoding: values.encoding as string } : {}), analyse: false };
      const stats = await runExtraction(positionals, io, 'adapt', options, (articles) => articles.forEach(addArticle));
      // Records with nothing to learn from (no body) are warnings: the model is still made. An input
      // that could not be read is an error, and the run says so in its exit code.
      code = stats.errors ? EXIT.failure : EXIT.ok;
      await log(`read ${stats.articles.toLocaleString('en')} articles from ${stats.files} inputs (${(stats.bytes / 1e6).toFixed(1)} MB) in ${stats.seconds.toFixed(1)} s`);
    }
    if (db) {
      const store = openSqliteStore(db, { readonly: true });
      let n = 0;
      try {
        for (const a of store.eachArticle()) {
          addArticle(a);
          n++;
        }
      } finally {
        store.close();
      }
      await log(`read ${n.toLocaleString('en')} stored articles from ${db}`);
    }
    if (corpus.skipped > 0) await log(`learned from the first ${corpus.texts.toLocaleString('en')} texts (${corpus.counter.tokens.toLocaleString('en')} tokens); ${corpus.skipped.toLocaleString('en')} more were left out`);
    if (corpus.texts === 0) {
      await write(io.stderr, 'rasd adapt: no article text to learn from\n');
      return EXIT.failure;
    }
    const started = Date.now();
    const adapted = adaptModel(corpus, { dev: values.dev === true, training }, (line) => void log(line));
    const file = writeModelFile(adapted.parts, ADAPTED_MODEL_COMMENTS);
    const summary = `adapted to ${corpus.texts.toLocaleString('en')} texts (${adapted.clusterReport.tokens.toLocaleString('en')} tokens, ${adapted.clusterReport.words.toLocaleString('en')} clustered words)`;
    if (out) {
      writeFileSync(out, file);
      await log(`wrote ${out} (${(file.length / 1e6).toFixed(2)} MB)`);
    }
    if (db) {
      const store = openSqliteStore(db);
      try {
        store.saveNerModel(file, summary);
      } finally {
        store.close();
      }
      await log(`kept the model in ${db}: its later analyses tag with it`);
    }
    await log(`${summary}; trained in ${((Date.now() - started) / 1000).toFixed(0)} s${adapted.dev ? `; dev micro F1 ${adapted.dev.document.micro.f1.toFixed(2)}` : ''}`);
    return code;
  },
};
