/**
 * The ports through which the engine reaches the platform. `src/sync`, `src/mapping`, `src/state`,
 * `src/peopleforce` and `src/jira` depend only on these types; the Forge implementations live beside this file
 * (`forge-*.ts`) and are built in the handlers of `src/index.ts`. Tests and the local host may pass their own.
 */

/** The subset of a fetch `Response` that the clients read. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface HttpRequestInit {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  headers?: Record<string, string>;
  body?: string;
}

/** Outbound HTTP to an egress-allowed host (Forge `fetch`). */
export type HttpPort = (url: string, init: HttpRequestInit) => Promise<HttpResponse>;

/**
 * A Jira REST request made as the app. `path` is already safe: every dynamic segment was encoded by
 * `jiraPath` in `src/jira/path.ts`, so the Forge adapter may trust it.
 */
export interface JiraRequest {
  method: HttpRequestInit['method'];
  path: string;
  body?: unknown;
}
export type JiraTransport = (request: JiraRequest) => Promise<HttpResponse>;

export interface SetOptions {
  /** Seconds until the key expires. Forge's TTL is not exact: always store an expiry in the value too. */
  ttlSeconds?: number;
  /** Create only: resolves `false` when the key already exists instead of overwriting it. */
  failIfExists?: boolean;
}

export interface KvEntry {
  key: string;
  value: unknown;
}

/** Forge key-value storage (`@forge/kvs`) as the state layer sees it. Values are JSON. */
export interface KvPort {
  get(key: string): Promise<unknown>;
  /** Returns false only when `failIfExists` is set and the key exists. */
  set(key: string, value: unknown, options?: SetOptions): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Any number of keys; the adapter splits into batches of 25. Missing keys are absent from the map. */
  getMany(keys: readonly string[]): Promise<Map<string, unknown>>;
  setMany(entries: readonly KvEntry[]): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
  /** Every entry whose key starts with `prefix`, following cursors to the end. */
  listByPrefix(prefix: string): Promise<KvEntry[]>;
  getSecret(key: string): Promise<string | undefined>;
  setSecret(key: string, value: string): Promise<void>;
  deleteSecret(key: string): Promise<void>;
}

/** Async continuation through a Forge queue (`@forge/events`). */
export interface QueuePort {
  push(body: Record<string, unknown>, delaySeconds?: number): Promise<void>;
}

export interface ClockPort {
  now(): Date;
  /** Milliseconds left in the current invocation (Forge `invocationRemainingTimeInMillis`). */
  remainingMs(): number;
  sleep(ms: number): Promise<void>;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
/** Structured logging: one JSON line per call, readable in `forge logs`. Never pass secrets or descriptions. */
export interface LogPort {
  log(level: LogLevel, event: string, fields?: Record<string, unknown>): void;
}
