import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../../test/fixtures/host-app/fixture-host';
import { createForgeQueue } from './forge-queue';

/** The queue adapter over @forge/events' Queue, pushing to the fixture app's work-queue. */
let host: LocalHost;
const queue = createForgeQueue('work-queue');

beforeEach(() => {
  host = createFixtureHost();
});

afterEach(async () => {
  await host.close();
});

it('pushes the body to the named queue, with the delay asked for', async () => {
  await queue.push({ action: 'record', taskId: 3 }, 120);
  expect(host.pendingEvents()).toEqual([
    expect.objectContaining({
      queueName: 'work-queue',
      body: { action: 'record', taskId: 3 },
      delaySeconds: 120,
    }),
  ]);
});

it('keeps a delay within the 0-900 s Forge allows, in whole seconds', async () => {
  await queue.push({ n: 1 }, 1200);
  await queue.push({ n: 2 }, 2.2);
  await queue.push({ n: 3 });
  expect(host.pendingEvents().map((event) => [event.body.n, event.delaySeconds])).toEqual([
    [3, 0],
    [2, 3],
    [1, 900],
  ]);
});
