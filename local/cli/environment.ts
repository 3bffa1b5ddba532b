import path from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from './cli-errors';

/**
 * Where the command line points, from environment variables. Each system is either given by URL (a real one,
 * or a simulator some other process started) or null, meaning the embedded simulator this process starts.
 */
export interface PeopleForceLocation {
  /** The origin that requests for https://app.peopleforce.io are sent to. */
  url: string;
  apiKey: string | null;
}

export interface JiraLocation {
  url: string;
  email: string | null;
  apiToken: string | null;
}

export interface CliEnvironment {
  peopleforce: PeopleForceLocation | null;
  jira: JiraLocation | null;
  /** Only honoured by the embedded PeopleForce simulator, which then accepts this key. */
  simulatorApiKey: string | null;
  /** The folder of the emulated Forge storage; null keeps it in this process's memory. */
  stateDir: string | null;
  /** Variables that were set but have no effect in this combination. */
  ignored: string[];
}

const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalText = z.preprocess(blankAsUnset, z.string().trim().optional());
const optionalHttpUrl = z.preprocess(
  blankAsUnset,
  z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
);

const EnvSchema = z.object({
  PEOPLEFORCE_URL: optionalHttpUrl,
  PEOPLEFORCE_API_KEY: optionalText,
  JIRA_URL: optionalHttpUrl,
  JIRA_EMAIL: optionalText,
  JIRA_API_TOKEN: optionalText,
  LOCAL_STATE_DIR: optionalText,
});

export function readEnvironment(env: NodeJS.ProcessEnv, cwd: string): CliEnvironment {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(
      'The environment variables are not usable:',
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const vars = parsed.data;
  if ((vars.JIRA_EMAIL === undefined) !== (vars.JIRA_API_TOKEN === undefined)) {
    throw new ConfigurationError(
      'Set JIRA_EMAIL and JIRA_API_TOKEN together (Jira Cloud takes basic auth with both), or neither.',
    );
  }
  const ignored: string[] = [];
  if (vars.JIRA_URL === undefined && vars.JIRA_EMAIL !== undefined)
    ignored.push('JIRA_EMAIL', 'JIRA_API_TOKEN');
  return {
    peopleforce:
      vars.PEOPLEFORCE_URL === undefined
        ? null
        : { url: new URL(vars.PEOPLEFORCE_URL).origin, apiKey: vars.PEOPLEFORCE_API_KEY ?? null },
    jira:
      vars.JIRA_URL === undefined
        ? null
        : { url: vars.JIRA_URL, email: vars.JIRA_EMAIL ?? null, apiToken: vars.JIRA_API_TOKEN ?? null },
    simulatorApiKey: vars.PEOPLEFORCE_URL === undefined ? (vars.PEOPLEFORCE_API_KEY ?? null) : null,
    stateDir: vars.LOCAL_STATE_DIR === undefined ? null : path.resolve(cwd, vars.LOCAL_STATE_DIR),
    ignored,
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A URL on this machine: a simulator or a local test server, where writes need no confirmation. */
export function isLocalUrl(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname);
}

/** Values that must never be printed: the API key, the API token and the basic-auth header built from it. */
export function secretsOf(env: CliEnvironment): string[] {
  const secrets = [env.peopleforce?.apiKey, env.simulatorApiKey, env.jira?.apiToken];
  const { email, apiToken } = env.jira ?? {};
  if (email && apiToken) secrets.push(Buffer.from(`${email}:${apiToken}`).toString('base64'));
  return secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length > 0);
}
