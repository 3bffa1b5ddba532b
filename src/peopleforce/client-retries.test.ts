import { createNodeHttpPort } from '../../local/peopleforce-sim/node-http-port';
import type { HttpPort } from '../platform/ports';
import {
  collectPages,
  rejectionOf,
  startClientHarness,
  type ClientHarness,
} from '../../test/fixtures/peopleforce/client-harness';
import { PeopleForceClient } from './client';

let harness: ClientHarness;
afterEach(async () => {
  await harness.close();
});

const firstPage = async () => (await collectPages(harness.client.listTaskPages(false)))[0];
const openTaskId = () => [...harness.sim.state.tasks.values()].find((task) => !task.completed)!.id;
const employeeId = () => [...harness.sim.state.employees.keys()][0]!;

describe('PeopleForceClient retries on 429', () => {
  it('waits the Retry-After seconds, then succeeds', async () => {
    harness = await startClientHarness({ simulator: { pageSize: 100 } });
    harness.sim.control.failNext(1, { status: 429, retryAfter: '2' });
    expect((await firstPage())?.tasks.length).toBeGreaterThan(0);
    expect(harness.clock.sleeps).toEqual([2000]);
    expect(harness.sim.control.requestCount).toBe(2);
    expect(harness.log.events('peopleforce.retry')[0]?.fields).toMatchObject({
      status: 429,
      delayMs: 2000,
      attempt: 1,
    });
  });

  it('waits until the HTTP date of Retry-After, then succeeds', async () => {
    harness = await startClientHarness({ simulator: { pageSize: 100 } });
    const retryAt = new Date(harness.clock.now().getTime() + 3000).toUTCString();
    harness.sim.control.failNext(1, { status: 429, retryAfter: retryAt });
    await firstPage();
    expect(harness.clock.sleeps).toEqual([3000]);
  });

  it('backs off exponentially with jitter when no Retry-After is sent', async () => {
    harness = await startClientHarness({ simulator: { pageSize: 100 }, client: { random: () => 0.5 } });
    harness.sim.control.failNext(2, { status: 429 });
    await firstPage();
    expect(harness.clock.sleeps.filter((ms) => ms >= 500)).toEqual([750, 1500]);
  });

  it('retries a POST refused with 429, creating the task once', async () => {
    harness = await startClientHarness();
    const before = harness.sim.state.tasks.size;
    harness.sim.control.failNext(1, { status: 429, retryAfter: '1' });
    const task = await harness.client.createTask({ name: 'Sign NDA', employeeId: employeeId() });
    expect(task.title).toBe('Sign NDA');
    expect(harness.sim.state.tasks.size).toBe(before + 1);
  });

  it('hands a wait longer than maxWaitMs back to the caller instead of sleeping', async () => {
    harness = await startClientHarness({ client: { maxWaitMs: 10_000 } });
    harness.sim.control.failNext(1, { status: 429, retryAfter: '120' });
    const error = await rejectionOf(firstPage());
    expect(error).toMatchObject({
      code: 'rate_limited',
      status: 429,
      retryable: true,
      retryAfterSeconds: 120,
    });
    expect((error as Error).message).toMatch(/Waiting 120 s is more than this run can afford/);
    expect(harness.clock.sleeps.filter((ms) => ms >= 1000)).toEqual([]);
    expect(harness.sim.control.requestCount).toBe(1);
  });

  it('does not sleep past the end of the invocation', async () => {
    harness = await startClientHarness();
    harness.clock.remaining = 1500;
    harness.sim.control.failNext(1, { status: 429, retryAfter: '2' });
    expect(await rejectionOf(firstPage())).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 2 });
  });
});

describe('PeopleForceClient retries on 5xx', () => {
  it('retries a GET after 503 and 500', async () => {
    harness = await startClientHarness({ simulator: { pageSize: 100 } });
    harness.sim.control.failNext(1, { status: 503 });
    harness.sim.control.failNext(1, { status: 500 });
    expect((await firstPage())?.page).toBe(1);
    expect(harness.sim.control.requestCount).toBe(3);
  });

  it('retries a PUT after 502 and completes the task', async () => {
    harness = await startClientHarness();
    const id = openTaskId();
    harness.sim.control.failNext(1, { status: 502, body: '<html>Bad Gateway</html>' });
    await harness.client.completeTask(id);
    expect(harness.sim.state.task(id).completed).toBe(true);
    expect(harness.sim.control.requestCount).toBe(2);
  });

  it('never retries a POST after a 5xx, and says the task may exist', async () => {
    harness = await startClientHarness();
    const before = harness.sim.state.tasks.size;
    harness.sim.control.failNext(1, { status: 500 });
    const error = await rejectionOf(
      harness.client.createTask({ name: 'Sign NDA', employeeId: employeeId() }),
    );
    expect(error).toMatchObject({ code: 'server', status: 500, retryable: false, request: 'POST /tasks' });
    expect((error as Error).message).toMatch(/may or may not have been created/);
    expect(harness.sim.control.requestCount).toBe(1);
    expect(harness.sim.state.tasks.size).toBe(before);
  });

  it('gives up after maxRetries with a retryable error', async () => {
    harness = await startClientHarness({ client: { maxRetries: 2 } });
    harness.sim.control.failNext(10, { status: 500 });
    const error = await rejectionOf(firstPage());
    expect(error).toMatchObject({ code: 'server', status: 500, retryable: true });
    expect(harness.sim.control.requestCount).toBe(3);
  });
});

describe('PeopleForceClient on network errors', () => {
  it('retries a GET when the connection fails, then succeeds', async () => {
    harness = await startClientHarness({ simulator: { pageSize: 100 } });
    const client = clientOver(harness, failingOnce(createNodeHttpPort()));
    const pages = await collectPages(client.listTaskPages(false));
    expect(pages).toHaveLength(1);
    expect(harness.sim.control.requestCount).toBe(1);
  });

  it('does not retry a POST whose connection failed', async () => {
    harness = await startClientHarness();
    const client = clientOver(harness, failingOnce(createNodeHttpPort()));
    const error = await rejectionOf(client.createTask({ name: 'Sign NDA', employeeId: employeeId() }));
    expect(error).toMatchObject({ code: 'network', status: null, retryable: false });
    expect(harness.sim.control.requestCount).toBe(0);
  });

  it('names the cause when PeopleForce cannot be reached at all', async () => {
    harness = await startClientHarness({ client: { maxRetries: 1 } });
    await harness.sim.close();
    const error = await rejectionOf(harness.client.completeTask(1));
    expect(error).toMatchObject({ code: 'network', retryable: true, request: 'PUT /tasks/1/complete' });
    expect((error as Error).message).toMatch(
      /Could not reach PeopleForce for PUT \/tasks\/1\/complete: .*ECONNREFUSED/,
    );
    expect(harness.calls).toHaveLength(2);
  });
});

function failingOnce(http: HttpPort): HttpPort {
  let failed = false;
  return (url, init) => {
    if (failed) return http(url, init);
    failed = true;
    return Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
  };
}

function clientOver(current: ClientHarness, http: HttpPort): PeopleForceClient {
  return new PeopleForceClient({
    http,
    apiKey: () => Promise.resolve(current.sim.apiKey),
    clock: current.clock,
    baseUrl: current.sim.url,
    random: () => 0.5,
  });
}
