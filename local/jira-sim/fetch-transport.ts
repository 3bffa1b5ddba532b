import type { HttpResponse, JiraRequest, JiraTransport } from '../../src/platform/ports';

export interface FetchTransportOptions {
  /** The site root, e.g. the simulator's `url` or `https://your-site.atlassian.net`. */
  baseUrl: string;
  /** Who the simulator should see as the caller; omitted means the app. */
  actor?: 'app' | 'user';
  accountId?: string;
  /** Basic auth for a simulator started with `apiToken`, or for a real site with an API token. */
  email?: string;
  apiToken?: string;
}

/** A `JiraTransport` over plain `fetch`, for tests and the local host talking to the simulator or a site. */
export function createFetchJiraTransport(options: FetchTransportOptions): JiraTransport {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.actor) headers['x-local-actor'] = options.actor;
  if (options.accountId) headers['x-local-account-id'] = options.accountId;
  if (options.apiToken !== undefined) {
    headers.Authorization = `Basic ${Buffer.from(`${options.email ?? ''}:${options.apiToken}`).toString('base64')}`;
  }
  return async (request: JiraRequest): Promise<HttpResponse> => {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const requestHeaders = body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' };
    return fetch(`${options.baseUrl}${request.path}`, {
      method: request.method,
      headers: requestHeaders,
      ...(body === undefined ? {} : { body }),
    });
  };
}
