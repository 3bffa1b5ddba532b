import { DEFAULT_SEED_IDS } from '../../local/jira-sim';
import { generateCompany } from '../../local/peopleforce-sim';
import { ADMIN_FUNCTION } from '../../local/app/local-app';
import { demoConfig } from '../../local/app/demo-config';
import { adminKeys, type AdminKey, type Envelope } from '../../src/config/admin-api';
import { startTestApp, type TestApp } from '../support/app-harness';

/** The admin page's resolver through @forge/resolver, the local host and the simulators. */
const company = generateCompany({ seed: 3, tasks: 40, employees: 12, completedRatio: 0.2 });
const SECRET_KEY = 'pf-live-0123456789abcdef-wxyz';

describe('admin resolver', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp(company);
  });

  afterEach(async () => {
    await app.close();
  });

  const call = async (
    key: string,
    payload: unknown = {},
    accountId: string = DEFAULT_SEED_IDS.adminAccountId,
  ) =>
    (await app.host.invokeResolver(ADMIN_FUNCTION, key, payload, { accountId })) as Envelope<
      Record<string, unknown>
    >;
  const data = async (key: AdminKey, payload: unknown = {}) => {
    const answer = await call(key, payload);
    if (!answer.ok) throw new Error(`${key} refused: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  };

  it('refuses every operation to a user who is not a Jira administrator', async () => {
    for (const key of adminKeys) {
      const answer = await call(key, {}, DEFAULT_SEED_IDS.hrManagerAccountId);
      expect(answer).toMatchObject({ ok: false, error: { code: 'not_admin' } });
    }
  });

  it('never returns the API key from any operation', async () => {
    await expect(data('setApiKey', { apiKey: SECRET_KEY })).resolves.toEqual({ set: true, last4: 'wxyz' });
    await data('saveConfig', { config: demoConfig() });
    for (const key of adminKeys.filter(
      (k) => k !== 'setApiKey' && k !== 'importConfig' && k !== 'retryErrors',
    )) {
      const answer = await call(key, key === 'getHistory' ? { limit: 10 } : {});
      expect(JSON.stringify(answer)).not.toContain(SECRET_KEY);
    }
    expect(JSON.stringify(await call('retryErrors', { taskIds: 'all' }))).not.toContain(SECRET_KEY);
  });

  it('says what is wrong with a payload', async () => {
    const answer = await call('setApiKey', { apiKey: 'short' });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_payload',
        problems: [{ path: 'apiKey', message: 'the API key looks too short' }],
      },
    });
    await expect(call('noSuchOperation')).rejects.toThrow("Resolver has no definition for 'noSuchOperation'");
  });

  it('refuses a configuration Jira would reject, naming the field of the rule', async () => {
    const config = demoConfig();
    const itRule = config.rules[1]!;
    if (itRule.action.type !== 'sync') throw new Error('expected a sync rule');
    itRule.action.fieldMappings = [
      { fieldId: 'customfield_10060', source: { kind: 'static', value: 'Catering' } },
    ];
    const answer = await call('saveConfig', { config });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_config');
    expect(answer.error.problems).toContainEqual({
      path: 'rules.1.action.fieldMappings.customfield_10060',
      message: expect.stringContaining('Catering') as string,
    });
    const schemaError = await call('saveConfig', { config: { trackingLabel: 'has space' } });
    expect(schemaError).toMatchObject({ ok: false, error: { problems: [{ path: 'trackingLabel' }] } });
  });

  it('tells a bad PeopleForce key apart from a working one', async () => {
    await data('setApiKey', { apiKey: 'not-the-right-key' });
    expect(await data('testConnection')).toMatchObject({
      peopleforce: { ok: false, reason: 'bad_key' },
      jira: { ok: true },
    });
    await data('setApiKey', { apiKey: app.peopleforceSim!.apiKey });
    expect(await data('testConnection')).toMatchObject({ peopleforce: { ok: true }, jira: { ok: true } });
  });

  it('lists live Jira metadata for a rule target', async () => {
    const metadata = await data('getJiraMetadata', { projectKey: 'IT', issueTypeId: '10003' });
    expect(metadata.projects).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'HR' })]));
    expect(metadata.fields).toContainEqual(
      expect.objectContaining({ fieldId: 'customfield_10060', required: true }),
    );
    expect(metadata.statuses).toContainEqual(expect.objectContaining({ name: 'Resolved', category: 'done' }));
  });

  it('previews without writing anything anywhere', async () => {
    await data('saveConfig', { config: demoConfig() });
    const before = JSON.stringify(await app.host.kv.list(''));
    const pfWrites = () => app.peopleforceSim!.control.requestLog.filter((e) => e.method !== 'GET').length;
    const preview = await data('previewSync');
    expect(preview.totals).toMatchObject({ created: expect.any(Number) as number, failed: 0 });
    expect((preview.totals as { created: number }).created).toBeGreaterThan(0);
    const ruleNames = (preview.rules as Array<{ ruleName: string; unchanged: number }>).map(
      (r) => r.ruleName,
    );
    expect(ruleNames).not.toContain('No rule matched');
    expect(ruleNames.some((name) => name.startsWith('Not synced now'))).toBe(true);
    expect(JSON.stringify(await app.host.kv.list(''))).toBe(before);
    expect(app.jiraWrites()).toBe(0);
    expect(pfWrites()).toBe(0);
  });

  it('runs "Sync now" through the queue and reports it in status and history', async () => {
    await data('saveConfig', { config: demoConfig() });
    const { runId } = (await data('syncNow')) as { runId: string };
    await app.drainQueue();
    const history = (await data('getHistory', { limit: 5 })) as {
      runs: Array<{ runId: string; trigger: string }>;
    };
    expect(history.runs[0]).toMatchObject({ runId, trigger: 'manual' });
    const status = await data('getStatus');
    expect(status).toMatchObject({ enabled: true, progress: null, lastRun: { runId } });
    expect(app.issuesByTask().size).toBeGreaterThan(0);
  });

  it('refuses "Sync now" while paused', async () => {
    await data('saveConfig', { config: { ...demoConfig(), enabled: false } });
    expect(await call('syncNow')).toMatchObject({ ok: false, error: { code: 'paused' } });
  });

  it('exports the configuration and imports it back, refusing a file that is not JSON', async () => {
    await data('saveConfig', { config: demoConfig() });
    const { json } = (await data('exportConfig')) as { json: string };
    await expect(data('importConfig', { json })).resolves.toMatchObject({ config: demoConfig() });
    expect(await call('importConfig', { json: '{not json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
  });

  it('previews only what fits in one admin request, and says so', async () => {
    const big = generateCompany({ seed: 8, tasks: 600, employees: 30, completedRatio: 0 });
    // A resolver has 25 s; at 0.42 that is 10.5 s, and the preview stops reading with 10 s left.
    const short = await startTestApp(big, { deadlineScale: 0.42 });
    try {
      const answer = (await short.host.invokeResolver(
        ADMIN_FUNCTION,
        'previewSync',
        { config: demoConfig() },
        { accountId: DEFAULT_SEED_IDS.adminAccountId },
      )) as Envelope<{ partial: string | null; totals: { seen: number } }>;
      if (!answer.ok) throw new Error(answer.error.message);
      expect(answer.data.partial).toMatch(/covers the first \d+ tasks/);
      expect(answer.data.totals.seen).toBeLessThan(600);
    } finally {
      await short.close();
    }
  });

  it('previews every task when there is time, with no note', async () => {
    const answer = await data('previewSync', { config: demoConfig() });
    expect(answer.partial).toBeNull();
  });
});
