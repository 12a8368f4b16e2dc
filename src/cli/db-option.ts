/** The database a command works on: `--db FILE`, else the RASD_DB environment variable. */
export function dbPath(value: unknown): string | undefined {
  if (typeof value === 'string' && value) return value;
  return process.env.RASD_DB || undefined;
}

