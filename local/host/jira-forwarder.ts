import type { HostCounters } from './counters';
import { HostConfigurationError } from './host-errors';
import { jiraRoutePattern } from './jira-route-pattern';

export interface JiraTarget {
  /** The Jira simulator's URL, or a real site such as https://example.atlassian.net. */
  baseUrl: string;
  /** With `apiToken`, sent as basic auth to a real site. Never logged. */
  email?: string;
  apiToken?: string;
}

export type JiraActor = { kind: 'app' } | { kind: 'user'; accountId: string };

type Fetcher = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Sends `requestJira` calls on to the configured Jira. The `x-local-actor` (and `x-local-account-id`) headers let
 * the simulator tell the app's own writes from a user's, which is what `ignoreSelf` needs; a real Jira ignores them.
 */
export class JiraForwarder {
  private readonly authorization: string | undefined;

  constructor(
    private readonly target: JiraTarget | undefined,
    private readonly send: Fetcher,
    private readonly counters: HostCounters,
  ) {
    const { email, apiToken } = target ?? {};
    this.authorization =
      email !== undefined && apiToken !== undefined
        ? `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`
        : undefined;
  }

  async forward(path: string, init: RequestInit | undefined, actor: JiraActor): Promise<Response> {
    if (this.target === undefined) {
      throw new HostConfigurationError(
        `requestJira(${path}) needs a Jira: pass jira: { baseUrl } to createLocalHost (the Jira simulator's URL, ` +
          'or a Jira Cloud site with email and apiToken).',
      );
    }
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers);
    headers.set('x-local-actor', actor.kind);
    if (actor.kind === 'user') headers.set('x-local-account-id', actor.accountId);
    if (this.authorization !== undefined) headers.set('authorization', this.authorization);
    this.counters.jiraRequest(jiraRoutePattern(method, path));
    const url = `${this.target.baseUrl.replace(/\/$/, '')}${path}`;
    const body = init?.body ?? null;
    return this.send(url, { method, headers, body, ...(init?.signal ? { signal: init.signal } : {}) });
  }
}
