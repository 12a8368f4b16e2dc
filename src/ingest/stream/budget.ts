/**
 * A time budget for extraction that really stops the work. JavaScript cannot interrupt a running
 * function, and a backtracking regex never returns to a loop that could look at a clock; but V8
 * stops a script run with `vm`'s `timeout` wherever it is, inside a regex too (a watchdog thread
 * terminates the run). So the work is called from a one-line script run with that timeout: past
 * the budget it is abandoned and the caller learns it was over. The work is plain synchronous code
 * of this realm; it keeps no state but what it returns (a lazily loaded table is assigned only once
 * it is whole, so a stopped run leaves it unset, never half built).
 */
import vm from 'node:vm';
import type { StreamLimits } from './limits.js';

/** What a run that went past its budget gives instead of a result. */
export const OVER_BUDGET: unique symbol = Symbol('over budget');

/** Runs extraction work on `size` characters within the time allowed for that size. */
export type BudgetRunner = <T>(size: number, work: () => T) => T | typeof OVER_BUDGET;

let sandbox: vm.Context | undefined;
let script: vm.Script | undefined;

/** The result of `work`, or {@link OVER_BUDGET} when it ran for more than `ms` milliseconds and was stopped. */
export function runWithin<T>(ms: number, work: () => T): T | typeof OVER_BUDGET {
  sandbox ??= vm.createContext({});
  script ??= new vm.Script('work()');
  const outer: unknown = sandbox.work;
  sandbox.work = work;
  try {
    return script.runInContext(sandbox, { timeout: Math.max(1, Math.ceil(ms)) }) as T;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return OVER_BUDGET;
    throw err;
  } finally {
    sandbox.work = outer;
  }
}

/** Milliseconds extraction of `size` characters may take under `limits`: linear in the size. */
export function budgetFor(limits: Pick<StreamLimits, 'budget' | 'budgetPerMillion'>, size: number): number {
  return limits.budget + (limits.budgetPerMillion * size) / 1e6;
}

/** The runner of `limits`: every run within its budget, or no budget at all when `limits.budget` is 0. */
export function budgetRunner(limits: Pick<StreamLimits, 'budget' | 'budgetPerMillion'>): BudgetRunner {
  if (limits.budget <= 0) return (_size, work) => work();
  return (size, work) => runWithin(budgetFor(limits, size), work);
}
