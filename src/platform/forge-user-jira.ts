import { asUser, assumeTrustedRoute } from '@forge/api';
import type { JiraTransport } from './ports';

/**
 * Jira as the user who called the resolver. Used only to ask Jira what that user may do: the admin check must
 * not trust anything the browser says about who is calling.
 */
export function createForgeUserJira(): JiraTransport {
  return (request) =>
    asUser().requestJira(assumeTrustedRoute(request.path), {
      method: request.method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
}
