import { demoConfig } from '../../local/app/demo-config';
import { ADMIN_FUNCTION } from '../../local/app/local-app';
import { DEFAULT_SEED_IDS } from '../../local/jira-sim';
import { generateCompany, type SimTask } from '../../local/peopleforce-sim';
import type { Envelope } from '../../src/config/admin-api';
import { RICH_TEXT_LIMIT, SHORTENED_NOTICE } from '../../src/mapping/fit-rich-text';
import { adfToPlainText } from '../../src/mapping/adf-to-plain-text';
import { startTestApp, type TestApp } from '../support/app-harness';
import { SuiteSummary } from '../support/suite-summary';

/**
 * Hostile data from PeopleForce and hostile configurations, through the real handlers against the
 * simulators. Each scenario starts from a synced company and checks three things: the hostile item gets
 * a specific error or the documented truncation, every other task syncs, and nothing already synced changes.
 */
const company = generateCompany({ seed: 41, tasks: 60, employees: 20, completedRatio: 0.1 });
const summary = new SuiteSummary('hostile input', 'hostile-input');

type Failures = Record<string, { kind: string; reason: string }>;
type AdfNode = {
  type: string;
  text?: string;
  marks?: { type: string; attrs?: { href?: string } }[];
  content?: AdfNode[];
};

