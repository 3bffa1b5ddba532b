import { getAppContext } from '@forge/api';
import type { ClockPort } from './ports';

/** Outside a Forge invocation (a script, a test) nothing stops the work, so the budget is unbounded. */
const OUTSIDE_INVOCATION_MS = Number.MAX_SAFE_INTEGER;

/** The clock port: wall time, and the time left in the current Forge invocation. */
export function createForgeClock(): ClockPort {
  return {
    now: () => new Date(),
    remainingMs,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

function remainingMs(): number {
  let context: ReturnType<typeof getAppContext>;
  try {
    context = getAppContext();
  } catch {
    // getAppContext throws when there is no Forge runtime or no current invocation.
    return OUTSIDE_INVOCATION_MS;
  }
  return context.invocationRemainingTimeInMillis();
}
