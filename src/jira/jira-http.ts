/**
 * The one choke point between the Jira client and the `JiraTransport` port: it sends, times and logs each
 * request, retries 429 and 503 within bounds (see retry-policy.ts), turns every unexpected status into a
 * `JiraError`, and zod-parses bodies. Nothing non-2xx is returned as data unless the caller names the status.
 */
import type { z } from 'zod';
import type { ClockPort, HttpRequestInit, HttpResponse, JiraTransport, LogPort } from '../platform/ports';
import { JiraError, JiraResponseShapeError, jiraErrorFromResponse } from './errors';
import { pathWithoutQuery, type JiraPath } from './path';
import { RETRYABLE_BY_CLIENT, planWait } from './retry-policy';

export interface JiraHttpOptions {
  transport: JiraTransport;
  clock: ClockPort;
  log?: LogPort;
  /** Retries after the first attempt for 429/503. Default 4. */
  maxRetries?: number;
  /** The longest single wait the client accepts before it gives up and reports `retryAfterSeconds`. Default 20 s. */
  maxWaitMs?: number;
  /** Source of jitter, injectable for tests. Default Math.random. */
  random?: () => number;
}

export type Method = HttpRequestInit['method'];

export interface RawAnswer {
  status: number;
  text: string;
}

// Keeps a retried request from starting when too little of the invocation would remain to finish it.
const INVOCATION_SAFETY_MS = 5_000;
const DEFAULT_MAX_RETRIES = 4;
const DEFAULT_MAX_WAIT_MS = 20_000;

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

export class JiraHttp {
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly random: () => number;

  constructor(private readonly options: JiraHttpOptions) {
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.random = options.random ?? Math.random;
  }

  /** Sends with retries; resolves for 2xx and for the statuses in `accept`, throws `JiraError` otherwise. */
  async send(
    method: Method,
    path: JiraPath,
    body?: unknown,
    accept: readonly number[] = [],
  ): Promise<RawAnswer> {
    const where = { method, path: pathWithoutQuery(path) };
    for (let retries = 0; ; retries += 1) {
      const response = await this.attempt(method, path, body, retries);
      const text = await response.text();
      if (isSuccess(response.status) || accept.includes(response.status))
        return { status: response.status, text };
      if (!RETRYABLE_BY_CLIENT.has(response.status))
        throw jiraErrorFromResponse(where, response.status, text);
      await this.waitBeforeRetry(response, text, retries, where);
    }
  }

  /** Sends and parses the body with `schema`; a body of the wrong shape is a `JiraResponseShapeError`. */
  async json<T>(
    method: Method,
    path: JiraPath,
    schema: z.ZodType<T>,
    body?: unknown,
    accept?: readonly number[],
  ): Promise<T> {
    const answer = await this.send(method, path, body, accept);
    return this.parse(answer, schema, method, path);
  }

  parse<T>(answer: RawAnswer, schema: z.ZodType<T>, method: Method, path: JiraPath): T {
    let json: unknown;
    try {
      json = answer.text === '' ? undefined : JSON.parse(answer.text);
    } catch {
      json = undefined;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw new JiraResponseShapeError({
      status: answer.status,
      method,
      path: pathWithoutQuery(path),
      errorMessages: problems,
    });
  }

  private async attempt(
    method: Method,
    path: JiraPath,
    body: unknown,
    retries: number,
  ): Promise<HttpResponse> {
    const started = this.options.clock.now().getTime();
    let response: HttpResponse;
    try {
      response = await this.options.transport(body === undefined ? { method, path } : { method, path, body });
    } catch (cause) {
      throw new JiraError({
        status: 0,
        method,
        path: pathWithoutQuery(path),
        errorMessages: [String(cause)],
        cause,
      });
    }
    this.options.log?.log('debug', 'jira.request', {
      method,
      path: pathWithoutQuery(path),
      status: response.status,
      attempt: retries + 1,
      ms: this.options.clock.now().getTime() - started,
    });
    return response;
  }

  private async waitBeforeRetry(
    response: HttpResponse,
    text: string,
    retries: number,
    where: { method: string; path: string },
  ) {
    const clock = this.options.clock;
    const hints = {
      retryAfter: response.headers.get('retry-after'),
      rateLimitReset: response.headers.get('x-ratelimit-reset'),
    };
    const plan = planWait(hints, retries, {
      now: clock.now(),
      random: this.random,
      maxWaitMs: this.maxWaitMs,
    });
    const retryAfterSeconds = Math.ceil(plan.minimumMs / 1_000);
    const outOfBudget =
      plan.minimumMs > this.maxWaitMs || plan.waitMs + INVOCATION_SAFETY_MS > clock.remainingMs();
    if (retries >= this.maxRetries || outOfBudget) {
      this.options.log?.log('warn', 'jira.retry_abandoned', {
        ...where,
        status: response.status,
        retries,
        retryAfterSeconds,
      });
      throw jiraErrorFromResponse(where, response.status, text, retryAfterSeconds);
    }
    this.options.log?.log('warn', 'jira.retry', {
      ...where,
      status: response.status,
      retry: retries + 1,
      waitMs: Math.round(plan.waitMs),
    });
    await clock.sleep(plan.waitMs);
  }
}
