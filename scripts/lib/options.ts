// The command line of a script: node:util's parseArgs, with a wrong option answered by its message and
// the script's usage, and exit code 2, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The option values of `process.argv`, or the usage and exit 2 for a wrong one. */
export function readOptions<O extends NonNullable<ParseArgsConfig['options']>>(script: string, usage: string, options: O): ReturnType<typeof parseArgs<{ options: O }>>['values'] {
  try {
    return parseArgs({ options }).values;
  } catch (err) {
    console.error(`${script}: ${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}
