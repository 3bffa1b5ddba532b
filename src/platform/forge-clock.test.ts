import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../../test/fixtures/host-app/fixture-host';
import { createForgeClock } from './forge-clock';

/** The clock adapter: the invocation's remaining time comes from getAppContext(). */
let host: LocalHost;
const clock = createForgeClock();

beforeEach(() => {
  host = createFixtureHost({ deadlineScale: 0.01 });
});

afterEach(async () => {
  await host.close();
});

it('reports the time left in the current invocation (poll: 300 s scaled to 3 s)', async () => {
  const remaining = await host.runAs('poll', async () => {
    await clock.sleep(50);
    return clock.remainingMs();
  });
  expect(remaining).toBeLessThanOrEqual(2950);
  expect(remaining).toBeGreaterThan(2500);
});

it('reports an unbounded budget outside an invocation', () => {
  expect(clock.remainingMs()).toBe(Number.MAX_SAFE_INTEGER);
});

it('tells the current time', () => {
  expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
});
