// The bounded work queue: a limit on work under way and waiting, arrival order, one job per turn of the loop.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError } from '../../src/api/errors.js';
import { createWorkQueue } from '../../src/api/work-queue.js';

const code = (err: unknown): string => (err instanceof ApiError ? err.code : String(err));

describe('createWorkQueue', () => {
  it('runs jobs in arrival order and refuses those past the limit at once with overloaded', async () => {
    const q = createWorkQueue({ concurrency: 1, limit: 3, label: 'jobs' });
    const order: number[] = [];
    const runs = [1, 2, 3, 4, 5].map((n) => q.run(() => order.push(n)).then(() => 'ok', code));
    assert.equal(q.size, 3);
    assert.deepEqual(await Promise.all(runs), ['ok', 'ok', 'ok', 'overloaded', 'overloaded']);
    assert.deepEqual(order, [1, 2, 3]);
    assert.equal(q.size, 0);
    // Room again once they are done.
    assert.equal(await q.run(() => 'again'), 'again');
  });
  it('starts one job per turn of the event loop, so what arrives meanwhile is seen between two jobs', async () => {
    const q = createWorkQueue({ concurrency: 1, limit: 10, label: 'jobs' });
    const seen: string[] = [];
    const jobs = [1, 2, 3].map((n) => q.run(() => seen.push(`job ${n}`)));
    // An I/O-like callback queued now runs before the second job starts.
    setImmediate(() => seen.push('between'));
    await Promise.all(jobs);
    assert.deepEqual(seen, ['job 1', 'between', 'job 2', 'job 3']);
  });
  it('runs jobs back to back for `slice` ms before the loop turns', async () => {
    const q = createWorkQueue({ concurrency: 1, limit: 10, label: 'jobs', slice: 10_000 });
    const seen: string[] = [];
    const jobs = [1, 2, 3].map((n) => q.run(() => seen.push(`job ${n}`)));
    setImmediate(() => seen.push('between'));
    await Promise.all(jobs);
    await nextTurn();
    assert.deepEqual(seen, ['job 1', 'job 2', 'job 3', 'between']);
  });
  it('runs at most `concurrency` async jobs at once', async () => {
    const q = createWorkQueue({ concurrency: 2, limit: 10, label: 'jobs' });
    let now = 0;
    let most = 0;
    const job = async (): Promise<void> => {
      most = Math.max(most, ++now);
      await nextTurn();
      await nextTurn();
      now--;
    };
    await Promise.all(Array.from({ length: 6 }, () => q.run(job)));
    assert.equal(most, 2);
  });
  it('counts a place from when it is taken, before its job is queued; a place released unused is free again', async () => {
    const q = createWorkQueue({ concurrency: 1, limit: 2, label: 'jobs' });
    const a = q.enter()!;
    const b = q.enter()!;
    assert.equal(q.enter(), null);
    assert.equal(q.full, true);
    await assert.rejects(q.run(() => 1), (err) => code(err) === 'overloaded');
    b.release();
    b.release(); // once only
    assert.equal(q.size, 1);
    assert.equal(await a.run(() => 'a'), 'a');
    a.release(); // after its job: nothing to give back
    assert.equal(q.size, 0);
    await assert.rejects(a.run(() => 'again'), /runs one job/);
  });
  it('skips a job whose client has gone, and frees its place; a failing job frees its place too', async () => {
    const q = createWorkQueue({ concurrency: 1, limit: 2, label: 'jobs' });
    let ran = false;
    await assert.rejects(q.run(() => (ran = true), () => true), (err) => code(err) === 'timeout');
    assert.equal(ran, false);
    await assert.rejects(q.run(() => {
      throw new Error('boom');
    }), /boom/);
    assert.equal(q.size, 0);
  });
});
