import { generateCompany } from '../../local/peopleforce-sim/generate-company';
import { createNodeHttpPort } from '../../local/peopleforce-sim/node-http-port';
import type { HttpPort } from '../platform/ports';
import { startClientHarness, type ClientHarness } from '../../test/fixtures/peopleforce/client-harness';
import { PeopleForceClient } from './client';

let harness: ClientHarness;
afterEach(async () => {
  await harness.close();
});

const tasks = () => [...harness.sim.state.tasks.values()];

describe('PeopleForceClient task operations', () => {
  it('completes an open task and reopens it', async () => {
    harness = await startClientHarness();
    const task = tasks().find((candidate) => !candidate.completed)!;
    await harness.client.completeTask(task.id);
    expect(harness.sim.state.task(task.id)).toMatchObject({
      completed: true,
      completed_at: expect.any(String) as string,
    });
    await harness.client.incompleteTask(task.id);
    expect(harness.sim.state.task(task.id)).toMatchObject({ completed: false, completed_at: null });
    expect(harness.sim.control.requestLog.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      `PUT /api/public/v3/tasks/${task.id}/complete`,
      `PUT /api/public/v3/tasks/${task.id}/incomplete`,
    ]);
  });

  it('completes an already completed task without error', async () => {
    harness = await startClientHarness();
    const task = tasks().find((candidate) => candidate.completed)!;
    await harness.client.completeTask(task.id);
    expect(harness.sim.state.task(task.id).completed_at).toBe(task.completed_at);
  });

  it('creates a task and returns it parsed', async () => {
    harness = await startClientHarness();
    const employee = [...harness.sim.state.employees.values()][2]!;
    const created = await harness.client.createTask({
      name: 'Schedule welcome lunch',
      employeeId: employee.id,
      description: '<p>For the <strong>new</strong> hire</p>',
      startsOn: '2026-03-05',
      endsOn: '2026-03-06',
    });
    expect(created).toMatchObject({
      title: 'Schedule welcome lunch',
      description: '<p>For the <strong>new</strong> hire</p>',
      description_plain: 'For the new hire',
      starts_on: '2026-03-05',
      ends_on: '2026-03-06',
      completed: false,
      assigned_to: { id: employee.id, full_name: employee.full_name, email: employee.email },
      created_by: null,
    });
    expect(harness.sim.state.task(created.id).title).toBe('Schedule welcome lunch');
  });
});

describe('PeopleForceClient.findEmployeesByEmail', () => {
  it('finds employees of any status by email, ignoring case, with literal brackets on the wire', async () => {
    harness = await startClientHarness();
    const all = [...harness.sim.state.employees.values()];
    const leaver = all.find((employee) => !employee.active) ?? all[1]!;
    const wanted = [all[0]!.email.toUpperCase(), leaver.email, 'nobody@elsewhere.example'];
    const { employees, malformed } = await harness.client.findEmployeesByEmail(wanted);
    expect(employees.map((employee) => employee.id).sort()).toEqual([all[0]!.id, leaver.id].sort());
    expect(employees.find((employee) => employee.id === leaver.id)).toMatchObject({
      email: leaver.email,
      department: { name: leaver.department.name },
    });
    expect(malformed).toEqual([]);
    const [request] = harness.sim.control.requestLog;
    expect(request?.rawQuery).toMatch(
      /^status=all&emails\[\]=.+%40.+&emails\[\]=.+&emails\[\]=nobody%40elsewhere\.example&page=1$/,
    );
  });

  it('splits long lists into several requests and keeps only the emails asked for', async () => {
    const company = generateCompany({ seed: 31, employees: 60, tasks: 0 });
    harness = await startClientHarness({ simulator: { company } });
    const wanted = company.employees.slice(0, 40).map((employee) => employee.email);
    const { employees } = await harness.client.findEmployeesByEmail([...wanted, ...wanted]);
    expect(employees).toHaveLength(40);
    const firstPages = harness.sim.control.requestLog.filter((entry) => entry.query.page === '1');
    expect(firstPages.map((entry) => entry.query['emails[]']?.length)).toEqual([25, 15]);
  });

  it('filters on its own when the server ignores the email filter', async () => {
    const company = generateCompany({ seed: 32, employees: 30, tasks: 0 });
    harness = await startClientHarness({ simulator: { company } });
    const direct = createNodeHttpPort();
    const filterDropped: HttpPort = (url, init) => direct(url.replace(/&emails\[\]=[^&]*/g, ''), init);
    const client = new PeopleForceClient({
      http: filterDropped,
      apiKey: () => Promise.resolve(harness.sim.apiKey),
      clock: harness.clock,
      baseUrl: harness.sim.url,
    });
    const target = company.employees[5]!;
    const { employees } = await client.findEmployeesByEmail([target.email]);
    expect(employees.map((employee) => employee.id)).toEqual([target.id]);
    expect(harness.sim.control.requestLog.map((entry) => entry.query['emails[]'])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('makes no request for an empty list', async () => {
    harness = await startClientHarness();
    expect(await harness.client.findEmployeesByEmail([' ', ''])).toEqual({ employees: [], malformed: [] });
    expect(harness.calls).toHaveLength(0);
  });
});

describe('PeopleForceClient.testConnection', () => {
  it('reports how many open tasks the key can see', async () => {
    harness = await startClientHarness();
    const open = tasks().filter((task) => !task.completed).length;
    expect(await harness.client.testConnection()).toEqual({ ok: true, tasksVisible: open });
  });

  it.each([
    ['missing_key', { apiKey: () => Promise.resolve(undefined) }, null],
    ['bad_key', { apiKey: () => Promise.resolve('wrong') }, null],
    ['forbidden', {}, 'forbid'],
    ['server', { maxRetries: 0 }, 'fail'],
  ] as const)('reports %s without throwing', async (reason, client, fault) => {
    harness = await startClientHarness({ client });
    if (fault === 'forbid') harness.sim.control.forbidIp(true);
    if (fault === 'fail') harness.sim.control.failNext(1, { status: 500 });
    expect(await harness.client.testConnection()).toEqual({
      ok: false,
      reason,
      message: expect.any(String) as string,
    });
  });

  it('reports network when PeopleForce cannot be reached', async () => {
    harness = await startClientHarness({ client: { maxRetries: 0 } });
    await harness.sim.close();
    expect(await harness.client.testConnection()).toMatchObject({ ok: false, reason: 'network' });
  });
});