describe('hostile input', () => {
  let app: TestApp;
  let baseline: Map<string, string>;

  beforeEach(async () => {
    app = await startTestApp(company);
    await app.saveConfig(demoConfig());
    await app.poll();
    baseline = issueSnapshot(app);
  });

  afterEach(async () => {
    await app.close();
  });

  afterAll(() => {
    summary.write();
  });

  /**
   * Polls once more (the hostile data is still there: it must settle, not loop), then counts issues synced
   * before the scenario whose fields changed, and tasks with more than one issue.
   */
  async function damage(): Promise<{ lostUpdates: number; duplicates: number }> {
    const writes = app.jiraWrites();
    await app.poll();
    expect(app.jiraWrites()).toBe(writes);
    const now = issueSnapshot(app);
    const changed = [...baseline].filter(([key, fields]) => now.get(key) !== fields).map(([key]) => key);
    const duplicates = [...app.issuesByTask().values()].filter((keys) => keys.length > 1).length;
    expect(changed).toEqual([]);
    expect(duplicates).toBe(0);
    return { lostUpdates: changed.length, duplicates };
  }

  function issueOf(task: SimTask) {
    const keys = app.issuesByTask().get(task.id) ?? [];
    expect(keys).toHaveLength(1);
    const issue = app.jiraSim!.control.issue(keys[0]!);
    if (!issue) throw new Error(`no issue for task ${task.id}`);
    return issue;
  }

  async function failures(): Promise<Failures> {
    return ((await app.host.kv.get('failures')) ?? {}) as Failures;
  }

  const addTasks = (...partials: Partial<SimTask>[]) =>
    partials.map((partial) => app.peopleforceSim!.control.addTask(partial));

  it('cuts a title over 255 characters, and one with newlines, to one line Jira accepts', async () => {
    await summary.scenario('title over 255 characters / with newlines', async () => {
      const long = `${'Prepare onboarding pack '.repeat(15)}end`;
      const [longTask, multiLine, normal] = addTasks(
        { title: long },
        { title: 'Order laptop\r\n\tand badge\n\nfor Monday' },
        { title: 'Book the welcome lunch' },
      );
      await app.poll();
      const summaryOf = (task: SimTask) => issueOf(task).fields.summary as string;
      expect(summaryOf(longTask!)).toHaveLength(255);
      expect(summaryOf(longTask!)).toBe(`${long.slice(0, 254).trimEnd()}…`);
      expect(summaryOf(multiLine!)).toBe('Order laptop and badge for Monday');
      expect(summaryOf(normal!)).toBe('Book the welcome lunch');
      expect((await app.lastRun()).counts).toMatchObject({ created: 3, failed: 0 });
      return {
        cases: 2,
        ...(await damage()),
        retries: 0,
        note: 'cut at 255 with "…"; line breaks become spaces',
      };
    });
  });

  it('shortens a description over 32,767 characters at a block boundary and says so', async () => {
    await summary.scenario('description over 32,767 characters', async () => {
      const paragraphs = Array.from(
        { length: 600 },
        (_, index) => `<p>Step ${index}: ${'check '.repeat(15)}</p>`,
      );
      const [task] = addTasks({ title: 'Very long checklist', description: paragraphs.join('') });
      await app.poll();
      const description = issueOf(task!).fields.description;
      const text = adfToPlainText(description);
      expect(JSON.stringify(description).length).toBeLessThanOrEqual(RICH_TEXT_LIMIT);
      expect(text).toContain('Step 0: check');
      expect(text.endsWith(SHORTENED_NOTICE)).toBe(true);
      expect((await app.lastRun()).counts).toMatchObject({ created: 1, failed: 0 });
      return { cases: 1, ...(await damage()), retries: 0, note: 'whole leading blocks kept, then a notice' };
    });
  });

  it('reads deeply nested HTML as text without overflowing the stack', async () => {
    await summary.scenario('deeply nested HTML', async () => {
      const depth = 5_000;
      const [divs, mixed] = addTasks(
        { title: 'Nested divs', description: `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}` },
        {
          title: 'Nested lists and marks',
          description: `${'<ul><li><b><i>'.repeat(800)}innermost${'</i></b></li></ul>'.repeat(800)}`,
        },
      );
      await app.poll();
      expect(adfToPlainText(issueOf(divs!).fields.description)).toContain('deep text');
      expect(adfToPlainText(issueOf(mixed!).fields.description)).toContain('innermost');
      expect((await app.lastRun()).counts).toMatchObject({ created: 2, failed: 0 });
      return {
        cases: 2,
        ...(await damage()),
        retries: 0,
        note: `${depth} levels; below depth 48 read as text`,
      };
    });
  });

  it('drops scripts, event handlers and javascript:/data: links from titles and descriptions', async () => {
    await summary.scenario('scripts and event handlers', async () => {
      const hostile =
        '<script>alert("pwned")</script><p onclick="steal()" style="x:expression(alert(1))">Hello ' +
        '<a href="javascript:alert(1)">click</a> <a href=" JaVaScRiPt:alert(2)">again</a> ' +
        '<a href="data:text/html,<script>alert(3)</script>">data</a> <img src=x onerror="alert(4)">' +
        '<iframe src="https://evil.example/"></iframe><svg onload="alert(5)"><script>alert(6)</script></svg>' +
        '<a href="https://ok.example/path">fine</a></p><style>p{}</style>';
      const [task] = addTasks({
        title: '<script>alert(7)</script>Welcome <b onmouseover="x()">pack</b>',
        description: hostile,
      });
      await app.poll();
      const issue = issueOf(task!);
      expect(issue.fields.summary).toBe('Welcome pack');
      const nodes = flatten(issue.fields.description as AdfNode);
      const texts = nodes.map((node) => node.text ?? '').join(' ');
      expect(texts).not.toMatch(/alert|steal|expression/);
      const hrefs = nodes.flatMap((node) => (node.marks ?? []).map((mark) => mark.attrs?.href ?? ''));
      expect(hrefs).toEqual(['https://ok.example/path']);
      expect(nodes.map((node) => node.type)).not.toContain('inlineCard');
      return {
        cases: 9,
        ...(await damage()),
        retries: 0,
        note: 'text kept, script bodies and unsafe links dropped',
      };
    });
  });

  it('keeps RTL, emoji and zero-width text exactly', async () => {
    await summary.scenario('RTL, emoji and zero-width text', async () => {
      const title = 'مرحبا بكم 👩🏽‍💻 on\u200bboard \u202ekcab\u202c שלום';
      const [task] = addTasks({ title, description: `<p>${title}</p>` });
      await app.poll();
      const issue = issueOf(task!);
      expect(issue.fields.summary).toBe(title);
      expect(adfToPlainText(issue.fields.description)).toBe(title);
      return { cases: 1, ...(await damage()), retries: 0, note: 'stored byte for byte' };
    });
  });

  it('reports a record with missing, null or wrong-type fields by field, syncs one with extra or null optional ones', async () => {
    await summary.scenario('missing, null, wrong-type and extra fields', async () => {
      const [noTitle, nullTitle, numberAssignee, stringCompleted, extra] = addTasks({}, {}, {}, {}, {});
      const syncedTask = company.tasks.find((task) => baselineKeyOf(task.id) !== null)!;
      const damaged = new Map<number, (record: Record<string, unknown>) => Record<string, unknown>>([
        [noTitle!.id, ({ title: _title, ...rest }) => rest],
        [nullTitle!.id, (record) => ({ ...record, title: null })],
        [numberAssignee!.id, (record) => ({ ...record, assigned_to: 42 })],
        [stringCompleted!.id, (record) => ({ ...record, completed: 'yes' })],
        [
          extra!.id,
          (record) => ({
            ...record,
            description: null,
            ends_on: null,
            created_by: null,
            checklist: { items: [1, 2] },
            // An own "__proto__" key, as JSON.parse makes it: it must not reach any prototype.
            ...(JSON.parse('{"__proto__": {"polluted": true}}') as object),
          }),
        ],
        [syncedTask.id, (record) => ({ ...record, updated_at: 12 })],
      ]);
      app.peopleforceSim!.control.rewriteTaskPages((records) => [
        ...records.map((raw) => {
          const record = raw as Record<string, unknown>;
          return damaged.get(record.id as number)?.(record) ?? record;
        }),
        { title: 'a record without an id' },
      ]);
      await app.poll();
      const failed = await failures();
      expect(failed[String(noTitle!.id)]).toMatchObject({
        kind: 'malformed',
        reason: expect.stringMatching(/title: .*expected string, received undefined/) as string,
      });
      expect(failed[String(nullTitle!.id)]?.reason).toMatch(/title: .*expected string, received null/);
      expect(failed[String(numberAssignee!.id)]?.reason).toMatch(
        /assigned_to: .*expected object, received number/,
      );
      expect(failed[String(stringCompleted!.id)]?.reason).toMatch(
        /completed: .*expected boolean, received string/,
      );
      expect(failed[String(syncedTask.id)]?.reason).toMatch(/updated_at: .*expected string, received number/);
      for (const task of [noTitle, nullTitle, numberAssignee, stringCompleted]) {
        expect(app.issuesByTask().has(task!.id)).toBe(false);
      }
      expect(issueOf(extra!).fields.summary).toBe(extra!.title);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((await app.lastRun()).counts).toMatchObject({ created: 1 });
      return {
        cases: 7,
        ...(await damage()),
        retries: 0,
        note: 'each named by field in the error queue; the synced one is left as it was',
      };
    });
  });

  it('creates one issue for a task PeopleForce sends twice, on two pages', async () => {
    await summary.scenario('duplicate ids across pages', async () => {
      const [fresh] = addTasks({ title: 'Sent on two pages' });
      let firstOfPageOne: unknown;
      app.peopleforceSim!.control.rewriteTaskPages((records, { page, completed }) => {
        if (completed) return records;
        if (page === 1) [firstOfPageOne] = records;
        return page === 2 ? [firstOfPageOne, ...records] : records;
      });
      await app.poll();
      expect(app.issuesByTask().get(fresh!.id)).toHaveLength(1);
      expect((await app.lastRun()).counts).toMatchObject({ created: 1, failed: 0 });
      return { cases: 1, ...(await damage()), retries: 0, note: 'the listing keeps one task per id' };
    });
  });

  it('stops a listing whose page repeats forever, changing nothing and leaving the lock free', async () => {
    await summary.scenario('a page that repeats forever', async () => {
      addTasks({ title: 'Never reached' });
      app.peopleforceSim!.control.ignorePageParam(true);
      const writes = app.jiraWrites();
      await app.poll();
      const run = await app.lastRun();
      expect(run.outcome).toBe('failed');
      expect(run.message).toMatch(/ignored the page parameter on GET \/tasks: asked for page 2/);
      expect(app.jiraWrites()).toBe(writes);
      const pageRequests = app.peopleforceSim!.control.requestLog.filter((entry) =>
        entry.path.endsWith('/tasks'),
      );
      expect(pageRequests.length).toBeLessThan(10);
      expect(await app.host.kv.get('lock:sync-run')).toBeUndefined();
      app.peopleforceSim!.control.clearFaults();
      await app.poll();
      expect((await app.lastRun()).counts).toMatchObject({ created: 1, failed: 0 });
      return {
        cases: 1,
        ...(await damage()),
        retries: 0,
        note: 'pagination_broken at page 2; the next poll syncs',
      };
    });
  });

  it('fails only the task Jira refuses inside a bulk create, with Jira’s reason', async () => {
    await summary.scenario('a Jira 400 for one task in a bulk create', async () => {
      const leaver = { id: 99_001, full_name: 'Former Employee', email: 'former.employee@example.com' };
      const [before, refused, blank, after] = addTasks(
        { title: 'Prepare desk' },
        { title: 'Hand over the archive', assigned_to: leaver },
        { title: ' \u0000\n\t ' },
        { title: 'Print badge' },
      );
      app.jiraSim!.control.clearRequestLog();
      await app.poll();
      const bulk = app.jiraSim!.control.requestLog.filter((entry) => entry.path.endsWith('/issue/bulk'));
      expect(bulk).toHaveLength(1);
      expect(issueOf(before!).fields.summary).toBe('Prepare desk');
      expect(issueOf(after!).fields.summary).toBe('Print badge');
      expect(app.issuesByTask().has(refused!.id)).toBe(false);
      expect(app.issuesByTask().has(blank!.id)).toBe(false);
      const failed = await failures();
      expect(failed[String(refused!.id)]).toMatchObject({
        kind: 'jira',
        reason: expect.stringMatching(/assignee.*cannot be assigned issues/) as string,
      });
      expect(failed[String(blank!.id)]).toMatchObject({
        kind: 'mapping',
        reason: expect.stringMatching(/summary/i) as string,
      });
      const run = await app.lastRun();
      expect(run).toMatchObject({ outcome: 'partial', counts: { created: 2, failed: 2 } });
      return {
        cases: 2,
        ...(await damage()),
        retries: 0,
        note: 'Jira refuses an inactive assignee; a blank title is refused before Jira; the rest are created',
      };
    });
  });

  it('refuses a configuration with a catastrophic regular expression or an unknown field, by name', async () => {
    await summary.scenario('config: catastrophic regex / unknown field', async () => {
      const call = async (key: string, payload: unknown) =>
        (await app.host.invokeResolver(ADMIN_FUNCTION, key, payload, {
          accountId: DEFAULT_SEED_IDS.adminAccountId,
        })) as Envelope<unknown>;
      const storedBefore = JSON.stringify(await app.host.kv.get('config'));
      const config = demoConfig();
      config.rules[0]!.conditions = [
        { field: 'title', operator: 'regex', values: ['^(\\w+\\s?)*$'], caseSensitive: false },
      ];
      expect(await call('saveConfig', { config })).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_config',
          problems: [
            {
              path: 'rules.0.conditions.0.values.0',
              message: expect.stringContaining('unsafe pattern') as string,
            },
          ],
        },
      });
      const unknownField = { ...demoConfig(), enabeld: false };
      expect(await call('importConfig', { json: JSON.stringify(unknownField) })).toMatchObject({
        ok: false,
        error: { code: 'invalid_config', problems: [{ path: '', message: 'Unrecognized key: "enabeld"' }] },
      });
      expect(JSON.stringify(await app.host.kv.get('config'))).toBe(storedBefore);
      await app.poll();
      expect((await app.lastRun()).outcome).toBe('success');
      return {
        cases: 2,
        ...(await damage()),
        retries: 0,
        note: 'refused with the path and the reason; stored config unchanged',
      };
    });
  });

  function baselineKeyOf(taskId: number): string | null {
    return app.issuesByTask().get(taskId)?.[0] ?? null;
  }
});

function issueSnapshot(app: TestApp): Map<string, string> {
  return new Map(app.jiraSim!.control.issues().map((issue) => [issue.key, JSON.stringify(issue.fields)]));
}

function flatten(node: AdfNode): AdfNode[] {
  return [node, ...(node.content ?? []).flatMap(flatten)];
}
