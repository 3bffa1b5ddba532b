/**
 * The Jira Cloud simulator: a real HTTP server on 127.0.0.1 answering the REST v3 endpoints the app uses, in
 * Jira's shapes and with Jira's strictness. The caller is the app unless `x-local-actor: user` says a person
 * (named by `x-local-account-id`) made the request; that distinction drives product events and write counts.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Actor } from './actor';
import { SiteCatalogue } from './catalogue';
import { createControl, type JiraSimulatorControl, type SimRuntime } from './control';
import { defaultJiraSeed } from './default-seed';
import type { Route, SimResponse } from './http-types';
import { IssueStore } from './issue-store';
import { matchRoute } from './router';
import { commentRoutes } from './routes/comment-routes';
import { createMetaRoutes } from './routes/createmeta-routes';
import { identityRoutes } from './routes/identity-routes';
import { issueRoutes } from './routes/issue-routes';
import { projectRoutes } from './routes/project-routes';
import { propertyRoutes } from './routes/property-routes';
import { searchRoutes } from './routes/search-routes';
import { workflowRoutes } from './routes/workflow-routes';
import type { JiraSeed } from './seed.types';
import { SimHttpError } from './sim-error';

export interface JiraSimulatorOptions {
  port?: number;
  seed?: JiraSeed;
  /** How long a change stays invisible to `/search/jql` (unless reconciled). Default 0. */
  searchVisibilityDelayMs?: number;
  latencyMs?: number;
  email?: string;
  /** When set, every request needs HTTP basic auth with `email:apiToken`; 401 otherwise. */
  apiToken?: string;
  /** The site's clock (epoch ms), for `created`/`updated`, relative JQL dates and search visibility. */
  now?: () => number;
}

export interface JiraSimulator {
  url: string;
  close(): Promise<void>;
  control: JiraSimulatorControl;
}

const API_PREFIX = '/rest/api/3';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function checkAuth(request: IncomingMessage, options: JiraSimulatorOptions): void {
  if (options.apiToken === undefined) return;
  const expected = Buffer.from(
    `Basic ${Buffer.from(`${options.email ?? ''}:${options.apiToken}`).toString('base64')}`,
  );
  const given = Buffer.from(header(request, 'authorization') ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new SimHttpError(
      401,
      ['Client must be authenticated to access this resource.'],
      {},
      { 'WWW-Authenticate': 'Basic realm="jira"' },
    );
  }
}

function resolveActor(request: IncomingMessage, catalogue: SiteCatalogue): Actor {
  const kind = header(request, 'x-local-actor');
  if (kind === undefined || kind === 'app') return { kind: 'app', user: catalogue.seed.appUser };
  if (kind !== 'user') throw new SimHttpError(400, [`x-local-actor must be 'app' or 'user', not '${kind}'.`]);
  const accountId = header(request, 'x-local-account-id');
  const user = accountId === undefined ? catalogue.firstAdmin() : catalogue.user(accountId);
  if (!user)
    throw new SimHttpError(401, [
      `No user has the account id '${String(accountId)}' given in x-local-account-id.`,
    ]);
  return { kind: 'user', user };
}

function parseBody(text: string, request: IncomingMessage): unknown {
  if (text.trim() === '') return undefined;
  if (!(header(request, 'content-type') ?? '').toLowerCase().includes('application/json')) {
    throw new SimHttpError(415, ['Unsupported Media Type: send the body as application/json.']);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SimHttpError(400, ['The request body is not valid JSON.']);
  }
}

function injectedFailure(runtime: SimRuntime): SimResponse | undefined {
  const failure = runtime.failures.shift();
  if (!failure) return undefined;
  const headers: Record<string, string> =
    failure.retryAfter === undefined ? {} : { 'Retry-After': String(failure.retryAfter) };
  if (failure.status === 429) headers['RateLimit-Reason'] = 'jira-burst-based';
  const message = failure.status === 429 ? 'Rate limit exceeded.' : 'The service is temporarily unavailable.';
  return { status: failure.status, body: { errorMessages: [message], errors: {} }, headers };
}

