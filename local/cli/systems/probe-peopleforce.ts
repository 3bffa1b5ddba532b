import { UnreachableError } from '../cli-errors';
import { DEFAULT_PEOPLEFORCE_BASE_URL } from '../../../src/peopleforce/client';
import { describeNetworkFailure } from './network-failure';
import type { ProbeFetch } from './probe-fetch';

/**
 * One request before any work: the first page of open tasks, as the poll will ask for it. It tells whether
 * PeopleForce (or whatever PEOPLEFORCE_URL points at) is there and takes the API key.
 * https://developer.peopleforce.io/reference/get-tasks
 */
const API_PATH = new URL(DEFAULT_PEOPLEFORCE_BASE_URL).pathname;

export async function probePeopleForce(origin: string, apiKey: string, send: ProbeFetch): Promise<void> {
  const where = `PeopleForce at ${origin}`;
  const fail = (message: string, status: number | null) =>
    new UnreachableError(message, 'peopleforce', origin, status);
  let response: Response;
  try {
    response = await send(`${origin}${API_PATH}/tasks?completed=false&page=1`, {
      method: 'GET',
      headers: { 'X-API-KEY': apiKey, Accept: 'application/json' },
    });
    await response.text();
  } catch (error) {
    throw fail(`${where} cannot be reached: ${describeNetworkFailure(error)}. Check PEOPLEFORCE_URL.`, null);
  }
  if (response.status === 401) {
    throw fail(`${where} refused the API key (401). Check PEOPLEFORCE_API_KEY.`, 401);
  }
  if (response.status === 403) {
    throw fail(
      `${where} refused access (403): the API key's IP allow-list may not include this machine.`,
      403,
    );
  }
  if (response.status === 404) {
    throw fail(`${where} has no PeopleForce API at ${API_PATH}/tasks (404). Check PEOPLEFORCE_URL.`, 404);
  }
  // 429 means it is there and busy: the client waits and retries, so only other failures stop the command.
  if (!response.ok && response.status !== 429) {
    throw fail(
      `${where} answered ${response.status} to ${API_PATH}/tasks. Try again later.`,
      response.status,
    );
  }
}
