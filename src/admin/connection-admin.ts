import { storeApiKey } from '../state/api-key-store';
import { errorFacts } from '../sync/error-facts';
import type { AdminDeps } from './admin.types';

export async function setApiKey(deps: AdminDeps, apiKey: string) {
  const status = await storeApiKey(deps.kv, apiKey.trim());
  deps.log.log('info', 'admin.api_key_set', { last4: status.last4 });
  return status;
}

/** Both directions' reachability, with a reason the page can turn into advice. */
export async function testConnection(deps: AdminDeps) {
  const [peopleforce, jira] = await Promise.all([testPeopleForce(deps), testJira(deps)]);
  return { peopleforce, jira };
}

async function testPeopleForce(deps: AdminDeps) {
  const result = await deps.peopleforceClient.testConnection();
  if (result.ok) {
    const count = result.tasksVisible === null ? '' : ` (${result.tasksVisible} open tasks visible)`;
    return { ok: true, reason: 'ok' as const, message: `Connected to PeopleForce${count}` };
  }
  return { ok: false, reason: result.reason, message: result.message };
}

async function testJira(deps: AdminDeps) {
  try {
    const myself = await deps.jiraClient.getMyself();
    return { ok: true, reason: 'ok' as const, message: `Jira answers as ${myself.displayName}` };
  } catch (error) {
    const facts = errorFacts(error);
    const reason =
      facts.status === null
        ? ('network' as const)
        : facts.status >= 500
          ? ('server' as const)
          : ('unknown' as const);
    return { ok: false, reason, message: facts.message };
  }
}
