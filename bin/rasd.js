#!/usr/bin/env node
// Thin launcher: all logic lives in the compiled CLI.
import { main } from '../dist/cli/main.js';

// A closed pipe (rasd extract … | head) ends the output quietly, as Unix tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2));
