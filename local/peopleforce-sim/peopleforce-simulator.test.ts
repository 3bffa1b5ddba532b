import type { HttpRequestInit } from '../../src/platform/ports';
import { generateCompany } from './generate-company';
import { createNodeHttpPort } from './node-http-port';
import { startPeopleForceSimulator, type PeopleForceSimulator } from './peopleforce-simulator';

const http = createNodeHttpPort();
const company = generateCompany({ seed: 11, employees: 20, tasks: 120, completedRatio: 0.25 });
let sim: PeopleForceSimulator;

interface Reply {
  status: number;
  retryAfter: string | null;
  text: string;
  json: unknown;
}

async function call(
  path: string,
  init: Partial<HttpRequestInit> = {},
  key: string | null = sim.apiKey,
): Promise<Reply> {
  const headers = { ...(key === null ? {} : { 'X-API-KEY': key }), ...init.headers };
  const response = await http(`${sim.url}${path}`, { method: 'GET', ...init, headers });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    text,
    json: jsonOrNull(text),
  };
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

interface ListBody {
  data: Array<Record<string, unknown>>;
  metadata: Record<string, unknown> & { pagination?: Record<string, unknown> };
}

async function list(path: string): Promise<ListBody> {
  const reply = await call(path);
  expect(reply.status).toBe(200);
  return reply.json as ListBody;
}

const ids = (body: ListBody) => body.data.map((task) => task.id as number);

beforeEach(async () => {
  sim = await startPeopleForceSimulator({ company, pageSize: 10 });
});
afterEach(async () => {
  await sim.close();
});

describe('PeopleForce simulator: tasks', () => {
  it('lists open tasks by default, newest first, in the nested envelope', async () => {
    const open = company.tasks.filter((task) => !task.completed);
    const body = await list('/tasks');
    expect(body.metadata.pagination).toEqual({
      page: 1,
      pages: Math.ceil(open.length / 10),
      count: open.length,
      items: 10,
    });
    expect(ids(body)).toEqual(
      open
        .map((task) => task.id)
        .sort((a, b) => b - a)
        .slice(0, 10),
    );
  });

  it('lists completed tasks with completed=true and pages through them with a fixed page size', async () => {
    const done = company.tasks
      .filter((task) => task.completed)
      .map((task) => task.id)
      .sort((a, b) => b - a);
    const second = await list('/tasks?completed=true&page=2&per_page=100');
    expect(ids(second)).toEqual(done.slice(10, 20));
  });

  it('answers a page past the end with an empty data array', async () => {
    const body = await list('/tasks?page=999');
    expect(body.data).toEqual([]);
    expect(body.metadata.pagination?.page).toBe(999);
  });

  it('serves the flat envelope when asked to', async () => {
    sim.control.setEnvelope('flat');
    const body = await list('/tasks');
    expect(body.metadata).toMatchObject({ page: 1, count: expect.any(Number) as number, items: 10 });
    expect(body.metadata.pagination).toBeUndefined();
  });

  it('completes and reopens a task, setting completed_at and bumping updated_at', async () => {
    const task = company.tasks.find((candidate) => !candidate.completed)!;
    const complete = await call(`/tasks/${task.id}/complete`, { method: 'PUT' });
    expect(complete).toMatchObject({ status: 200, text: '' });
    const stored = sim.state.task(task.id);
    expect(stored.completed).toBe(true);
    expect(stored.completed_at).not.toBeNull();
    expect(stored.updated_at > task.updated_at).toBe(true);
    await call(`/tasks/${task.id}/incomplete`, { method: 'PUT' });
    expect(sim.state.task(task.id)).toMatchObject({ completed: false, completed_at: null });
  });

  it('answers 404 for an unknown task id', async () => {
    expect((await call('/tasks/1/complete', { method: 'PUT' })).status).toBe(404);
    expect((await call('/tasks/abc/incomplete', { method: 'PUT' })).status).toBe(404);
  });

  it('creates a task with the next id and answers {data: Task}', async () => {
    const employee = company.employees[3]!;
    const reply = await call('/tasks', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Sign NDA',
        employee_id: employee.id,
        description: '<p>Please&nbsp;sign</p>',
        ends_on: '2026-04-01',
      }),
    });
    expect(reply.status).toBe(200);
    const created = (reply.json as { data: Record<string, unknown> }).data;
    expect(created).toMatchObject({
      id: company.tasks.at(-1)!.id + 1,
      title: 'Sign NDA',
      description_plain: 'Please sign',
      ends_on: '2026-04-01',
      completed: false,
      assigned_to: { id: employee.id, email: employee.email },
    });
  });

  it('answers 422 naming every missing or wrong field', async () => {
    const missing = await call('/tasks', { method: 'POST', body: JSON.stringify({ description: 'x' }) });
    expect(missing.status).toBe(422);
    expect(missing.json).toMatchObject({
      errors: { name: ["can't be blank"], employee_id: ["can't be blank"] },
    });
    const unknown = await call('/tasks', {
      method: 'POST',
      body: JSON.stringify({ name: 'x', employee_id: 1, ends_on: 'soon' }),
    });
    expect(unknown.json).toMatchObject({
      errors: { employee_id: ['must exist'], ends_on: ['is not a valid date'] },
    });
  });
});

