import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../../test/fixtures/host-app/fixture-host';
import { startRecordingServer, type RecordingServer } from '../../test/fixtures/host-app/recording-server';
import { createForgeJira } from './forge-jira';

/** The Jira transport over asApp().requestJira, forwarded by the local host to a recording server. */
let jira: RecordingServer;
let host: LocalHost;
const transport = createForgeJira();

beforeAll(async () => {
  jira = await startRecordingServer((request) => ({
    status: request.method === 'POST' ? 201 : 200,
    body: { ok: 1 },
  }));
});

afterAll(async () => {
  await jira.close();
});

beforeEach(() => {
  jira.requests.length = 0;
  host = createFixtureHost({ jira: { baseUrl: jira.baseUrl } });
});

afterEach(async () => {
  await host.close();
});

it('posts a JSON body as the app with JSON headers', async () => {
  const response = await transport({
    method: 'POST',
    path: '/rest/api/3/issue/bulk',
    body: { issueUpdates: [] },
  });
  expect(response.status).toBe(201);
  const [request] = jira.requests;
  expect(request).toMatchObject({
    method: 'POST',
    url: '/rest/api/3/issue/bulk',
    body: '{"issueUpdates":[]}',
  });
  expect(request?.headers).toMatchObject({
    accept: 'application/json',
    'content-type': 'application/json',
    'x-local-actor': 'app',
  });
});

it('sends no body when the request has none, and keeps the query string', async () => {
  await transport({ method: 'GET', path: '/rest/api/3/search/jql?jql=project%3DHR&maxResults=50' });
  expect(jira.requests[0]).toMatchObject({
    method: 'GET',
    url: '/rest/api/3/search/jql?jql=project%3DHR&maxResults=50',
    body: '',
  });
  expect(host.counters.snapshot().jira).toEqual({ 'GET /rest/api/3/search/jql': 1 });
});
