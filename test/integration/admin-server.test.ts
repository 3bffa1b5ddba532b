import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import {
  startAdminServer,
  type AdminServer,
  type LocalHostLike,
} from '../../local/admin-server/start-admin-server';

/**
 * The admin server over plain HTTP (no browser): the page and the bridge script are served, the script gives
 * the real @forge/bridge a working `invoke`, `getContext` and `requestJira`, and each reaches the right place.
 */

interface HostCall {
  functionKey: string;
  key: string;
  payload: unknown;
  accountId: string;
}

class RecordingHost implements LocalHostLike {
  readonly calls: HostCall[] = [];
  invokeResolver(
    functionKey: string,
    key: string,
    payload: unknown,
    opts: { accountId: string },
  ): Promise<unknown> {
    this.calls.push({ functionKey, key, payload, accountId: opts.accountId });
    if (key === 'explode') return Promise.reject(new Error('the resolver threw'));
    return Promise.resolve({ ok: true, data: { answeredKey: key, payload } });
  }
}

interface JiraCall {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

async function startFakeJira(): Promise<{ url: string; calls: JiraCall[]; server: Server }> {
  const calls: JiraCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Seen': 'yes' });
      res.end(JSON.stringify({ key: 'HR-1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, server };
}

const indexHtml = `<!doctype html>
<html><head><title>Admin</title>
<script type="module" crossorigin src="./assets/app.js"></script>
</head><body><div id="root"></div></body></html>`;

let buildDir: string;
let host: RecordingHost;
let jira: Awaited<ReturnType<typeof startFakeJira>>;
let admin: AdminServer;

beforeAll(async () => {
  buildDir = await mkdtemp(path.join(tmpdir(), 'admin-build-'));
  await mkdir(path.join(buildDir, 'assets'));
  await writeFile(path.join(buildDir, 'index.html'), indexHtml);
  await writeFile(path.join(buildDir, 'assets', 'app.js'), 'export const app = 1;');
  host = new RecordingHost();
  jira = await startFakeJira();
  admin = await startAdminServer({ host, jiraBaseUrl: jira.url, buildDir, accountId: 'acc-admin' });
});

afterAll(async () => {
  delete (globalThis as { __bridge?: unknown }).__bridge;
  await admin.close();
  await new Promise((resolve) => jira.server.close(resolve));
  await rm(buildDir, { recursive: true, force: true });
});

beforeEach(() => {
  host.calls.length = 0;
  jira.calls.length = 0;
});

function post(pathname: string, body: unknown): Promise<Response> {
  return fetch(new URL(pathname, admin.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Runs the served bridge script the way a page would, with relative fetches resolved against the server. */
async function loadBridgeScript(
  search = '',
): Promise<{ callBridge(name: string, payload?: unknown): Promise<unknown> }> {
  const script = await (await fetch(new URL('/__local/bridge.js', admin.url))).text();
  const sandbox: Record<string, unknown> = {
    window: { location: { search } },
    URLSearchParams,
    fetch: (target: string, init: RequestInit) => fetch(new URL(target, admin.url), init),
  };
  runInNewContext(script, sandbox);
  return sandbox.__bridge as { callBridge(name: string, payload?: unknown): Promise<unknown> };
}

describe('admin server', () => {
  test('listens on 127.0.0.1 and serves the page with the bridge script before the app script', async () => {
    expect(admin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(admin.url);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const bridgeAt = html.indexOf('<script src="/__local/bridge.js"></script>');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(html.indexOf('./assets/app.js'));
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
  });

  test('serves build assets and refuses paths outside the build folder', async () => {
    const asset = await fetch(new URL('/assets/app.js', admin.url));
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(await asset.text()).toBe('export const app = 1;');

    const escaped = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(admin.url);
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: '/assets/%2e%2e/%2e%2e/%2e%2e/package.json' },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect([403, 404]).toContain(escaped.status);
    expect(escaped.body).not.toContain('"devDependencies"');
  });

  test('POST /__local/invoke forwards to the admin resolver as the configured account', async () => {
    const response = await post('/__local/invoke', { functionKey: 'getConfig', payload: { limit: 3 } });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      result: { ok: true, data: { answeredKey: 'getConfig', payload: { limit: 3 } } },
    });
    expect(host.calls).toEqual([
      { functionKey: 'admin-resolver', key: 'getConfig', payload: { limit: 3 }, accountId: 'acc-admin' },
    ]);
  });

  test.each([
    [
      'a resolver that throws',
      500,
      { functionKey: 'explode' },
      'The resolver "explode" failed: the resolver threw',
    ],
    ['a body without functionKey', 400, { payload: {} }, 'functionKey'],
    ['a body that is not JSON', 400, '{nope', 'not valid JSON'],
  ])('%s is answered %i with a readable error', async (_, status, body, message) => {
    const response = await post('/__local/invoke', body);
    const answer = (await response.json()) as { error: { message: string } };

    expect(response.status).toBe(status);
    expect(answer.error.message).toContain(message);
  });

  test('the bridge script gives the real @forge/bridge a working invoke and getContext', async () => {
    const bridge = await loadBridgeScript('?colorMode=dark');
    (globalThis as { __bridge?: unknown }).__bridge = bridge;
    const forgeBridge = await import('@forge/bridge');

    const result = await forgeBridge.invoke('getStatus', { verbose: true });
    const context = await forgeBridge.view.getContext();

    expect(result).toEqual({ ok: true, data: { answeredKey: 'getStatus', payload: { verbose: true } } });
    expect(context).toMatchObject({
      moduleKey: 'peopleforce-sync-admin',
      siteUrl: jira.url,
      accountId: 'acc-admin',
      theme: { colorMode: 'dark' },
    });
  });

  // @forge/bridge builds requestJira's request with `new Request('')`, which only a page can resolve; this
  // sends the payload it would send (see node_modules/@forge/bridge/out/fetch/fetch.js).
  test('requestJira reaches the Jira base URL as the configured user and the answer comes back whole', async () => {
    const bridge = await loadBridgeScript();

    const answer = await bridge.callBridge('fetchProduct', {
      product: 'jira',
      restPath: '/rest/api/3/issue',
      fetchRequestInit: {
        method: 'POST',
        body: '{"fields":{"summary":"From the page"}}',
        headers: [
          ['content-type', 'application/json'],
          ['x-atlassian-token', 'no-check'],
          ['cookie', 'session=browser'],
        ],
      },
      isMultipartFormData: false,
    });

    expect(answer).toMatchObject({
      status: 201,
      body: '{"key":"HR-1"}',
      headers: { 'x-seen': 'yes' },
      isAttachment: false,
    });
    expect(jira.calls).toHaveLength(1);
    expect(jira.calls[0]).toMatchObject({
      method: 'POST',
      url: '/rest/api/3/issue',
      body: '{"fields":{"summary":"From the page"}}',
    });
    expect(jira.calls[0]?.headers).toMatchObject({
      'x-local-actor': 'user',
      'x-local-account-id': 'acc-admin',
      'x-atlassian-token': 'no-check',
    });
    expect(jira.calls[0]?.headers.cookie).toBeUndefined();
  });

  test('a bridge call the shim does not offer is refused with its name', async () => {
    const bridge = await loadBridgeScript();
    await expect(bridge.callBridge('openModal', {})).rejects.toThrow(
      'The local bridge does not offer "openModal"',
    );
  });

  test('requestJira may not leave the Jira site', async () => {
    const response = await post('/__local/fetch-product', {
      product: 'jira',
      restPath: '//evil.example/steal',
    });

    expect(response.status).toBe(400);
    expect(jira.calls).toHaveLength(0);
  });

  test('a missing build is reported with the command that makes it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'admin-empty-'));
    const bare = await startAdminServer({ host, buildDir: empty });
    try {
      const response = await fetch(bare.url);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:admin');
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
