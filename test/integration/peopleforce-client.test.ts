import { fetch as forgeFetch } from '@forge/api';
import { generateCompany } from '../../local/peopleforce-sim/generate-company';
import {
  startPeopleForceSimulator,
  type PeopleForceSimulator,
} from '../../local/peopleforce-sim/peopleforce-simulator';
import type { HttpPort } from '../../src/platform/ports';
import { PeopleForceClient } from '../../src/peopleforce/client';
import { FakeClock } from '../fixtures/peopleforce/fake-clock';
import { MemoryLog } from '../fixtures/peopleforce/memory-log';

/**
 * The client on the real `@forge/api` egress `fetch` (installed by the local Forge host, which lets loopback
 * through outside an invocation), against the simulator holding a 10,000-task company.
 */
const forgeHttp: HttpPort = (url, init) => forgeFetch(url, init);
const company = generateCompany({ seed: 61, employees: 400, tasks: 10_000, completedRatio: 0.35 });
let sim: PeopleForceSimulator;

beforeAll(async () => {
  sim = await startPeopleForceSimulator({ company });
});
afterAll(async () => {
  await sim.close();
});

function newClient(clock: FakeClock, log: MemoryLog, apiKey = sim.apiKey): PeopleForceClient {
  return new PeopleForceClient({
    http: forgeHttp,
    apiKey: () => Promise.resolve(apiKey),
    clock,
    baseUrl: sim.url,
    log,
  });
}

describe('PeopleForceClient over @forge/api fetch', () => {
  it('lists all 10,000 tasks page by page, newest first, within the 5 requests/s budget', async () => {
    sim.control.clearRequestLog();
    const clock = new FakeClock();
    const client = newClient(clock, new MemoryLog());
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const startedVirtual = clock.now().getTime();
    const listed: Record<'open' | 'completed', number[]> = { open: [], completed: [] };
    for (const completed of [false, true]) {
      for await (const page of client.listTaskPages(completed)) {
        expect(page.malformed).toEqual([]);
        listed[completed ? 'completed' : 'open'].push(...page.tasks.map((task) => task.id));
      }
    }
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const virtualMs = clock.now().getTime() - startedVirtual;
    const expectedOpen = company.tasks
      .filter((task) => !task.completed)
      .map((task) => task.id)
      .reverse();
    const expectedCompleted = company.tasks
      .filter((task) => task.completed)
      .map((task) => task.id)
      .reverse();
    expect(listed.open).toEqual(expectedOpen);
    expect(listed.completed).toEqual(expectedCompleted);
    const requests = Math.ceil(expectedOpen.length / 50) + Math.ceil(expectedCompleted.length / 50);
    expect(sim.control.requestCount).toBe(requests);
    expect(virtualMs).toBe((requests - 1) * 200);
    // CPU time of this process (simulator and client both), so that a busy machine does not fail the test.
    expect(cpuMs).toBeLessThan(6000);
    console.info(
      `listed 10,000 tasks in ${requests} requests: ${Math.round(wallMs)} ms wall, ${Math.round(cpuMs)} ms CPU, ${virtualMs / 1000} s at 5 req/s`,
    );
  });

  it('completes and reopens a task', async () => {
    const clock = new FakeClock();
    const client = newClient(clock, new MemoryLog());
    const task = company.tasks.find((candidate) => !candidate.completed)!;
    await client.completeTask(task.id);
    expect(sim.state.task(task.id).completed).toBe(true);
    await client.incompleteTask(task.id);
    expect(sim.state.task(task.id).completed).toBe(false);
  });

  it('recovers from a 429 and a 503 without losing or repeating a page', async () => {
    const clock = new FakeClock();
    const log = new MemoryLog();
    const client = newClient(clock, log);
    sim.control.failNext(1, { status: 429, retryAfter: '2' });
    sim.control.failNext(1, { status: 503 });
    const ids: number[] = [];
    for await (const page of client.listTaskPages(true)) ids.push(...page.tasks.map((task) => task.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(company.tasks.filter((task) => task.completed).length);
    expect(log.events('peopleforce.retry').map((line) => line.fields.status)).toEqual([429, 503]);
  });

  it('reports a bad key through testConnection, with no secret in the message', async () => {
    const result = await newClient(new FakeClock(), new MemoryLog(), 'not-the-key').testConnection();
    expect(result).toMatchObject({ ok: false, reason: 'bad_key' });
    expect(JSON.stringify(result)).not.toContain('not-the-key');
  });
});
