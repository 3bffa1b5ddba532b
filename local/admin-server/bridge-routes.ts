import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { HttpReplyError, readJsonBody, sendJson } from './http-replies';

/** What the admin server needs of the local Forge host (local/host implements it). */
export interface LocalHostLike {
  invokeResolver(
    functionKey: string,
    key: string,
    payload: unknown,
    opts: { accountId: string; extension?: Record<string, unknown> },
  ): Promise<unknown>;
}

export interface BridgeRouteOptions {
  host: LocalHostLike;
  resolverFunctionKey: string;
  accountId: string;
  jiraBaseUrl: string | null;
}

const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

const InvokeRequestSchema = z.object({
  functionKey: z.string().min(1, 'functionKey names the resolver key to call'),
  payload: z.unknown().optional(),
});

const FetchProductRequestSchema = z.object({
  product: z.string(),
  restPath: z.string().startsWith('/', 'restPath must start with "/"'),
  fetchRequestInit: z
    .looseObject({
      method: z.string().optional(),
      body: z.string().nullish(),
      headers: z.array(z.tuple([z.string(), z.string()])).optional(),
    })
    .optional(),
});

/** Headers that describe this hop or carry the browser's identity; the forwarded request sets its own. */
const droppedHeaders = new Set([
  'host',
  'connection',
  'content-length',
  'cookie',
  'authorization',
  'origin',
  'referer',
]);

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const detail = result.error.issues
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  throw new HttpReplyError(400, `The bridge request is malformed: ${detail}`);
}

/** `invoke(key, payload)` from the page → the admin resolver in the local host, as the local admin. */
export async function handleInvoke(
  request: IncomingMessage,
  response: ServerResponse,
  options: BridgeRouteOptions,
): Promise<void> {
  const call = parse(InvokeRequestSchema, await readJsonBody(request, BODY_LIMIT_BYTES));
  let result: unknown;
  try {
    result = await options.host.invokeResolver(
      options.resolverFunctionKey,
      call.functionKey,
      call.payload ?? {},
      {
        accountId: options.accountId,
      },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpReplyError(500, `The resolver "${call.functionKey}" failed: ${reason}`);
  }
  sendJson(response, 200, { result: result ?? null });
}

function jiraUrl(baseUrl: string, restPath: string): URL {
  const base = new URL(baseUrl);
  const url = new URL(restPath, base);
  if (url.origin !== base.origin)
    throw new HttpReplyError(400, `restPath ${restPath} does not stay on the Jira site.`);
  return url;
}

/** `requestJira(path, init)` from the page → the Jira base URL, as the local admin (not as the app). */
export async function handleFetchProduct(
  request: IncomingMessage,
  response: ServerResponse,
  options: BridgeRouteOptions,
): Promise<void> {
  const call = parse(FetchProductRequestSchema, await readJsonBody(request, BODY_LIMIT_BYTES));
  if (call.product !== 'jira')
    throw new HttpReplyError(400, `Only Jira is served locally, not "${call.product}".`);
  if (options.jiraBaseUrl === null)
    throw new HttpReplyError(503, 'No Jira base URL was given to the admin server.');
  const init = call.fetchRequestInit ?? {};
  const headers = new Headers();
  for (const [name, value] of init.headers ?? [])
    if (!droppedHeaders.has(name.toLowerCase())) headers.set(name, value);
  headers.set('x-local-actor', 'user');
  headers.set('x-local-account-id', options.accountId);
  const method = (init.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : (init.body ?? undefined);
  const url = jiraUrl(options.jiraBaseUrl, call.restPath);
  let answer: Response;
  try {
    answer = await fetch(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpReplyError(502, `Jira at ${options.jiraBaseUrl} could not be reached: ${reason}`);
  }
  sendJson(response, 200, {
    status: answer.status,
    statusText: answer.statusText,
    headers: Object.fromEntries(answer.headers.entries()),
    body: await answer.text(),
    isAttachment: false,
  });
}
