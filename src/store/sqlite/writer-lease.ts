/**
 * One writer at a time: a lease row in the store says which process writes it. Taking the lease
 * is one IMMEDIATE transaction, so two processes can never both hold it. A lease whose process
 * is gone (killed, crashed) is taken over: on this host the process is checked by pid and start
 * time; a lease from another host lapses when its heartbeat is older than {@link FOREIGN_STALE_MS}.
 * Readers never need it.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';

/** A lease held from another host counts as abandoned after this long without a heartbeat. */
export const FOREIGN_STALE_MS = 10 * 60_000;

/** Who holds a lease. */
export interface LeaseHolder {
  pid: number;
  host: string;
  /** The process's start time (clock ticks since boot, Linux), 0 where unknown. */
  started: number;
  /** ISO time the lease was taken. */
  since: string;
  /** Milliseconds since the epoch of the last heartbeat. */
  beat: number;
}

/** A process's start time from /proc, or 0 where there is none: it tells a reused pid apart. */
export function processStart(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // Fields after the command name (which may hold spaces) start at field 3; start time is field 22.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[19]) || 0;
  } catch {
    return 0;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the holder of a lease is still there to write. */
export function holderAlive(h: LeaseHolder, now = Date.now()): boolean {
  if (h.host !== hostname()) return now - h.beat < FOREIGN_STALE_MS;
  if (!alive(h.pid)) return false;
  if (h.started === 0) return true;
  const started = processStart(h.pid);
  return started === 0 || started === h.started;
}

export function describeHolder(h: LeaseHolder): string {
  return `process ${h.pid}${h.host === hostname() ? '' : ` on ${h.host}`}, writing since ${h.since}`;
}

export class WriterLease {
  private readonly owner = randomUUID();
  private readonly me = { pid: process.pid, host: hostname(), started: processStart(process.pid) };
  private readonly read: Database.Statement;
  private readonly take: Database.Statement;
  private readonly drop: Database.Statement;
  private readonly touch: Database.Statement;
  private heldNow = false;

  constructor(private readonly db: Database.Database) {
    this.read = db.prepare('SELECT owner, pid, host, started, since, beat FROM writer WHERE id = 1');
    this.take = db.prepare('INSERT OR REPLACE INTO writer (id, owner, pid, host, started, since, beat) VALUES (1, ?, ?, ?, ?, ?, ?)');
    this.drop = db.prepare('DELETE FROM writer WHERE id = 1 AND owner = ?');
    this.touch = db.prepare('UPDATE writer SET beat = ? WHERE id = 1 AND owner = ?');
  }

  get held(): boolean {
    return this.heldNow;
  }

  /** Takes the lease if it is free or abandoned: null when it is ours now, else its live holder. */
  tryTake(): LeaseHolder | null {
    if (this.heldNow) return null;
    return this.db
      .transaction((): LeaseHolder | null => {
        const row = this.read.get() as (LeaseHolder & { owner: string }) | undefined;
        if (row && row.owner !== this.owner && holderAlive(row)) return row;
        const now = Date.now();
        this.take.run(this.owner, this.me.pid, this.me.host, this.me.started, new Date(now).toISOString(), now);
        this.heldNow = true;
        return null;
      })
      .immediate();
  }

  /** Records that the holder is alive (call inside a write transaction). */
  beat(): void {
    if (this.heldNow) this.touch.run(Date.now(), this.owner);
  }

  release(): void {
    if (!this.heldNow) return;
    this.heldNow = false;
    if (this.db.open) this.drop.run(this.owner);
  }
}
