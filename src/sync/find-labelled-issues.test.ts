import fc from 'fast-check';
import { findLabelledIssues, jqlString } from './find-labelled-issues';
import type { IssueSummary } from './sync.types';

describe('findLabelledIssues', () => {
  it('asks for the label, both properties and the fields the plan reads, in one paged search', async () => {
    const requests: unknown[] = [];
    const issue: IssueSummary = {
      id: '10001',
      key: 'HR-1',
      fields: {
        summary: 'Order a laptop',
        created: '2026-10-01T09:00:00.000+0000',
        status: { statusCategory: { key: 'done' } },
        project: { key: 'HR' },
        issuetype: { id: '10001' },
      },
      properties: { gw_state: { meta: { pf_task_id: '7' } }, 'peopleforce-task': { taskId: '7' } },
    };
    const found = await findLabelledIssues(
      {
        searchAllJql: (request) => {
          requests.push(request);
          return Promise.resolve([issue]);
        },
      },
      { label: 'hr-gateway', propertyKey: 'gw_state' },
    );
    expect(requests).toEqual([
      {
        jql: 'labels = "hr-gateway" ORDER BY created ASC',
        fields: ['summary', 'status', 'project', 'issuetype', 'created'],
        properties: ['gw_state', 'peopleforce-task'],
        maxResults: 100,
      },
    ]);
    expect(found).toEqual([
      {
        id: '10001',
        key: 'HR-1',
        created: '2026-10-01T09:00:00.000+0000',
        done: true,
        target: 'HR/10001',
        summary: 'Order a laptop',
        gatewayProperty: { meta: { pf_task_id: '7' } },
        ourTaskId: 7,
      },
    ]);
  });
});

describe('jqlString', () => {
  it('keeps any text one string literal: quotes and backslashes escaped', () => {
    expect(jqlString('PeopleForce')).toBe('"PeopleForce"');
    expect(jqlString('") OR project = IT OR ("')).toBe('"\\") OR project = IT OR (\\""');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const literal = jqlString(text);
        expect(literal).toMatch(/^"(?:[^"\\]|\\.)*"$/s);
      }),
      { numRuns: 500 },
    );
  });
});
