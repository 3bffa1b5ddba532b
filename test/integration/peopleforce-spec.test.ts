import { generateCompany } from '../../local/peopleforce-sim/generate-company';
import { createNodeHttpPort } from '../../local/peopleforce-sim/node-http-port';
import {
  startPeopleForceSimulator,
  type PeopleForceSimulator,
} from '../../local/peopleforce-sim/peopleforce-simulator';
import { FakeClock } from '../fixtures/peopleforce/fake-clock';
import {
  declaredOperation,
  loadPeopleForceSpec,
  schemaNamed,
  validateAgainst,
} from '../fixtures/peopleforce/openapi-subset';
import { PeopleForceClient } from '../../src/peopleforce/client';

/** The simulator is only worth testing against if it speaks PeopleForce's API as PeopleForce's own spec describes it. */
const spec = loadPeopleForceSpec();
const http = createNodeHttpPort();
const company = generateCompany({ seed: 51, employees: 40, tasks: 500, completedRatio: 0.4 });
let sim: PeopleForceSimulator;

beforeAll(async () => {
  sim = await startPeopleForceSimulator({ company });
});
afterAll(async () => {
  await sim.close();
});

async function getJson(
  path: string,
  method: 'GET' | 'POST' = 'GET',
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await http(`${sim.url}${path}`, {
    method,
    headers: { 'X-API-KEY': sim.apiKey },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status).toBe(200);
  return JSON.parse(await response.text()) as Record<string, unknown>;
}

async function everyPage(path: string): Promise<unknown[]> {
  const records: unknown[] = [];
  for (let page = 1; ; page += 1) {
    const body = await getJson(`${path}${path.includes('?') ? '&' : '?'}page=${page}`);
    const data = body.data as unknown[];
    if (data.length === 0) return records;
    records.push(...data);
  }
}

describe('PeopleForce simulator against the PeopleForce OpenAPI spec', () => {
  const task = schemaNamed(spec, 'Task');

  it('serves open and completed tasks whose fields have the spec Task types', async () => {
    const served = [
      ...(await everyPage('/tasks?completed=false')),
      ...(await everyPage('/tasks?completed=true')),
    ];
    expect(served).toHaveLength(company.tasks.length);
    expect(served.flatMap((record) => validateAgainst(spec, task, record))).toEqual([]);
  });

  it('serves the spec Pagination counters, nested under metadata.pagination', async () => {
    const body = await getJson('/tasks');
    const metadata = body.metadata as { pagination: unknown };
    expect(validateAgainst(spec, schemaNamed(spec, 'Pagination'), metadata.pagination)).toEqual([]);
  });

  it('answers POST /tasks with a spec Task, and lists employee tasks as spec Tasks', async () => {
    const employee = company.employees[4]!;
    const created = await getJson('/tasks', 'POST', { name: 'Sign NDA', employee_id: employee.id });
    expect(validateAgainst(spec, task, created.data)).toEqual([]);
    const assigned = await everyPage(`/employees/${employee.id}/tasks`);
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.flatMap((record) => validateAgainst(spec, task, record))).toEqual([]);
  });

  it('serves employees as spec EmployeeSimple in lists and spec Employee one by one', async () => {
    const listed = await everyPage('/employees?status=all');
    expect(listed).toHaveLength(company.employees.length);
    expect(
      listed.flatMap((record) => validateAgainst(spec, schemaNamed(spec, 'EmployeeSimple'), record)),
    ).toEqual([]);
    const one = await getJson(`/employees/${company.employees[7]!.id}`);
    expect(validateAgainst(spec, schemaNamed(spec, 'Employee'), one.data)).toEqual([]);
  });

  it('catches a record that breaks the spec types (the check can fail)', async () => {
    const [newest] = (await getJson('/tasks')).data as Array<{ id: number }>;
    sim.control.malformNext([newest!.id]);
    const [damaged] = (await getJson('/tasks')).data as unknown[];
    expect(validateAgainst(spec, task, damaged)).toEqual(['$.id: expected integer, got "abc"']);
  });
});

describe('PeopleForce client requests against the PeopleForce OpenAPI spec', () => {
  it('only calls paths, methods and query parameters that the spec declares', async () => {
    sim.control.clearRequestLog();
    const client = new PeopleForceClient({
      http,
      apiKey: () => Promise.resolve(sim.apiKey),
      clock: new FakeClock(),
      baseUrl: sim.url,
    });
    for await (const page of client.listTaskPages(true)) expect(page.tasks.length).toBeGreaterThan(0);
    const open = [...sim.state.tasks.values()].find((candidate) => !candidate.completed)!;
    await client.completeTask(open.id);
    await client.incompleteTask(open.id);
    await client.createTask({
      name: 'Order access badge',
      employeeId: company.employees[2]!.id,
      endsOn: '2026-04-01',
    });
    await client.findEmployeesByEmail([company.employees[3]!.email]);
    for await (const page of client.listEmployeeTaskPages(open.assigned_to.id)) {
      expect(page.tasks.every((task) => task.assigned_to?.id === open.assigned_to.id)).toBe(true);
    }
    await client.testConnection();

    const calls = sim.control.requestLog.map((entry) => ({
      call: `${entry.method} ${entry.path}`,
      operation: declaredOperation(spec, entry.method, entry.path.replace('/api/public/v3', '')),
      query: Object.keys(entry.query),
    }));
    expect(new Set(calls.map((call) => call.operation?.template))).toEqual(
      new Set([
        '/tasks',
        '/tasks/{id}/complete',
        '/tasks/{id}/incomplete',
        '/employees',
        '/employees/{employee_id}/tasks',
      ]),
    );
    for (const call of calls) {
      expect({
        call: call.call,
        undeclared: call.query.filter((name) => !call.operation?.queryParameters.includes(name)),
      }).toEqual({
        call: call.call,
        undeclared: [],
      });
    }
  });
});
