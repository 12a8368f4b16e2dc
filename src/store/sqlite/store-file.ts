/**
 * What a `--db` file is, before anything opens it for writing: absent, empty, a Rasd store, or
 * something else (another application's SQLite database, an archive, random bytes), which Rasd
 * refuses with one line naming the file and what it is, and never modifies.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { RasdError } from '../../errors.js';

/** `PRAGMA application_id` of a Rasd store: the bytes of "Rasd". */
export const RASD_APPLICATION_ID = 0x52617364;

/** The tables every Rasd store has had since its first schema version. */
const RASD_TABLES = ['articles', 'meta'];

const SQLITE_HEADER = 'SQLite format 3\0';

/** A few kinds of file a user may pass by mistake, told by their first bytes. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['a zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['an empty zip archive', [0x50, 0x4b, 0x05, 0x06]],
  ['a gzip file', [0x1f, 0x8b]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
];

function describeBytes(head: Buffer): string {
  for (const [name, bytes] of MAGIC) if (bytes.every((b, i) => head[i] === b)) return name;
  const text = head.toString('utf8');
  if (/^\s*[[{]/.test(text)) return 'a JSON file';
  if (/^\s*</.test(text)) return 'an HTML or XML file';
  if (!text.includes('\uFFFD') && !/[\x00-\x08\x0e-\x1f]/.test(text)) return 'a text file';
  return 'not an SQLite database';
}

/** What lies at a store path. */
export type StoreFileKind = 'absent' | 'empty' | 'rasd';

function refuse(path: string, what: string): never {
  throw new RasdError('E_NOT_STORE', `"${path}" is not a Rasd store (${what}); Rasd leaves it untouched: give another --db path`);
}

/**
 * Checks the file at `path` without changing it: `absent` (or a folder-free missing path),
 * `empty` (a zero-byte file or an SQLite database with no tables, safe to make a store of), or
 * `rasd`. Anything else throws `E_NOT_STORE` naming the file and what it is.
 */
export function checkStoreFile(path: string): StoreFileKind {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) refuse(path, 'a folder');
    size = st.size;
  } catch (err) {
    if (err instanceof RasdError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw new RasdError('E_IO', `cannot read "${path}": ${(err as Error).message}`, { cause: err });
  }
  if (size === 0) return 'empty';
  const head = Buffer.alloc(Math.min(size, 512));
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new RasdError('E_IO', `cannot read "${path}": ${(err as Error).message}`, { cause: err });
  }
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.length < SQLITE_HEADER.length || head.toString('latin1', 0, SQLITE_HEADER.length) !== SQLITE_HEADER) refuse(path, describeBytes(head));
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const app = db.pragma('application_id', { simple: true }) as number;
    if (app === RASD_APPLICATION_ID) return 'rasd';
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    if (app !== 0) refuse(path, `an SQLite database of another application (application_id ${app})`);
    if (!tables.length) return 'empty';
    // A store written before stores were marked: Rasd's tables and a schema version.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && RASD_TABLES.every((t) => tables.includes(t))) return 'rasd';
    const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
    return refuse(path, `an SQLite database of another application, with the tables ${shown}`);
  } catch (err) {
    if (err instanceof RasdError) throw err;
    return refuse(path, `an unreadable SQLite database: ${(err as Error).message}`);
  } finally {
    db?.close();
  }
}