describe('PeopleForce simulator: employees', () => {
  it('filters by emails[] sent literally and percent-encoded, case-insensitively', async () => {
    const [first, second] = [company.employees[1]!, company.employees[2]!];
    const query = `emails[]=${encodeURIComponent(first.email.toUpperCase())}&emails%5B%5D=${encodeURIComponent(second.email)}`;
    const body = await list(`/employees?${query}`);
    expect(ids(body).sort()).toEqual([first.id, second.id].sort());
    expect(sim.control.requestLog.at(-1)?.query['emails[]']).toHaveLength(2);
  });

  it('lists active employees by default and everyone with status=all', async () => {
    const active = company.employees.filter((employee) => employee.active).length;
    expect((await list('/employees')).metadata.pagination?.count).toBe(active);
    expect((await list('/employees?status=all')).metadata.pagination?.count).toBe(company.employees.length);
    expect((await call('/employees?status=retired')).status).toBe(422);
  });

  it('returns one employee and the tasks assigned to them', async () => {
    const employee = company.tasks[0]!.assigned_to;
    const one = await call(`/employees/${employee.id}`);
    expect(one.json).toMatchObject({ data: { id: employee.id, email: employee.email, fields: {} } });
    const tasks = await list(`/employees/${employee.id}/tasks`);
    const expected = company.tasks.filter((task) => task.assigned_to.id === employee.id).length;
    expect(tasks.metadata.pagination?.count).toBe(expected);
    expect((await call('/employees/999999')).status).toBe(404);
  });
});

