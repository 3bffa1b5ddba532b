import type { ClockPort, HttpPort, LogPort } from '../platform/ports';
import { PeopleForceEmployeeSchema, type PeopleForceEmployee } from './employee.schema';
import { PeopleForceError } from './errors';
import { readListEnvelope, type ListEnvelope } from './list-envelope';
import { paginate } from './paginate';
import { describeIssues, parseRecords, type MalformedRecord } from './parse-records';
import { PeopleForceTransport, type TransportRequest } from './peopleforce-transport';
import { PeopleForceTaskSchema, type PeopleForceTask } from './task.schema';

export const DEFAULT_PEOPLEFORCE_BASE_URL = 'https://app.peopleforce.io/api/public/v3';

export interface PeopleForceClientOptions {
  http: HttpPort;
  /** Reads the key (from Forge secret storage); read once, on the first request. */
  apiKey: () => Promise<string | undefined>;
  clock: ClockPort;
  baseUrl?: string;
  /** Default 5: PeopleForce publishes no limit, and other clients settled on 5 per second. */
  maxRequestsPerSecond?: number;
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** The longest single wait the client sleeps through (default 30 s; never more than the invocation has left). */
  maxWaitMs?: number;
  log?: LogPort;
  /** Jitter source, [0, 1). Default `Math.random`. */
  random?: () => number;
}

export interface TaskPage {
  page: number;
  /** Total pages as PeopleForce reported them, if it did. */
  pages: number | null;
  tasks: PeopleForceTask[];
  malformed: MalformedRecord[];
}

export interface CreateTaskInput {
  name: string;
  /** The assignee. */
  employeeId: number;
  /** HTML. */
  description?: string;
  /** `YYYY-MM-DD`; PeopleForce defaults it to today. */
  startsOn?: string;
  /** `YYYY-MM-DD`, the due date. */
  endsOn?: string;
}

export interface EmployeeLookup {
  employees: PeopleForceEmployee[];
  /** Employee records that did not parse; `index` is the position within its page. */
  malformed: MalformedRecord[];
}

export type ConnectionTestResult =
  | { ok: true; tasksVisible: number | null }
  | { ok: false; reason: 'missing_key' | 'bad_key' | 'forbidden' | 'network' | 'server'; message: string };

/** Emails per `GET /employees` request, to keep the URL short. */
const EMAILS_PER_REQUEST = 25;

/** PeopleForce API v3 as the app uses it. Every method throws `PeopleForceError` on failure. */
export class PeopleForceClient {
  private readonly transport: PeopleForceTransport;

  constructor(options: PeopleForceClientOptions) {
    this.transport = new PeopleForceTransport({
      http: options.http,
      apiKey: options.apiKey,
      clock: options.clock,
      baseUrl: options.baseUrl ?? DEFAULT_PEOPLEFORCE_BASE_URL,
      maxRequestsPerSecond: options.maxRequestsPerSecond ?? 5,
      maxRetries: options.maxRetries ?? 3,
      maxWaitMs: options.maxWaitMs ?? 30_000,
      log: options.log,
      random: options.random ?? Math.random,
    });
  }

  /**
   * Every page of open (`completed=false`) or completed tasks from `fromPage` on, newest first as PeopleForce
   * sends them.
   * https://developer.peopleforce.io/reference/get-tasks
   */
  async *listTaskPages(completed: boolean, fromPage = 1): AsyncGenerator<TaskPage> {
    const pages = paginate((page) => this.fetchTaskPage(completed, page), 'GET /tasks', fromPage);
    for await (const page of pages) {
      const { records, malformed } = parseRecords(PeopleForceTaskSchema, page.records);
      yield { page: page.page, pages: page.pages, tasks: records, malformed };
    }
  }

  /**
   * Every task assigned to one employee, open or not: how one task is found without reading the whole lists.
   * https://developer.peopleforce.io/reference/get-employees-id-tasks
   */
  async *listEmployeeTaskPages(employeeId: number): AsyncGenerator<TaskPage> {
    const path = `/employees/${positiveIdSegment(employeeId, 'employee')}/tasks`;
    const fetchPage = (page: number) =>
      this.fetchList({ method: 'GET', path, query: [['page', String(page)]] });
    for await (const page of paginate(fetchPage, 'GET /employees/{id}/tasks')) {
      const { records, malformed } = parseRecords(PeopleForceTaskSchema, page.records);
      yield { page: page.page, pages: page.pages, tasks: records, malformed };
    }
  }

  /**
   * Marks a task done. Idempotent, so it is retried on 5xx.
   * https://developer.peopleforce.io/reference/put-tasks-id
   */
  async completeTask(id: number): Promise<void> {
    await this.transport.send({
      method: 'PUT',
      path: `/tasks/${taskIdSegment(id)}/complete`,
      subject: `task ${id}`,
    });
  }

  /**
   * Reopens a task.
   * https://developer.peopleforce.io/reference/put-tasks-id-incomplete
   */
  async incompleteTask(id: number): Promise<void> {
    await this.transport.send({
      method: 'PUT',
      path: `/tasks/${taskIdSegment(id)}/incomplete`,
      subject: `task ${id}`,
    });
  }

