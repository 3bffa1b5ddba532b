import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { demoConfig } from '../../local/app/demo-config';
import {
  ADMIN_FUNCTION,
  POLL_TRIGGER,
  PROJECT_ROOT,
  startLocalApp,
  type LocalApp,
} from '../../local/app/local-app';
import { DEFAULT_SEED_IDS, startJiraSimulator, type JiraSimulator } from '../../local/jira-sim';
import { generateCompany } from '../../local/peopleforce-sim';
import { adminKeys, type AdminKey, type Envelope } from '../../src/config/admin-api';
import { ConfigSchema } from '../../src/config/schema';
import { createForgeHttp } from '../../src/platform/forge-http';
import { SuiteSummary } from '../support/suite-summary';
import { DEFAULT_SLACK_WEBHOOK_URL, DEFAULT_TELEGRAM_CHAT_ID } from '../../local/alert-sims';

/**
 * The admin surface and the app's outputs under attack, through the real handlers and the local host. One app
 * serves the whole suite; the last test scans everything the suite made the app say, log, export and store
 * for every credential: the PeopleForce API key, every other stored secret (whatever it is for) and the Jira
 * token the host authenticates with.
 */
const PEOPLEFORCE_KEY = 'pf-live-7c1f0e93b2d84a6f95e1-hush';
const JIRA_EMAIL = 'sync-bot@example.com';
const JIRA_TOKEN = 'ATATT3xFfGF0-jira-token-5b2c9e71d4';
const EXTRA_SECRET_KEY = 'alert-signing-secret';
const EXTRA_SECRET = 'whsec_4d2f9a81c3e7b6a0';
const company = generateCompany({ seed: 51, tasks: 40, employees: 12, completedRatio: 0.2 });
const summary = new SuiteSummary('security', 'security');

const validPayloads: Record<AdminKey, unknown> = {
  getConfig: {},
  saveConfig: { config: demoConfig() },
  setApiKey: { apiKey: 'pf-live-attacker-chosen-key' },
  testConnection: {},
  getJiraMetadata: { projectKey: 'HR', issueTypeId: DEFAULT_SEED_IDS.hrTaskTypeId },
  previewSync: {},
  syncNow: {},
  getStatus: {},
  getHistory: { limit: 10 },
  getErrors: {},
  retryErrors: { taskIds: 'all' },
  adoptIssues: { label: 'PeopleForce', propertyKey: 'pf_sync_metadata', dryRun: false },
  getAdoption: {},
  searchTasks: { query: 'laptop' },
  exportConfig: {},
  importConfig: { json: JSON.stringify({ ...demoConfig(), enabled: false }) },
  getAlerts: {},
  saveAlertSettings: {
    settings: {
      telegramChatId: DEFAULT_TELEGRAM_CHAT_ID,
      adminPageUrl: 'https://example.atlassian.net/jira',
    },
  },
  setAlertSecret: { channel: 'slack', secret: DEFAULT_SLACK_WEBHOOK_URL },
  removeAlertChannel: { channel: 'telegram' },
  sendTestAlert: { channel: 'slack' },
};

