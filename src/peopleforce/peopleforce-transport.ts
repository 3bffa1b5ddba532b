import type { ClockPort, HttpPort, HttpResponse, LogPort } from '../platform/ports';
import { backoffDelayMs } from './backoff';
import { PeopleForceError } from './errors';
import { errorFromResponse, isIdempotent, networkError, type RequestLabel } from './response-error';
import { parseRetryAfter } from './retry-after';
import { TokenBucket } from './token-bucket';

export interface TransportOptions {
  http: HttpPort;
  apiKey: () => Promise<string | undefined>;
  clock: ClockPort;
  baseUrl: string;
  maxRequestsPerSecond: number;
  maxRetries: number;
  maxWaitMs: number;
  log: LogPort | undefined;
  random: () => number;
}

export interface TransportRequest extends RequestLabel {
  /** Sent in this order; keys verbatim (PeopleForce cannot read encoded brackets), values percent-encoded. */
  query?: ReadonlyArray<readonly [string, string]>;
  body?: unknown;
}

/**
 * The one way to PeopleForce: API key header, throttle, status checks, retries and timing logs live here and
 * nowhere else. 429 is retried for every method (the request was refused, not run); 5xx and network errors
 * only for GET and PUT, because a repeated POST /tasks could create the task twice. A wait longer than the
 * run can afford is not slept: the error goes back to the caller with `retryAfterSeconds` for its queue.
 */
export class PeopleForceTransport {
  private readonly throttle: TokenBucket;
  private key: string | undefined;

  constructor(private readonly options: TransportOptions) {
    this.throttle = new TokenBucket(options.clock, options.maxRequestsPerSecond);
  }

  /** The body of a 2xx answer; anything else is thrown as a `PeopleForceError`. */
  async send(request: TransportRequest): Promise<string> {
    const key = await this.apiKey();
    for (let attempt = 0; ; attempt += 1) {
      await this.throttle.take();
      const outcome = await this.attempt(request, key, attempt);
      if (typeof outcome === 'string') return outcome;
      const delayMs = this.retryDelayMs(outcome, request, attempt);
      if (delayMs === null) throw outcome;
      if (delayMs > this.affordableWaitMs()) throw outcome.deferred(Math.ceil(delayMs / 1000));
      this.options.log?.log('warn', 'peopleforce.retry', {
        request: outcome.request,
        status: outcome.status,
        code: outcome.code,
        attempt: attempt + 1,
        delayMs,
      });
      await this.options.clock.sleep(delayMs);
    }
  }

  private async attempt(
    request: TransportRequest,
    key: string,
    attempt: number,
  ): Promise<string | PeopleForceError> {
    const startedMs = this.options.clock.now().getTime();
    let response: HttpResponse;
    let text: string;
    try {
      response = await this.options.http(this.url(request), {
        method: request.method,
        headers: this.headers(key, request.body !== undefined),
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
      text = await response.text();
    } catch (cause) {
      return networkError(request, this.redact(describeFailure(cause)));
    }
    this.options.log?.log('debug', 'peopleforce.request', {
      request: `${request.method} ${request.path}`,
      status: response.status,
      attempt,
      ms: this.options.clock.now().getTime() - startedMs,
    });
    if (response.status >= 200 && response.status < 300) return text;
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), this.options.clock.now());
    return errorFromResponse(request, {
      status: response.status,
      bodyText: this.redact(text),
      retryAfterSeconds,
    });
  }

  private retryDelayMs(error: PeopleForceError, request: TransportRequest, attempt: number): number | null {
    if (attempt >= this.options.maxRetries) return null;
    const retriable =
      error.code === 'rate_limited' ||
      ((error.code === 'server' || error.code === 'network') && isIdempotent(request.method));
    if (!retriable) return null;
    return error.retryAfterSeconds === null
      ? backoffDelayMs(attempt, this.options.random)
      : error.retryAfterSeconds * 1000;
  }

  private affordableWaitMs(): number {
    return Math.min(this.options.maxWaitMs, this.options.clock.remainingMs());
  }

  private async apiKey(): Promise<string> {
    if (this.key !== undefined) return this.key;
    const key = (await this.options.apiKey())?.trim();
    if (!key) {
      throw new PeopleForceError(
        'No PeopleForce API key is configured. Save a Company API key in the app’s connection settings.',
        { code: 'missing_key' },
      );
    }
    this.key = key;
    return key;
  }

  private url(request: TransportRequest): string {
    const query = (request.query ?? [])
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('&');
    return `${this.options.baseUrl.replace(/\/+$/, '')}${request.path}${query === '' ? '' : `?${query}`}`;
  }

  private headers(key: string, hasBody: boolean): Record<string, string> {
    return {
      'X-API-KEY': key,
      Accept: 'application/json',
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
    };
  }

  /** Server text and transport errors end up in messages and logs; the key must not. */
  private redact(text: string): string {
    return this.key === undefined || this.key.length < 4 ? text : text.split(this.key).join('[redacted]');
  }
}

/** Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) sits in `cause`. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && !error.message.includes(code)
    ? `${error.message} (${code})`
    : error.message;
}
