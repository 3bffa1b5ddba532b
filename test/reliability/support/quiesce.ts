import type { TestApp } from '../../support/app-harness';
import { advanceClock } from './virtual-clock';

/** Five minutes: the scheduled poll's period. Six and a bit: past the run lock's lease. */
export const POLL_PERIOD_MS = 5 * 60_000;
export const PAST_LEASE_MS = 6 * 60_000 + 1_000;

/** Writes the app made to Jira and PeopleForce so far. */
export function writesSoFar(app: TestApp): number {
  const peopleforceWrites = app.peopleforceSim!.control.requestLog.filter(
    (entry) => entry.method !== 'GET',
  ).length;
  return app.jiraWrites() + peopleforceWrites;
}

/** Runs a handler that an injected crash or fault may stop; the host has recorded how it ended. */
export async function survive(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch {
    // A crashed or failed invocation ends like this in Forge too: the next trigger carries on.
  }
}

/**
 * What the platform would do next, until the app goes quiet: every five (virtual) minutes a scheduled poll and
 * the sweep, the queue drained. Quiet = a whole pass without any write to Jira or PeopleForce. Returns the
 * passes it took; throws if the app never goes quiet (a loop).
 */
export async function runToQuiescence(app: TestApp, maxPasses = 6): Promise<number> {
  for (let pass = 1; pass <= maxPasses; pass += 1) {
    const before = writesSoFar(app);
    advanceClock(POLL_PERIOD_MS);
    await survive(() => app.poll());
    await survive(() => app.sweep());
    await app.settleEvents();
    if (writesSoFar(app) === before) return pass;
  }
  throw new Error(
    `the app still wrote to Jira or PeopleForce after ${maxPasses} passes: it does not converge`,
  );
}
