// Run by `npm run build` after tsc: each worker thread's module and what it imports, as one file
// beside it (see src/worker-url.ts). A worker started on the many small modules tsc writes spent
// about 100 ms of its start resolving and loading them through Node's ES module loader; on
// `rasd analyze` of 14 MB of news, that worker's start is on the run's critical path.
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { build } from 'esbuild';

const WORKERS = ['dist/cli/term-reader-worker.js', 'dist/analysis/pool-worker.js'];

for (const entry of WORKERS) {
  const outfile = entry.replace(/\.js$/, '.bundle.js');
  // Packages stay imports (native addons, and what they load, are found in node_modules as before).
  // The bundle sits in its entry's folder, one below dist/, as every module that finds its data
  // through import.meta.url does, so their relative URLs still lead to the same files.
  const result = await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', sourcemap: true, logLevel: 'warning', metafile: true });
  const depth = (file) => relative('dist', dirname(file)).split('/').length;
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.startsWith('dist/') && depth(input) !== depth(entry) && readFileSync(input, 'utf8').includes('import.meta.url')) {
      throw new Error(`${input} finds files through import.meta.url from another folder depth than ${outfile}, where it would look in the wrong place`);
    }
  }
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`bundled ${outfile}: ${(bytes / 1e3).toFixed(0)} kB`);
}
