import { collectUserEmails, convertFields } from './field-conversion';
import type { ConversionContext } from './field-value.types';
import * as metas from './test-field-metas';

const context: ConversionContext = {
  accountIdByEmail: new Map<string, string | null>([
    ['jane@example.com', 'acc-jane'],
    ['gone@example.com', null],
  ]),
  fallbackAssigneeAccountId: null,
  trackingLabel: 'PeopleForce',
  target: { projectKey: 'HR', issueTypeId: '10001' },
};

const defaultSources = {
  assignee: 'Jane@example.com',
  description: '<p>Order a <b>laptop</b></p>',
  duedate: '2026-03-06',
  labels: 'PeopleForce',
  summary: 'Prepare laptop',
};

describe('convertFields', () => {
  it('converts the default projection for a typical screen', () => {
    const result = convertFields(defaultSources, metas.taskScreen, context);
    expect(result).toEqual({
      fields: {
        assignee: { accountId: 'acc-jane' },
        description: {
          type: 'doc',
          version: 1,
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Order a ' },
                { type: 'text', text: 'laptop', marks: [{ type: 'strong' }] },
              ],
            },
          ],
        },
        duedate: '2026-03-06',
        labels: ['PeopleForce'],
        summary: 'Prepare laptop',
      },
      problems: [],
      unmatchedEmails: [],
      cleared: [],
    });
  });

  it('leaves empty values out and lists them as cleared', () => {
    const result = convertFields(
      { ...defaultSources, duedate: null, description: '' },
      metas.taskScreen,
      context,
    );
    expect(result.cleared).toEqual(['description', 'duedate']);
    expect(result.fields).not.toHaveProperty('duedate');
    expect(result.fields).not.toHaveProperty('description');
    expect(result.problems).toEqual([]);
  });

  it('reports unmatched emails sorted and without repeats, never as problems', () => {
    const sources = {
      ...defaultSources,
      assignee: 'who@example.com',
      customfield_10055: 'b@x.io, gone@example.com, b@x.io',
    };
    const result = convertFields(sources, [...metas.taskScreen, metas.watchersMeta], context);
    expect(result.unmatchedEmails).toEqual(['b@x.io', 'gone@example.com', 'who@example.com']);
    expect(result.problems).toEqual([]);
    expect(result.cleared).toEqual(['assignee', 'customfield_10055']);
  });

  it('keeps the tracking label when a rule maps other labels', () => {
    const result = convertFields(
      { ...defaultSources, labels: 'onboarding, new hire' },
      metas.taskScreen,
      context,
    );
    expect(result.fields.labels).toEqual(['onboarding', 'new-hire', 'PeopleForce']);
  });

  it('adds the tracking label when no mapping names labels', () => {
    const { labels: _unused, ...withoutLabels } = defaultSources;
    expect(convertFields(withoutLabels, metas.taskScreen, context).fields.labels).toEqual(['PeopleForce']);
  });

  it('reports a field that is not on the screen, naming the target', () => {
    const result = convertFields({ ...defaultSources, customfield_999: 'x' }, metas.taskScreen, context);
    expect(result.problems).toEqual([
      {
        fieldId: 'customfield_999',
        message: 'field customfield_999 is not on the create screen of HR/10001',
      },
    ]);
  });

  it('names the screen generically without a target, and the edit screen on edit', () => {
    const { target: _unused, ...untargeted } = context;
    const create = convertFields({ customfield_999: 'x' }, [], untargeted);
    expect(create.problems[0]?.message).toBe(
      'field customfield_999 is not on the create screen of the target project and issue type',
    );
    const edit = convertFields({ customfield_999: 'x' }, [], { ...context, operation: 'edit' });
    expect(edit.problems[0]?.message).toBe('field customfield_999 is not on the edit screen of HR/10001');
  });

  it('reports required fields no mapping fills on create, but not on edit', () => {
    const required = { ...metas.departmentMeta, required: true };
    const screen = [...metas.taskScreen, required];
    expect(convertFields(defaultSources, screen, context).problems).toEqual([
      {
        fieldId: 'customfield_10050',
        message: 'Department is required on HR/10001, but no field mapping fills it',
      },
    ]);
    expect(convertFields(defaultSources, screen, { ...context, operation: 'edit' }).problems).toEqual([]);
  });

  it('reports a required field this task leaves empty', () => {
    const screen = metas.taskScreen.map((meta) =>
      meta.fieldId === 'duedate' ? { ...meta, required: true } : meta,
    );
    expect(convertFields({ ...defaultSources, duedate: null }, screen, context).problems).toEqual([
      { fieldId: 'duedate', message: 'Due date is required, but this task gives it no value' },
    ]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const sources = { ...defaultSources, duedate: 'soon', priority: 'Urgent', fixVersions: '1.0' };
    const result = convertFields(sources, [...metas.taskScreen, metas.fixVersionsMeta], context);
    expect(result.problems.map((problem) => problem.fieldId)).toEqual(['duedate', 'fixVersions', 'priority']);
    expect(result.fields.summary).toBe('Prepare laptop');
  });
});

describe('collectUserEmails', () => {
  it('collects the emails of user fields only, normalised, unique and sorted', () => {
    const sources = {
      assignee: ' Jane@Example.com ',
      reporter: 'jane@example.com',
      customfield_10055: 'z@x.io, a@x.io, not an email',
      summary: 'boss@example.com',
      duedate: null,
    };
    const emails = collectUserEmails(sources, [...metas.taskScreen, metas.watchersMeta]);
    expect(emails).toEqual(['a@x.io', 'jane@example.com', 'z@x.io']);
  });

  it('collects nothing for fields missing from the screen', () => {
    expect(collectUserEmails({ assignee: 'jane@example.com' }, [metas.summaryMeta])).toEqual([]);
  });
});
