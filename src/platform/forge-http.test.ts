import { ExternalEndpointNotAllowedError } from '@forge/api';
import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../../test/fixtures/host-app/fixture-host';
import { startRecordingServer, type RecordingServer } from '../../test/fixtures/host-app/recording-server';
import { createForgeHttp } from './forge-http';

/** The HTTP adapter over @forge/api's fetch, inside an invocation of the fixture app's poll function. */
let server: RecordingServer;
let host: LocalHost;
const http = createForgeHttp();

beforeAll(async () => {
  server = await startRecordingServer(() => ({ status: 201, body: { created: true } }));
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
  host = createFixtureHost({ egressRoutes: { 'https://app.peopleforce.io': server.baseUrl } });
});

afterEach(async () => {
  await host.close();
});

it('sends method, headers and body to an egress-allowed host and returns status, headers and text', async () => {
  const response = await host.runAs('poll', () =>
    http('https://app.peopleforce.io/api/public/v3/tasks/9/complete', {
      method: 'POST',
      headers: { 'X-API-KEY': 'pf-key', 'Content-Type': 'application/json' },
      body: '{"note":"done"}',
    }),
  );
  expect(response.status).toBe(201);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(await response.text()).toBe('{"created":true}');
  expect(server.requests).toEqual([
    expect.objectContaining({
      method: 'POST',
      url: '/api/public/v3/tasks/9/complete',
      body: '{"note":"done"}',
    }),
  ]);
  expect(server.requests[0]?.headers['x-api-key']).toBe('pf-key');
});

it('is refused for a host the manifest does not allow', async () => {
  await expect(host.runAs('poll', () => http('https://api.example.net/', { method: 'GET' }))).rejects.toThrow(
    ExternalEndpointNotAllowedError,
  );
});
