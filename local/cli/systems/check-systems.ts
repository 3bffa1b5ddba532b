import { errorMessage } from '../../host/host-errors';
import type { LocalApp } from '../../app/local-app';
import { readApiKey } from '../../../src/state/api-key-store';
import { CliError, ConfigurationError } from '../cli-errors';
import type { CliEnvironment, PeopleForceLocation } from '../environment';
import { withAppKv } from '../state/app-kv';
import { probeFetch, type ProbeFetch } from './probe-fetch';
import { probeJira } from './probe-jira';
import { probePeopleForce } from './probe-peopleforce';

/**
 * Checks the systems given by URL before any work; the embedded simulators need no check. Returns the Jira
 * account admin operations act as when Jira is given by URL (null for the embedded simulator).
 */
export async function checkSystems(
  app: LocalApp,
  env: CliEnvironment,
  send: ProbeFetch = probeFetch,
): Promise<{ adminAccountId: string | null }> {
  const [jira, peopleforce] = await Promise.allSettled([
    env.jira === null ? Promise.resolve(null) : probeJira(env.jira, send),
    env.peopleforce === null ? Promise.resolve() : checkPeopleForce(app, env.peopleforce, send),
  ]);
  const failures = [jira, peopleforce]
    .filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
    .map((outcome) => outcome.reason as unknown);
  const [first, ...others] = failures;
  if (first !== undefined) throw withOthers(first, others);
  return { adminAccountId: jira.status === 'fulfilled' && jira.value !== null ? jira.value.accountId : null };
}

/** With the key given in the environment, or else the one stored earlier (by a command or the admin page). */
async function checkPeopleForce(
  app: LocalApp,
  location: PeopleForceLocation,
  send: ProbeFetch,
): Promise<void> {
  const apiKey = location.apiKey ?? (await withAppKv(app.host, (kv) => readApiKey(kv)))?.trim();
  if (apiKey === undefined || apiKey === '') {
    throw new ConfigurationError(
      `No PeopleForce API key is stored for ${location.url}: set PEOPLEFORCE_API_KEY (it is stored as the app's secret).`,
    );
  }
  await probePeopleForce(location.url, apiKey, send);
}

/** Both systems can fail at once; the first is the message, the other is listed beneath it. */
function withOthers(first: unknown, others: unknown[]): unknown {
  if (first instanceof CliError) {
    first.details.push(...others.map(errorMessage));
  }
  return first;
}
