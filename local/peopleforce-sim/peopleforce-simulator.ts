import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Company, SimTask } from './company.types';
import { generateCompany } from './generate-company';
import type { EnvelopeShape } from './page-envelope';
import type { RouteContext, SimResponse } from './route-context';
import { SimulatorFaults, type InjectedFailure, type TaskPageRewrite } from './simulator-faults';
import { dispatch } from './simulator-routes';
import { SimulatorState, type TaskPatch } from './simulator-state';

export const PEOPLEFORCE_API_PREFIX = '/api/public/v3';
export const DEFAULT_SIMULATOR_API_KEY = 'pf-simulator-key';

export interface PeopleForceSimulatorOptions {
  /** 0 (a random free port) unless given. */
  port?: number;
  apiKey?: string;
  /** Defaults to `generateCompany({ seed: 1 })`. */
  company?: Company;
  /** Fixed by the server, as PeopleForce's is: `per_page` is ignored. */
  pageSize?: number;
  envelope?: EnvelopeShape;
  latencyMs?: number;
  /** The clock behind `updated_at`, `completed_at` and the request log. */
  now?: () => Date;
}

export interface SimRequestLogEntry {
  method: string;
  /** The full path, e.g. `/api/public/v3/tasks`. */
  path: string;
  /** Keys ending in `[]` always hold arrays. */
  query: Record<string, string | string[]>;
  /** The query string exactly as sent, to check how brackets were encoded. */
  rawQuery: string;
  time: Date;
}

export interface PeopleForceSimulatorControl {
  failNext(count: number, failure: InjectedFailure): void;
  setLatency(ms: number): void;
  /** Always serve page 1, like a server that ignores `?page=`. */
  ignorePageParam(on: boolean): void;
  /** Serve tasks in a fixed order that is not id-descending. */
  shuffleOrder(on: boolean): void;
  /** Serve these tasks once with broken field types (`id: "abc"`, `title: null`, `assigned_to: 42`, …). */
  malformNext(taskIds: readonly number[]): void;
  /** Rewrite the records of every `GET /tasks` page as served (null: serve them as they are). */
  rewriteTaskPages(rewrite: TaskPageRewrite | null): void;
  /** Answer 403 as PeopleForce does for a caller outside the key's IP allow-list. */
  forbidIp(on: boolean): void;
  setEnvelope(shape: EnvelopeShape): void;
  /** Undo every injected fault. */
  clearFaults(): void;
  addTask(partial?: Partial<SimTask>): SimTask;
  updateTask(id: number, patch: TaskPatch): SimTask;
  completeTask(id: number): SimTask;
  reopenTask(id: number): SimTask;
  deleteTask(id: number): void;
  readonly requestLog: readonly SimRequestLogEntry[];
  readonly requestCount: number;
  clearRequestLog(): void;
}

export interface PeopleForceSimulator {
  /** The API base URL, `http://127.0.0.1:<port>/api/public/v3`: pass it as the client's `baseUrl`. */
  url: string;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  apiKey: string;
  state: SimulatorState;
  control: PeopleForceSimulatorControl;
  close(): Promise<void>;
}