describe('PeopleForce simulator: auth and faults', () => {
  it('answers 401 Bad Credentials without the right X-API-KEY', async () => {
    expect(await call('/tasks', {}, null)).toMatchObject({
      status: 401,
      json: { message: 'Bad Credentials' },
    });
    expect((await call('/tasks', {}, 'wrong')).status).toBe(401);
  });

  it('fails the next requests as injected, with Retry-After, then recovers', async () => {
    sim.control.failNext(2, { status: 429, retryAfter: '2' });
    expect(await call('/tasks')).toMatchObject({ status: 429, retryAfter: '2' });
    expect((await call('/tasks')).status).toBe(429);
    expect((await call('/tasks')).status).toBe(200);
  });

  it('sends an injected HTML body as a proxy would', async () => {
    sim.control.failNext(1, { status: 502, body: '<html>Bad Gateway</html>' });
    expect(await call('/tasks')).toMatchObject({ status: 502, text: '<html>Bad Gateway</html>' });
  });

  it('answers 403 with an IP allow-list message while forbidIp is on', async () => {
    sim.control.forbidIp(true);
    const reply = await call('/tasks');
    expect(reply.status).toBe(403);
    expect(reply.text).toMatch(/allow-list/);
  });

  it('keeps serving page 1 while ignorePageParam is on', async () => {
    sim.control.ignorePageParam(true);
    expect(ids(await list('/tasks?page=3'))).toEqual(ids(await list('/tasks?page=1')));
  });

  it('serves every task exactly once across pages in shuffled order', async () => {
    sim.control.shuffleOrder(true);
    const seen: number[] = [];
    for (let page = 1; ; page += 1) {
      const body = await list(`/tasks?page=${page}`);
      if (body.data.length === 0) break;
      seen.push(...ids(body));
    }
    const open = company.tasks.filter((task) => !task.completed).map((task) => task.id);
    expect([...seen].sort((a, b) => a - b)).toEqual(open);
    expect(seen).not.toEqual([...seen].sort((a, b) => b - a));
  });

  it('serves malformed records once, with broken types', async () => {
    const [a, b, c] = ids(await list('/tasks'));
    sim.control.malformNext([a!, b!, c!]);
    const damaged = (await list('/tasks')).data.slice(0, 3);
    expect(damaged.map((task) => [task.id, task.title, task.assigned_to])).toEqual([
      ['abc', expect.any(String), expect.any(Object)],
      [b, null, expect.any(Object)],
      [c, expect.any(String), 42],
    ]);
    expect(ids(await list('/tasks')).slice(0, 3)).toEqual([a, b, c]);
  });

  it('rewrites task pages as a test asks, told the page and list, until the faults are cleared', async () => {
    const seen: Array<{ page: number; completed: boolean }> = [];
    sim.control.rewriteTaskPages((records, page) => {
      seen.push(page);
      return [...records.slice(0, 1), { title: 'no id' }];
    });
    const rewritten = await list('/tasks?completed=true&page=2');
    expect(rewritten.data).toHaveLength(2);
    expect(rewritten.data[1]).toEqual({ title: 'no id' });
    expect(seen).toEqual([{ page: 2, completed: true }]);
    sim.control.clearFaults();
    expect((await list('/tasks')).data.length).toBeGreaterThan(2);
  });

  it('logs every request with method, path, query and time', async () => {
    await call('/tasks?completed=true&page=2');
    expect(sim.control.requestCount).toBe(1);
    expect(sim.control.requestLog[0]).toMatchObject({
      method: 'GET',
      path: '/api/public/v3/tasks',
      query: { completed: 'true', page: '2' },
      time: expect.any(Date) as Date,
    });
  });

  it('waits the injected latency before answering', async () => {
    sim.control.setLatency(60);
    const started = performance.now();
    await call('/tasks');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('PeopleForce simulator: control mutations', () => {
  it('adds tasks with growing ids, edits and deletes them', async () => {
    const added = sim.control.addTask({ title: 'Schedule welcome lunch' });
    expect(added.id).toBe(company.tasks.at(-1)!.id + 1);
    expect(ids(await list('/tasks'))[0]).toBe(added.id);
    const before = added.updated_at;
    sim.control.updateTask(added.id, { title: 'Schedule welcome dinner', description: '<p>At&nbsp;7</p>' });
    expect(sim.state.task(added.id)).toMatchObject({
      title: 'Schedule welcome dinner',
      description_plain: 'At 7',
    });
    expect(sim.state.task(added.id).updated_at > before).toBe(true);
    sim.control.deleteTask(added.id);
    expect(ids(await list('/tasks'))).not.toContain(added.id);
    expect(sim.control.addTask().id).toBe(added.id + 1);
  });

  it('completes and reopens through control, moving the task between lists', async () => {
    const newest = ids(await list('/tasks'))[0]!;
    sim.control.completeTask(newest);
    expect(ids(await list('/tasks'))).not.toContain(newest);
    expect(sim.state.task(newest).completed).toBe(true);
    sim.control.reopenTask(newest);
    expect(ids(await list('/tasks'))[0]).toBe(newest);
    expect(() => sim.control.completeTask(1)).toThrow(/no task 1/);
  });

  it('does not share state between simulators started from the same company', async () => {
    const other = await startPeopleForceSimulator({ company });
    try {
      other.control.deleteTask(company.tasks[0]!.id);
      expect(sim.state.tasks.has(company.tasks[0]!.id)).toBe(true);
    } finally {
      await other.close();
    }
  });
});
