import { DEFAULT_SEED_IDS, createFetchJiraTransport } from '../../local/jira-sim';
import { seedWithExtraHrFields } from '../../test/fixtures/jira/issue-builders';
import { startJiraHarness, type JiraHarness } from '../../test/fixtures/jira/jira-harness';
import { FixedClock } from '../../test/support/fixed-clock';
import { JiraClient } from './client';
import { fieldTakesAdf } from './field-meta';

let harness: JiraHarness;

beforeAll(async () => {
  harness = await startJiraHarness({ simulator: { seed: seedWithExtraHrFields(60) } });
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.sim.control.reset();
});

describe('JiraClient.getCreateMeta', () => {
  it('reads every page of the field metadata and caches it per project and issue type', async () => {
    const fields = await harness.client.getCreateMeta('HR', DEFAULT_SEED_IDS.hrTaskTypeId);
    const again = await harness.client.getCreateMeta('HR', DEFAULT_SEED_IDS.hrTaskTypeId);

    expect(fields).toHaveLength(75);
    expect(again).toBe(fields);
    const pages = harness.requests(
      'GET',
      `/rest/api/3/issue/createmeta/HR/issuetypes/${DEFAULT_SEED_IDS.hrTaskTypeId}`,
    );
    expect(pages.map((entry) => entry.query)).toEqual([
      '?startAt=0&maxResults=50',
      '?startAt=50&maxResults=50',
    ]);
  });

  it('describes fields with their schema, required flag and allowed values', async () => {
    const fields = await harness.client.getCreateMeta('IT', DEFAULT_SEED_IDS.itTaskTypeId);
    const byId = new Map(fields.map((field) => [field.fieldId, field]));

    expect(byId.get('customfield_10060')).toEqual({
      fieldId: 'customfield_10060',
      name: 'Request category',
      required: true,
      schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
      allowedValues: [
        { id: '10120', value: 'Hardware' },
        { id: '10121', value: 'Software' },
        { id: '10122', value: 'Access' },
        { id: '10123', value: 'Other' },
      ],
      hasDefaultValue: false,
    });
    expect(byId.get('priority')).toEqual(expect.objectContaining({ required: false, hasDefaultValue: true }));
    expect(byId.get('summary')?.required).toBe(true);
    expect(fields.filter(fieldTakesAdf).map((field) => field.fieldId)).toEqual(['description']);
  });

  it('lists the issue types that can be created in a project', async () => {
    await expect(harness.client.getCreateMetaIssueTypes('IT')).resolves.toEqual([
      { id: DEFAULT_SEED_IDS.itTaskTypeId, name: 'Task', subtask: false },
      { id: DEFAULT_SEED_IDS.itSubtaskTypeId, name: 'Sub-task', subtask: true },
    ]);
  });

  it('does not cache a failed lookup', async () => {
    harness.sim.control.failNext(1, { status: 500 });
    await expect(harness.client.getCreateMeta('IT', DEFAULT_SEED_IDS.itSubtaskTypeId)).rejects.toMatchObject({
      status: 500,
    });
    const fields = await harness.client.getCreateMeta('IT', DEFAULT_SEED_IDS.itSubtaskTypeId);
    expect(fields.find((field) => field.fieldId === 'parent')?.required).toBe(true);
  });
});

describe('JiraClient.findUserByEmail', () => {
  it('matches the email exactly and case-insensitively, and caches answers including misses', async () => {
    harness.sim.control.addUser({
      accountId: 'lookalike',
      emailAddress: 'hanna.hr@example.com.au',
      displayName: 'Hanna Lookalike',
    });
    const client = new JiraClient({
      transport: createFetchJiraTransport({ baseUrl: harness.sim.url }),
      clock: new FixedClock(),
    });

    await expect(client.findUserByEmail('Hanna.HR@Example.com')).resolves.toBe(
      DEFAULT_SEED_IDS.hrManagerAccountId,
    );
    await expect(client.findUserByEmail('hanna.hr@example.com')).resolves.toBe(
      DEFAULT_SEED_IDS.hrManagerAccountId,
    );
    await expect(client.findUserByEmail('hanna')).resolves.toBeNull();
    await expect(client.findUserByEmail('nobody@example.com')).resolves.toBeNull();
    await expect(client.findUserByEmail('nobody@example.com')).resolves.toBeNull();

    expect(harness.requests('GET', '/rest/api/3/user/search')).toHaveLength(3);
  });
});

describe('JiraClient site metadata', () => {
  it('lists projects', async () => {
    await expect(harness.client.listProjects()).resolves.toEqual([
      { id: '10000', key: 'HR', name: 'People Ops' },
      { id: '10001', key: 'IT', name: 'IT Service' },
    ]);
  });

  it('lists statuses per issue type with their categories', async () => {
    const types = await harness.client.getProjectStatuses('IT');
    const task = types.find((type) => type.id === DEFAULT_SEED_IDS.itTaskTypeId);
    expect(task?.statuses.map((status) => `${status.name}:${status.statusCategory.key}`)).toEqual([
      'To Do:new',
      'In Progress:indeterminate',
      'Resolved:done',
      'Cancelled:done',
    ]);
  });

  it('reads the edit metadata of an issue', async () => {
    const { key } = harness.sim.control.createIssue({
      project: { key: 'HR' },
      issuetype: { name: 'Task' },
      summary: 'x',
    });
    const fields = await harness.client.getEditMeta(key);
    expect(fields.map((field) => field.fieldId)).toContain('customfield_10050');
    expect(fields.map((field) => field.fieldId)).not.toContain('project');
  });

  it('tells who the caller is and whether they administer Jira', async () => {
    await expect(harness.client.getMyself()).resolves.toEqual(
      expect.objectContaining({ accountId: DEFAULT_SEED_IDS.appAccountId, accountType: 'app' }),
    );
    await expect(harness.client.hasAdminPermission()).resolves.toBe(false);
    const asUser = (accountId: string) =>
      new JiraClient({
        transport: createFetchJiraTransport({ baseUrl: harness.sim.url, actor: 'user', accountId }),
        clock: new FixedClock(),
      });
    await expect(asUser(DEFAULT_SEED_IDS.adminAccountId).hasAdminPermission()).resolves.toBe(true);
    await expect(asUser(DEFAULT_SEED_IDS.hrManagerAccountId).hasAdminPermission()).resolves.toBe(false);
  });
});
