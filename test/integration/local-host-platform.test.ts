import { ExternalEndpointNotAllowedError } from '@forge/api';
import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../fixtures/host-app/fixture-host';
import { startRecordingServer, type RecordingServer } from '../fixtures/host-app/recording-server';

/** Jira product requests and egress, made by the fixture app's handlers through the real @forge/api. */
let jira: RecordingServer;
let peopleforce: RecordingServer;
let host: LocalHost;

beforeAll(async () => {
  jira = await startRecordingServer((request) => ({ status: 200, body: { echoed: request.url } }));
  peopleforce = await startRecordingServer((request) => ({
    status: 200,
    body: { data: [{ id: 7 }], url: request.url },
  }));
});

afterAll(async () => {
  await jira.close();
  await peopleforce.close();
});

beforeEach(() => {
  jira.requests.length = 0;
  peopleforce.requests.length = 0;
  host = createFixtureHost({
    jira: { baseUrl: jira.baseUrl, email: 'admin@example.test', apiToken: 'jira-token-value' },
    egressRoutes: {
      'https://app.peopleforce.io': peopleforce.baseUrl,
      'api.hr-partner.test': peopleforce.baseUrl,
    },
  });
});

afterEach(async () => {
  await host.close();
});

describe('Jira requests', () => {
  it('forwards asApp().requestJira to the configured Jira with method, path, body and the app actor header', async () => {
    const result = await host.invoke('probe', { op: 'jira', issueKey: 'HR-12' });
    expect(result).toEqual({ status: 200, body: { echoed: '/rest/api/3/issue/HR-12?fields=summary' } });
    const [request] = jira.requests;
    expect(request).toMatchObject({
      method: 'PUT',
      url: '/rest/api/3/issue/HR-12?fields=summary',
      body: JSON.stringify({ fields: { summary: 'from the fixture' } }),
    });
    expect(request?.headers['x-local-actor']).toBe('app');
    expect(request?.headers['x-local-account-id']).toBeUndefined();
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from('admin@example.test:jira-token-value').toString('base64')}`,
    );
    expect(host.counters.snapshot().jira).toEqual({ 'PUT /rest/api/3/issue/{id}': 1 });
  });

  it("marks asUser() requests with the invoking user's account id", async () => {
    await host.runAs(
      'probe',
      async () => {
        const { asUser, route } = await import('@forge/api');
        await asUser().requestJira(route`/rest/api/3/myself`);
      },
      { accountId: 'user-42' },
    );
    expect(jira.requests[0]?.headers['x-local-actor']).toBe('user');
    expect(jira.requests[0]?.headers['x-local-account-id']).toBe('user-42');
  });

  it('answers asUser() without a user as Forge does: NeedsAuthenticationError', async () => {
    await expect(host.invoke('probe', { op: 'jira', issueKey: 'HR-1', asUser: true })).rejects.toMatchObject({
      name: 'NEEDS_AUTHENTICATION_ERR',
    });
    expect(jira.requests).toHaveLength(0);
  });

  it('says clearly when no Jira is configured', async () => {
    const bare = createFixtureHost();
    await expect(bare.invoke('probe', { op: 'jira', issueKey: 'HR-1' })).rejects.toThrow(
      /needs a Jira: pass jira/,
    );
    await bare.close();
  });
});

describe('egress', () => {
  it('routes an allowed host to its configured base URL, keeping path and query', async () => {
    const result = await host.invoke('probe', {
      op: 'egress',
      url: 'https://app.peopleforce.io/api/public/v3/tasks?page=2&status=open',
    });
    expect(result).toMatchObject({ status: 200 });
    expect(peopleforce.requests.map((request) => request.url)).toEqual([
      '/api/public/v3/tasks?page=2&status=open',
    ]);
    expect(host.counters.snapshot().egress).toEqual({ 'app.peopleforce.io': 1 });
  });

  it('allows a host matched by a plain-string wildcard entry', async () => {
    await host.invoke('probe', { op: 'egress', url: 'https://api.hr-partner.test/v1/people' });
    expect(peopleforce.requests.map((request) => request.url)).toEqual(['/v1/people']);
  });

  it('refuses an unlisted host with ExternalEndpointNotAllowedError naming the manifest section', async () => {
    const refusal: unknown = await host
      .invoke('probe', { op: 'egress', url: 'https://evil.example.com/steal' })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ExternalEndpointNotAllowedError);
    expect((refusal as Error).message).toContain('https://evil.example.com/steal');
    expect((refusal as Error).message).toContain('permissions.external.fetch.backend');
    expect(host.counters.snapshot().egressRefused).toEqual({ 'evil.example.com': 1 });
    expect(peopleforce.requests).toHaveLength(0);
  });

  it('refuses the apex of a wildcard and an http:// variant of an https:// entry, as Forge does', async () => {
    await expect(host.invoke('probe', { op: 'egress', url: 'https://hr-partner.test/' })).rejects.toThrow(
      ExternalEndpointNotAllowedError,
    );
    await expect(host.invoke('probe', { op: 'egress', url: 'http://app.peopleforce.io/' })).rejects.toThrow(
      ExternalEndpointNotAllowedError,
    );
  });

  it('refuses even a loopback URL from inside an invocation when the manifest does not list it', async () => {
    await expect(
      host.invoke('probe', { op: 'egress', url: `${peopleforce.baseUrl}/direct` }),
    ).rejects.toThrow(ExternalEndpointNotAllowedError);
  });

  it('applies the same policy to fetch outside invocations, except for loopback test traffic', async () => {
    const routed = await fetch('https://app.peopleforce.io/api/public/v3/tasks');
    expect(routed.status).toBe(200);
    await expect(fetch('https://unlisted.example.org/')).rejects.toThrow(ExternalEndpointNotAllowedError);
    const direct = await fetch(`${peopleforce.baseUrl}/health`);
    expect(direct.status).toBe(200);
    expect(peopleforce.requests.map((request) => request.url)).toEqual(['/api/public/v3/tasks', '/health']);
  });

  it('refuses non-loopback fetch when no host is active', async () => {
    await host.close();
    await expect(fetch('https://app.peopleforce.io/')).rejects.toThrow(/No local Forge host is active/);
  });
});

describe('a full scheduled run', () => {
  it('polls PeopleForce through egress, stores what it saw and queues one event per task', async () => {
    const result = await host.runScheduledTrigger('probe-poll');
    expect(result).toEqual({ tasks: 1, jobId: expect.any(String) as unknown });
    expect(await host.kv.get('poll:last')).toEqual({
      event: { context: { cloudId: 'local-cloud', moduleKey: 'probe-poll' }, contextToken: 'local-context' },
      tasks: 1,
      moduleKey: 'probe-poll',
    });
    expect(host.pendingEvents().map((event) => event.body)).toEqual([{ action: 'record', taskId: 7 }]);
  });
});
