/** Opens the store a reading command names with --db, or explains why it cannot. */
import { existsSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { dbPath } from './db-option.js';
import { write, type CliIO } from './io.js';

/** The store at `--db`, opened for reading; null (after a message) when there is none. */
export async function openForReading(command: string, option: unknown, io: CliIO): Promise<Store | null> {
  const db = dbPath(option);
  if (!db) {
    await write(io.stderr, `rasd ${command}: --db FILE (or RASD_DB) is required\n`);
    return null;
  }
  if (!existsSync(db)) {
    await write(io.stderr, `rasd ${command}: no database at "${db}" (create one with: rasd ingest INPUT… --db ${db})\n`);
    return null;
  }
  return openSqliteStore(db, { readonly: true });
}