/** A PeopleForce API v3 look-alike on 127.0.0.1 for tests, the benchmark and the local demo. */
export async function startPeopleForceSimulator(
  options: PeopleForceSimulatorOptions = {},
): Promise<PeopleForceSimulator> {
  const now = options.now ?? (() => new Date());
  const apiKey = options.apiKey ?? DEFAULT_SIMULATOR_API_KEY;
  const state = new SimulatorState(options.company ?? generateCompany({ seed: 1 }), now);
  const faults = new SimulatorFaults(options.latencyMs ?? 0);
  const context: RouteContext = {
    state,
    faults,
    pageSize: options.pageSize ?? 50,
    envelope: options.envelope ?? 'nested',
    now,
  };
  const requestLog: SimRequestLogEntry[] = [];
  const server = createServer((request, response) => {
    handle({ request, response, context, apiKey, requestLog }).catch((error: unknown) => {
      send(response, { status: 500, body: { message: `simulator error: ${String(error)}` } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${PEOPLEFORCE_API_PREFIX}`,
    origin,
    apiKey,
    state,
    control: buildControl(context, requestLog),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function buildControl(context: RouteContext, requestLog: SimRequestLogEntry[]): PeopleForceSimulatorControl {
  const { state, faults } = context;
  return {
    failNext: (count, failure) => {
      faults.failNext(count, failure);
    },
    setLatency: (ms) => (faults.latencyMs = ms),
    ignorePageParam: (on) => (faults.ignorePage = on),
    shuffleOrder: (on) => (faults.shuffle = on),
    malformNext: (taskIds) => {
      faults.malformNext(taskIds);
    },
    rewriteTaskPages: (rewrite) => (faults.rewriteTaskPage = rewrite),
    forbidIp: (on) => (faults.ipForbidden = on),
    setEnvelope: (shape) => (context.envelope = shape),
    clearFaults: () => {
      faults.clear();
    },
    addTask: (partial) => state.addTask(partial),
    updateTask: (id, patch) => state.updateTask(id, patch),
    completeTask: (id) => state.completeTask(id),
    reopenTask: (id) => state.reopenTask(id),
    deleteTask: (id) => {
      state.deleteTask(id);
    },
    get requestLog() {
      return requestLog;
    },
    get requestCount() {
      return requestLog.length;
    },
    clearRequestLog: () => {
      requestLog.length = 0;
    },
  };
}

interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  context: RouteContext;
  apiKey: string;
  requestLog: SimRequestLogEntry[];
}

async function handle({ request, response, context, apiKey, requestLog }: Exchange): Promise<void> {
  const body = await readBody(request);
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const method = request.method ?? 'GET';
  requestLog.push({
    method,
    path: url.pathname,
    query: queryRecord(url.searchParams),
    rawQuery: url.search.slice(1),
    time: context.now(),
  });
  if (context.faults.latencyMs > 0) await delay(context.faults.latencyMs);
  send(response, respond(context, { method, url, body, key: request.headers['x-api-key'], apiKey }));
}

interface Incoming {
  method: string;
  url: URL;
  body: string;
  key: string | string[] | undefined;
  apiKey: string;
}

/** Injected failures come first (they stand for the edge), then the IP allow-list, then the key, then the route. */
function respond(context: RouteContext, incoming: Incoming): SimResponse {
  const failure = context.faults.takeFailure();
  if (failure) return failureResponse(failure);
  if (context.faults.ipForbidden) {
    return {
      status: 403,
      body: { message: 'Access denied: 127.0.0.1 is not in the IP allow-list of this API key' },
    };
  }
  if (incoming.key !== incoming.apiKey) return { status: 401, body: { message: 'Bad Credentials' } };
  const { pathname } = incoming.url;
  if (!pathname.startsWith(PEOPLEFORCE_API_PREFIX)) return { status: 404, body: { message: 'Not found' } };
  const path = pathname.slice(PEOPLEFORCE_API_PREFIX.length) || '/';
  return dispatch(context, {
    method: incoming.method,
    path,
    query: incoming.url.searchParams,
    body: incoming.body,
  });
}

function failureResponse(failure: InjectedFailure): SimResponse {
  const headers: Record<string, string> =
    failure.retryAfter === undefined ? {} : { 'Retry-After': failure.retryAfter };
  return {
    status: failure.status,
    headers,
    body: failure.body ?? { message: `Injected failure ${failure.status}` },
  };
}

function send(response: ServerResponse, reply: SimResponse): void {
  if (response.headersSent) return;
  const isHtml = typeof reply.body === 'string';
  const text =
    typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
  const contentType = isHtml ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
  response.writeHead(reply.status, {
    ...(text === '' ? {} : { 'Content-Type': contentType }),
    'Content-Length': Buffer.byteLength(text),
    ...reply.headers,
  });
  response.end(text);
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const previous = record[key];
    if (key.endsWith('[]')) record[key] = [...(Array.isArray(previous) ? previous : []), value];
    else record[key] = value;
  }
  return record;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
