import { asApp, assumeTrustedRoute } from '@forge/api';
import type { JiraTransport } from './ports';

/**
 * The Jira transport over `asApp().requestJira`. Paths arrive already encoded by `jiraPath` (src/jira/path.ts),
 * which is why trusting them with `assumeTrustedRoute` is safe here.
 */
export function createForgeJira(): JiraTransport {
  return (request) =>
    asApp().requestJira(assumeTrustedRoute(request.path), {
      method: request.method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
}
