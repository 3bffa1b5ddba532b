import type { z } from 'zod';
import type { ConnectionResultSchema } from '../../../../src/config/admin-api';

export type ConnectionResult = z.infer<typeof ConnectionResultSchema>;
export type ConnectionReason = ConnectionResult['reason'];
export type Remote = 'peopleforce' | 'jira';

export interface ConnectionText {
  title: string;
  advice: string;
  appearance: 'success' | 'warning' | 'error';
}

const peopleforceTexts: Record<ConnectionReason, ConnectionText> = {
  ok: {
    title: 'PeopleForce: connected',
    advice: 'The API key works and tasks can be read.',
    appearance: 'success',
  },
  missing_key: {
    title: 'PeopleForce: no API key saved',
    advice: 'Paste the API key from PeopleForce (Settings → API) above and save it.',
    appearance: 'warning',
  },
  bad_key: {
    title: 'PeopleForce: the API key was refused',
    advice:
      'PeopleForce did not accept the key (401). Check that it was copied whole and has not been revoked, then save it again.',
    appearance: 'error',
  },
  forbidden: {
    title: 'PeopleForce: access forbidden',
    advice:
      'PeopleForce answered 403: the key lacks access to tasks, or an IP allow-list on the PeopleForce account blocks Atlassian’s servers. Allow the key to read tasks, and allow Atlassian Forge’s egress addresses if an allow-list is on.',
    appearance: 'error',
  },
  network: {
    title: 'PeopleForce: not reachable',
    advice: 'No answer came back from app.peopleforce.io (network error or timeout). Try again in a minute.',
    appearance: 'error',
  },
  server: {
    title: 'PeopleForce: server error',
    advice:
      'PeopleForce answered with a server error (5xx) or asked to slow down. Nothing is wrong with the setup; try again later.',
    appearance: 'warning',
  },
  unknown: {
    title: 'PeopleForce: unexpected answer',
    advice: 'PeopleForce answered in a way the app did not expect. The detail below says what came back.',
    appearance: 'error',
  },
};

const jiraTexts: Record<ConnectionReason, ConnectionText> = {
  ok: {
    title: 'Jira: connected',
    advice: 'The app can read projects and create issues.',
    appearance: 'success',
  },
  missing_key: {
    title: 'Jira: not checked',
    advice: 'Jira is checked once the PeopleForce key is saved.',
    appearance: 'warning',
  },
  bad_key: {
    title: 'Jira: the app is not authorised',
    advice:
      'Jira refused the app’s credentials (401). Reinstall or upgrade the app so that Jira grants its scopes again.',
    appearance: 'error',
  },
  forbidden: {
    title: 'Jira: access forbidden',
    advice:
      'Jira answered 403: the app lacks permission on the target projects. Check the projects’ permission schemes.',
    appearance: 'error',
  },
  network: {
    title: 'Jira: not reachable',
    advice: 'The request to Jira did not complete (network error or timeout). Try again in a minute.',
    appearance: 'error',
  },
  server: {
    title: 'Jira: server error',
    advice: 'Jira answered with a server error (5xx) or a rate limit. Try again later.',
    appearance: 'warning',
  },
  unknown: {
    title: 'Jira: unexpected answer',
    advice: 'Jira answered in a way the app did not expect. The detail below says what came back.',
    appearance: 'error',
  },
};

export function connectionText(remote: Remote, reason: ConnectionReason): ConnectionText {
  return remote === 'peopleforce' ? peopleforceTexts[reason] : jiraTexts[reason];
}