  /**
   * Creates a task assigned to an employee. Never retried after a 5xx or a network error: it might exist.
   * https://developer.peopleforce.io/reference/post-tasks
   */
  async createTask(input: CreateTaskInput): Promise<PeopleForceTask> {
    const body = {
      name: input.name,
      employee_id: input.employeeId,
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.startsOn === undefined ? {} : { starts_on: input.startsOn }),
      ...(input.endsOn === undefined ? {} : { ends_on: input.endsOn }),
    };
    const request: TransportRequest = { method: 'POST', path: '/tasks', body };
    const reply = parseJson(await this.transport.send(request), request);
    const data: unknown =
      typeof reply === 'object' && reply !== null && 'data' in reply ? reply.data : undefined;
    const parsed = PeopleForceTaskSchema.safeParse(data);
    if (parsed.success) return parsed.data;
    throw malformed(
      request,
      `the task was created but its record could not be read: ${describeIssues(parsed.error.issues)}`,
    );
  }

  /**
   * Employees (any status) with these work emails, matched without regard to case. The filter is applied
   * here as well, because PeopleForce has been seen to ignore list filters silently.
   * https://developer.peopleforce.io/reference/get-employees
   */
  async findEmployeesByEmail(emails: readonly string[]): Promise<EmployeeLookup> {
    const wanted = [
      ...new Set(emails.map((email) => email.trim().toLowerCase()).filter((email) => email !== '')),
    ];
    const found = new Map<number, PeopleForceEmployee>();
    const malformed: MalformedRecord[] = [];
    for (let start = 0; start < wanted.length; start += EMAILS_PER_REQUEST) {
      const lookup = await this.findEmployeeChunk(wanted.slice(start, start + EMAILS_PER_REQUEST));
      for (const employee of lookup.employees) found.set(employee.id, employee);
      malformed.push(...lookup.malformed);
    }
    return { employees: [...found.values()], malformed };
  }

  private async findEmployeeChunk(emails: readonly string[]): Promise<EmployeeLookup> {
    const filters = [['status', 'all'] as const, ...emails.map((email) => ['emails[]', email] as const)];
    const pages = paginate(
      (page) =>
        this.fetchList({ method: 'GET', path: '/employees', query: [...filters, ['page', String(page)]] }),
      'GET /employees',
    );
    const lookup: EmployeeLookup = { employees: [], malformed: [] };
    for await (const page of pages) {
      const { records, malformed } = parseRecords(PeopleForceEmployeeSchema, page.records);
      lookup.employees.push(
        ...records.filter((employee) => emails.includes(employee.email?.toLowerCase() ?? '')),
      );
      lookup.malformed.push(...malformed);
    }
    return lookup;
  }

  /**
   * Reads the first page of open tasks to prove the key works; never throws for a PeopleForce failure.
   * https://developer.peopleforce.io/reference/get-tasks
   */
  async testConnection(): Promise<ConnectionTestResult> {
    try {
      const first = await this.fetchTaskPage(false, 1);
      const onlyPage = first.pages === 1 || first.records.length === 0;
      return { ok: true, tasksVisible: first.count ?? (onlyPage ? first.records.length : null) };
    } catch (error) {
      if (!(error instanceof PeopleForceError)) throw error;
      return { ok: false, reason: connectionFailureReason(error), message: error.message };
    }
  }

  private fetchTaskPage(completed: boolean, page: number): Promise<ListEnvelope> {
    return this.fetchList({
      method: 'GET',
      path: '/tasks',
      query: [
        ['completed', String(completed)],
        ['page', String(page)],
      ],
    });
  }

  private async fetchList(request: TransportRequest): Promise<ListEnvelope> {
    const read = readListEnvelope(parseJson(await this.transport.send(request), request));
    if (read.ok) return read.envelope;
    throw malformed(request, `the answer is not a list envelope: ${read.reason}`);
  }
}

function connectionFailureReason(
  error: PeopleForceError,
): Extract<ConnectionTestResult, { ok: false }>['reason'] {
  switch (error.code) {
    case 'missing_key':
      return 'missing_key';
    case 'unauthorized':
      return 'bad_key';
    case 'forbidden':
      return 'forbidden';
    case 'network':
      return 'network';
    default:
      return 'server';
  }
}

/** Ids go into the path: only positive integers, so that nothing else can reach the URL. */
function taskIdSegment(id: number): string {
  return positiveIdSegment(id, 'task');
}

function positiveIdSegment(id: number, what: 'task' | 'employee'): string {
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new PeopleForceError(`A PeopleForce ${what} id must be a positive integer, got ${String(id)}.`, {
      code: 'validation',
    });
  }
  return String(id);
}

function parseJson(text: string, request: TransportRequest): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed(request, `the answer is not JSON (${text.length} characters)`);
  }
}

function malformed(request: TransportRequest, detail: string): PeopleForceError {
  const label = `${request.method} ${request.path}`;
  return new PeopleForceError(`PeopleForce sent an unreadable answer to ${label}: ${detail}.`, {
    code: 'malformed',
    request: label,
    status: 200,
  });
}
