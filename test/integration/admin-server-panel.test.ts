import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAdminServer, type AdminServer } from '../../local/admin-server/start-admin-server';
import { PANEL_BRIDGE_SCRIPT_PATH, PANEL_INVOKE_PATH } from '../../local/admin-server/issue-panel-routes';
import { generateCompany } from '../../local/peopleforce-sim';
import { ConfigSchema } from '../../src/config/schema';
import { startTestApp, type TestApp } from '../support/app-harness';

/**
 * The issue panel as the local admin server serves it, over plain HTTP: its page under /issue-panel/, its own
 * bridge script, and its `invoke` reaching the panel's resolver with the issue of `?issue=KEY` in the context.
 */
const company = generateCompany({ seed: 4, tasks: 6, employees: 5, completedRatio: 0 });

let app: TestApp;
let admin: AdminServer;
let panelBuildDir: string;

beforeAll(async () => {
  panelBuildDir = await mkdtemp(path.join(tmpdir(), 'panel-build-'));
  await writeFile(
    path.join(panelBuildDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/panel.js"></script></head><body></body></html>',
  );
  app = await startTestApp(company);
  await app.saveConfig(
    ConfigSchema.parse({
      rules: [{ id: 'hr', name: 'HR', action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001' } }],
    }),
  );
  await app.poll();
  admin = await startAdminServer({ host: app.host, jiraBaseUrl: app.jiraSim!.url, panelBuildDir });
});

afterAll(async () => {
  await admin.close();
  await app.close();
  await rm(panelBuildDir, { recursive: true, force: true });
});

const invoke = (body: unknown) =>
  fetch(new URL(PANEL_INVOKE_PATH, admin.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the issue panel on the local admin server', () => {
  it('serves the panel under its folder with its own bridge script, and sends /issue-panel there', async () => {
    const page = await (await fetch(new URL('/issue-panel/?issue=HR-1', admin.url))).text();
    expect(page).toContain(`<script src="${PANEL_BRIDGE_SCRIPT_PATH}"></script>`);
    const script = await (await fetch(new URL(PANEL_BRIDGE_SCRIPT_PATH, admin.url))).text();
    expect(script).toContain(PANEL_INVOKE_PATH);
    expect(script).toContain('"type":"jira:issueContext"');
    const bare = await fetch(new URL('/issue-panel?issue=HR-1', admin.url), { redirect: 'manual' });
    expect(bare.status).toBe(302);
    expect(bare.headers.get('location')).toBe('/issue-panel/?issue=HR-1');
  });

  it("answers the panel's invoke for the issue of the page, from the real resolver", async () => {
    const answer = await invoke({ functionKey: 'getIssuePanel', payload: {}, issueKey: 'HR-1' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({
      result: { ok: true, data: { issueKey: 'HR-1', state: 'active', canSyncNow: true } },
    });
  });

  it('says how to open the panel without an issue, and names an issue Jira does not have', async () => {
    const withoutIssue = await invoke({ functionKey: 'getIssuePanel', payload: {}, issueKey: null });
    expect(withoutIssue.status).toBe(400);
    expect(await withoutIssue.text()).toContain('/issue-panel/?issue=KEY');
    const unknown = await invoke({ functionKey: 'getIssuePanel', payload: {}, issueKey: 'HR-999' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Jira has no issue HR-999');
  });
});
