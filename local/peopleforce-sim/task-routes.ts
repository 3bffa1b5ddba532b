import { isoDate } from './calendar';
import type { SimTask } from './company.types';
import { pageEnvelope, requestedPage } from './page-envelope';
import {
  notFound,
  unprocessable,
  type RouteContext,
  type SimRequest,
  type SimResponse,
} from './route-context';

/** `GET /tasks?completed=&page=`: open tasks unless `completed=true`, newest (highest id) first. */
export function listTasks(context: RouteContext, request: SimRequest): SimResponse {
  const completed = ['true', '1'].includes(request.query.get('completed') ?? 'false');
  const tasks = [...context.state.tasks.values()].filter((task) => task.completed === completed);
  const served = taskPage(context, request, tasks);
  const rewrite = context.faults.rewriteTaskPage;
  if (rewrite === null) return served;
  const body = served.body as { data: unknown[] };
  const page = context.faults.ignorePage ? 1 : requestedPage(request.query.get('page'));
  return { ...served, body: { ...body, data: rewrite(body.data, { page, completed }) } };
}

/** `GET /employees/{id}/tasks`: every task assigned to the employee, open or not. */
export function listEmployeeTasks(
  context: RouteContext,
  request: SimRequest,
  employeeId: number,
): SimResponse {
  if (!context.state.employees.has(employeeId)) return notFound(`Employee ${employeeId}`);
  const tasks = [...context.state.tasks.values()].filter((task) => task.assigned_to.id === employeeId);
  return taskPage(context, request, tasks);
}

function taskPage(context: RouteContext, request: SimRequest, tasks: SimTask[]): SimResponse {
  const page = context.faults.ignorePage ? 1 : requestedPage(request.query.get('page'));
  const envelope = pageEnvelope(
    ordered(tasks, context.faults.shuffle),
    page,
    context.pageSize,
    context.envelope,
  );
  return {
    status: 200,
    body: { ...envelope, data: envelope.data.map((task) => context.faults.serve(task)) },
  };
}

/** Newest first; a shuffled order is still a fixed permutation, so that paging covers every task once. */
function ordered(tasks: SimTask[], shuffle: boolean): SimTask[] {
  const scramble = (id: number) => Math.imul(id, 2654435761) >>> 0;
  return shuffle ? tasks.sort((a, b) => scramble(a.id) - scramble(b.id)) : tasks.sort((a, b) => b.id - a.id);
}

/** `PUT /tasks/{id}/complete` and `/incomplete`: 200 with an empty body. */
export function setTaskCompletion(context: RouteContext, idText: string, completed: boolean): SimResponse {
  const id = /^\d+$/.test(idText) ? Number(idText) : Number.NaN;
  if (!context.state.tasks.has(id)) return notFound(`Task ${idText}`);
  if (completed) context.state.completeTask(id);
  else context.state.reopenTask(id);
  return { status: 200 };
}

/** `POST /tasks` with `name`* and `employee_id`*; answers `{data: Task}`. */
export function createTask(context: RouteContext, request: SimRequest): SimResponse {
  const body = parseObject(request.body);
  if (!body) return { status: 400, body: { message: 'The request body must be a JSON object' } };
  const errors: Record<string, string[]> = {};
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (name === '') errors.name = ["can't be blank"];
  const employeeId = integerOrNull(body.employee_id);
  const employee = employeeId === null ? undefined : context.state.employees.get(employeeId);
  if (!employee) errors.employee_id = [body.employee_id === undefined ? "can't be blank" : 'must exist'];
  for (const field of ['starts_on', 'ends_on'] as const) {
    if (!isOptionalDate(body[field])) errors[field] = ['is not a valid date'];
  }
  if (body.description !== undefined && body.description !== null && typeof body.description !== 'string') {
    errors.description = ['must be text'];
  }
  if (Object.keys(errors).length > 0 || !employee) return unprocessable(errors);
  const task = context.state.addTask({
    title: name,
    description: typeof body.description === 'string' ? body.description : null,
    starts_on: typeof body.starts_on === 'string' ? body.starts_on : isoDate(context.now().getTime()),
    ends_on: typeof body.ends_on === 'string' ? body.ends_on : null,
    assigned_to: context.state.personRef(employee),
    created_by: null,
  });
  return { status: 200, body: { data: context.faults.serve(task) } };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function integerOrNull(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}

function isOptionalDate(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
