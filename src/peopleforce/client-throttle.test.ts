import { generateCompany } from '../../local/peopleforce-sim/generate-company';
import {
  collectPages,
  startClientHarness,
  type ClientHarness,
} from '../../test/fixtures/peopleforce/client-harness';
import { maxCallsPerWindow } from '../../test/fixtures/peopleforce/recording-http';

const company = generateCompany({ seed: 41, employees: 20, tasks: 300, completedRatio: 0 });
let harness: ClientHarness;
afterEach(async () => {
  await harness.close();
});

describe('PeopleForceClient throttle (measured on the fake clock)', () => {
  it('keeps paging at no more than 5 requests in any second by default', async () => {
    harness = await startClientHarness({ simulator: { company, pageSize: 10 } });
    const pages = await collectPages(harness.client.listTaskPages(false));
    expect(pages).toHaveLength(30);
    expect(maxCallsPerWindow(harness.calls, 1000)).toBe(5);
    const span = harness.calls.at(-1)!.atMs - harness.calls[0]!.atMs;
    expect(span).toBe(29 * 200);
  });

  it('honours a configured rate', async () => {
    harness = await startClientHarness({
      simulator: { company, pageSize: 10 },
      client: { maxRequestsPerSecond: 2 },
    });
    await collectPages(harness.client.listTaskPages(false));
    expect(maxCallsPerWindow(harness.calls, 1000)).toBe(2);
  });

  it('queues concurrent callers instead of letting them through together', async () => {
    harness = await startClientHarness({ simulator: { company } });
    const ids = [...harness.sim.state.tasks.keys()].slice(0, 12);
    await Promise.all(ids.map((id) => harness.client.completeTask(id)));
    expect(harness.calls).toHaveLength(12);
    expect(maxCallsPerWindow(harness.calls, 1000)).toBeLessThanOrEqual(5);
    expect(ids.every((id) => harness.sim.state.task(id).completed)).toBe(true);
  });

  it('does not wait before a request when the budget has refilled', async () => {
    harness = await startClientHarness({ simulator: { company } });
    const [first, second] = [...harness.sim.state.tasks.keys()];
    await harness.client.completeTask(first!);
    harness.clock.advance(1000);
    await harness.client.completeTask(second!);
    expect(harness.clock.sleeps).toEqual([]);
  });
});