function dispatch(
  routes: readonly Route[],
  request: IncomingMessage,
  url: URL,
  bodyText: string,
  actor: Actor,
): SimResponse {
  if (!url.pathname.startsWith(`${API_PREFIX}/`)) throw new SimHttpError(404, [`null for uri: ${url.href}`]);
  const match = matchRoute(routes, request.method ?? 'GET', url.pathname.slice(API_PREFIX.length));
  if (match.kind === 'not-found') throw new SimHttpError(404, [`null for uri: ${url.href}`]);
  if (match.kind === 'method-not-allowed')
    throw new SimHttpError(405, [`Method ${String(request.method)} is not allowed here.`]);
  const body = parseBody(bodyText, request);
  return match.route.handler({
    method: match.route.method,
    path: url.pathname,
    params: match.params,
    query: url.searchParams,
    body,
    actor,
  });
}

function toResponse(error: unknown): SimResponse {
  if (error instanceof SimHttpError)
    return { status: error.status, body: error.body, headers: error.headers };
  console.error('jira-sim: internal error', error);
  return { status: 500, body: { errorMessages: [`Internal simulator error: ${String(error)}`], errors: {} } };
}

function write(response: ServerResponse, answer: SimResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  headers['Content-Type'] = 'application/json;charset=UTF-8';
  response.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}

function allRoutes(store: IssueStore): Route[] {
  return [
    ...identityRoutes(store),
    ...projectRoutes(store),
    ...createMetaRoutes(store),
    ...issueRoutes(store),
    ...workflowRoutes(store),
    ...propertyRoutes(store),
    ...commentRoutes(store),
    ...searchRoutes(store),
  ];
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function handle(
  runtime: SimRuntime,
  routes: readonly Route[],
  options: JiraSimulatorOptions,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const started = Date.now();
  const url = new URL(request.url ?? '/', runtime.store.baseUrl);
  let actor: Actor = { kind: 'app', user: runtime.store.catalogue.seed.appUser };
  let answer: SimResponse;
  let jql: string | undefined;
  try {
    const bodyText = await readBody(request);
    jql = searchedJql(url, bodyText);
    if (runtime.latencyMs > 0) await delay(runtime.latencyMs);
    checkAuth(request, options);
    actor = resolveActor(request, runtime.store.catalogue);
    answer = injectedFailure(runtime) ?? dispatch(routes, request, url, bodyText, actor);
  } catch (error) {
    answer = toResponse(error);
  }
  write(response, answer);
  runtime.requestLog.push({
    at: started,
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.search,
    status: answer.status,
    actor: actor.kind,
    accountId: actor.user.accountId,
    durationMs: Date.now() - started,
    ...(jql === undefined ? {} : { jql }),
  });
}

/** The JQL of a search request (query or body), logged so that tests can check what the app asked for. */
function searchedJql(url: URL, bodyText: string): string | undefined {
  if (!url.pathname.endsWith('/search/jql')) return undefined;
  const fromQuery = url.searchParams.get('jql');
  if (fromQuery !== null) return fromQuery;
  try {
    const body = JSON.parse(bodyText) as { jql?: unknown } | null;
    return typeof body?.jql === 'string' ? body.jql : undefined;
  } catch {
    return undefined;
  }
}

export async function startJiraSimulator(options: JiraSimulatorOptions = {}): Promise<JiraSimulator> {
  const visibilityDelayMs = options.searchVisibilityDelayMs ?? 0;
  const latencyMs = options.latencyMs ?? 0;
  const store = new IssueStore(
    new SiteCatalogue(options.seed ?? defaultJiraSeed()),
    options.now ?? Date.now,
    visibilityDelayMs,
  );
  const runtime: SimRuntime = { store, failures: [], latencyMs, requestLog: [] };
  const routes = allRoutes(store);
  const server = createServer((request, response) => {
    void handle(runtime, routes, options, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  store.baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: store.baseUrl,
    control: createControl(runtime, { latencyMs, visibilityDelayMs }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