describe('security', () => {
  let jira: JiraSimulator;
  let app: LocalApp;
  const answers: unknown[] = [];
  const logLines: string[] = [];
  const errors: string[] = [];
  const savedLogLevel = process.env.LOG_LEVEL;

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'debug';
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logLines.push(args.map(String).join(' '));
      });
    }
    jira = await startJiraSimulator({ email: JIRA_EMAIL, apiToken: JIRA_TOKEN });
    app = await startLocalApp({
      peopleforce: { simulator: { company, apiKey: PEOPLEFORCE_KEY } },
      jira: { url: jira.url, email: JIRA_EMAIL, apiToken: JIRA_TOKEN },
      logger: (line) => logLines.push(line),
    });
    await app.host.setSecret(EXTRA_SECRET_KEY, { secret: EXTRA_SECRET });
    await app.host.kv.set('config', ConfigSchema.parse(demoConfig()));
  });

  afterAll(async () => {
    await app.close();
    await jira.close();
    jest.restoreAllMocks();
    process.env.LOG_LEVEL = savedLogLevel;
    summary.write();
  });

  const call = async (key: string, payload: unknown, accountId: string = DEFAULT_SEED_IDS.adminAccountId) => {
    const answer = (await app.host.invokeResolver(ADMIN_FUNCTION, key, payload, {
      accountId,
    })) as Envelope<unknown>;
    answers.push(answer);
    return answer;
  };

  it('refuses every resolver to anyone but a Jira administrator, with a valid payload, changing nothing', async () => {
    await summary.scenario('every resolver refuses a non-admin', async () => {
      const storeBefore = JSON.stringify(await app.host.kv.list());
      const secretsBefore = JSON.stringify(await app.host.kv.listSecrets());
      const callers = [DEFAULT_SEED_IDS.hrManagerAccountId, 'unknown-account-id'];
      for (const accountId of callers) {
        for (const key of adminKeys) {
          expect(await call(key, validPayloads[key], accountId)).toMatchObject({
            ok: false,
            error: { code: 'not_admin' },
          });
        }
      }
      await app.drainQueue();
      expect(JSON.stringify(await app.host.kv.list())).toBe(storeBefore);
      expect(JSON.stringify(await app.host.kv.listSecrets())).toBe(secretsBefore);
      expect(jira.control.issues().filter((issue) => 'peopleforce-task' in issue.properties)).toEqual([]);
      return {
        cases: adminKeys.length * callers.length,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        note: `${adminKeys.length} keys × a non-admin and an unknown account; storage unchanged`,
      };
    });
  });

  it('answers administrators everywhere, including failures that echo the key back', async () => {
    await summary.scenario('admin calls, failures and a sync leave no credential', async () => {
      expect(await call('setApiKey', { apiKey: PEOPLEFORCE_KEY })).toMatchObject({
        ok: true,
        data: { set: true, last4: 'hush' },
      });
      for (const key of adminKeys.filter((k) => k !== 'setApiKey' && k !== 'importConfig')) {
        await call(key, validPayloads[key]);
      }
      await app.drainQueue();
      const echo = { message: `invalid token ${PEOPLEFORCE_KEY} for X-API-KEY ${PEOPLEFORCE_KEY}` };
      app.peopleforceSim!.control.failNext(1, { status: 401, body: echo });
      expect(await call('testConnection', {})).toMatchObject({
        ok: true,
        data: { peopleforce: { ok: false } },
      });
      app.peopleforceSim!.control.failNext(4, { status: 500, body: echo });
      await app.host.runScheduledTrigger(POLL_TRIGGER).catch((error: unknown) => errors.push(String(error)));
      await app.drainQueue();
      app.peopleforceSim!.control.failNext(1, { status: 422, body: `<html>${PEOPLEFORCE_KEY}</html>` });
      await call('previewSync', {});
      app.peopleforceSim!.control.clearFaults();
      await app.poll();
      await call('getErrors', {});
      await call('exportConfig', {});
      await call('getHistory', { limit: 50 });
      const synced = jira.control.issues().find((issue) => 'peopleforce-task' in issue.properties)!;
      const onIssue = {
        accountId: DEFAULT_SEED_IDS.adminAccountId,
        extension: { issue: { id: synced.id, key: synced.key, type: 'Task' } },
      };
      for (const key of ['getIssuePanel', 'syncIssueNow']) {
        answers.push(await app.host.invokeResolver('issue-panel-resolver', key, {}, onIssue));
      }
      await call('searchTasks', { query: synced.key });
      expect(jira.control.issues().length).toBeGreaterThan(0);
      return {
        cases: answers.length,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        note: 'scanned in the last test',
      };
    });
  });

  it('refuses egress to any host the manifest does not declare', async () => {
    await summary.scenario('egress to undeclared hosts refused', async () => {
      const refused = [
        'https://evil.example/steal',
        'http://app.peopleforce.io/api/public/v3/tasks',
        'https://app.peopleforce.io.evil.example/api',
        'https://peopleforce.io/api',
        'https://127.0.0.1:1/',
      ];
      const http = createForgeHttp();
      for (const url of refused) {
        const outcome = await app.host
          .runAs('poll-peopleforce', () =>
            http(url, { method: 'GET', headers: { 'X-API-KEY': PEOPLEFORCE_KEY } }),
          )
          .then(
            () => 'sent',
            (error: unknown) => (error instanceof Error ? error.name : String(error)),
          );
        expect(outcome).toMatch(/ExternalEndpointNotAllowed|EGRESS_ALLOWLIST/);
      }
      expect(Object.values(app.host.counters.snapshot().egressRefused).reduce((a, b) => a + b, 0)).toBe(
        refused.length,
      );
      return {
        cases: refused.length,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        note: '@forge/api refuses; nothing sent',
      };
    });
  });

  it('never writes a script or a javascript:/data: link into an issue', async () => {
    await summary.scenario('ADF carries no script or unsafe link', async () => {
      app.peopleforceSim!.control.addTask({
        title: 'Hostile <script>alert(1)</script>',
        description:
          '<a href="javascript:alert(1)">a</a><a href="data:text/html;base64,PHNjcmlwdD4=">b</a>' +
          '<a href="vbscript:x">c</a><img src="javascript:alert(2)" alt="i"><script>alert(3)</script>' +
          '<a href="java&#x09;script:alert(4)">d</a><a href="&#106;avascript:alert(5)">e</a>',
      });
      await app.poll();
      const issues = jira.control.issues();
      const nodes = issues.flatMap((issue) => Object.values(issue.fields).flatMap(adfNodes));
      const hrefs = nodes.flatMap((node) =>
        (node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs?.href ?? ''),
      );
      const unsafe = hrefs.filter((href) => !/^(https?:|mailto:)/i.test(href));
      const scripts = nodes.filter((node) => /<script|alert\(/i.test(node.text ?? ''));
      expect(unsafe).toEqual([]);
      expect(scripts).toEqual([]);
      return {
        cases: issues.length,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        note: `${String(hrefs.length)} links in ${String(issues.length)} issues, all http(s)/mailto`,
      };
    });
  });

  it('builds JQL only from constants and validated numbers, whatever storage holds', async () => {
    await summary.scenario('JQL only from validated values', async () => {
      const injection = '") OR project = IT OR ("';
      const longAgo = '2020-01-01T00:00:00.000Z';
      await app.host.kv.set('cursor:sweep', { lastSweepStartedAt: injection });
      await app.host.kv.set('intent:create:hostile', {
        id: 'hostile',
        taskIds: [injection],
        createdAt: longAgo,
      });
      await app.host.kv.set('intent:create:stale', {
        id: 'stale',
        taskIds: [987_654_321],
        createdAt: longAgo,
      });
      jira.control.clearRequestLog();
      await app.sweep();
      await app.poll();
      const queries = jira.control.requestLog.flatMap((entry) =>
        entry.jql === undefined ? [] : [entry.jql],
      );
      const shapes = [
        /^peopleforceTaskId IS NOT EMPTY AND statusCategory (=|!=) Done( AND updated >= "-\d+m")? ORDER BY updated ASC$/,
        /^peopleforceTaskId in \("\d+"(, "\d+")*\)$/,
      ];
      expect(queries.filter((jql) => !shapes.some((shape) => shape.test(jql)))).toEqual([]);
      expect(shapes.map((shape) => queries.some((jql) => shape.test(jql)))).toEqual([true, true]);
      expect(queries.join('\n')).not.toContain('project = IT');
      expect(await app.host.kv.get('intent:create:stale')).toBeUndefined();
      return {
        cases: queries.length,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        note: 'JQL sent by a sweep and an intent heal over a hostile watermark and intent',
      };
    });
  });

  it('renders no HTML from data in the admin page or the issue panel', async () => {
    await summary.scenario('no dangerouslySetInnerHTML in the Custom UIs', () => {
      const sources = ['admin', 'issue-panel'].flatMap((ui) =>
        sourceFiles(path.join(PROJECT_ROOT, 'static', ui, 'src')),
      );
      const offenders = sources.filter((file) =>
        /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/.test(
          readFileSync(file, 'utf8'),
        ),
      );
      expect(sources.length).toBeGreaterThan(10);
      expect(offenders).toEqual([]);
      return Promise.resolve({
        cases: sources.length,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        note: 'source files of static/admin/src and static/issue-panel/src grepped',
      });
    });
  });

  it('leaves no credential in any answer, log line, error, export or stored record', async () => {
    await summary.scenario('no credential in answers, logs, errors, exports, storage', async () => {
      const secrets = await app.host.kv.listSecrets();
      const needles = [
        ...secrets.flatMap(({ value }) => stringsIn(value)),
        JIRA_TOKEN,
        Buffer.from(`${JIRA_EMAIL}:${JIRA_TOKEN}`).toString('base64'),
      ].filter((needle) => needle.length >= 8);
      expect(needles).toEqual(expect.arrayContaining([PEOPLEFORCE_KEY, EXTRA_SECRET, JIRA_TOKEN]));
      const exported = await call('exportConfig', {});
      const stored = await app.host.kv.list();
      const issues = jira.control.issues();
      const haystacks: Record<string, string[]> = {
        'resolver answers': answers.map((answer) => JSON.stringify(answer)),
        'log lines': logLines,
        errors,
        export: [JSON.stringify(exported)],
        'stored records': stored.map((entry) => JSON.stringify(entry)),
        'Jira issues': issues.map((issue) => JSON.stringify(issue)),
      };
      expect(logLines.length).toBeGreaterThan(20);
      expect(stored.length).toBeGreaterThan(5);
      const leaks = Object.entries(haystacks).flatMap(([where, texts]) =>
        texts.flatMap((text) => needles.filter((needle) => text.includes(needle)).map(() => where)),
      );
      expect(leaks).toEqual([]);
      const scanned = Object.values(haystacks).reduce((total, texts) => total + texts.length, 0);
      return {
        cases: scanned,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        note: `${String(needles.length)} credentials × ${String(scanned)} outputs (${Object.keys(haystacks).join(', ')})`,
      };
    });
  });
});

type AdfNode = { text?: string; marks?: { type: string; attrs?: { href?: string } }[]; content?: AdfNode[] };

function adfNodes(value: unknown): AdfNode[] {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'doc') return [];
  const walk = (node: AdfNode): AdfNode[] => [node, ...(node.content ?? []).flatMap(walk)];
  return walk(value);
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}
