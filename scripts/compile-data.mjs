// Run by `npm run build` after tsc: compiles the bundled resources into dist/compiled (see src/text/compiled-data.ts).
import { compileAll } from '../dist/text/compile-data.js';

for (const { name, bytes } of compileAll()) console.log(`compiled ${name}: ${(bytes / 1e6).toFixed(1)} MB`);
