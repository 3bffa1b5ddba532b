import { RuleSchema, type Rule } from '../config/schema';
import { routeTask } from './routing';
import { buildTask } from './test-task';

const syncTo = (projectKey: string) => ({ type: 'sync', projectKey, issueTypeId: '10001' });

function rule(id: string, conditions: unknown[], action: object = syncTo('HR'), enabled = true): Rule {
  return RuleSchema.parse({ id, name: `Rule ${id}`, enabled, conditions, action });
}

describe('routeTask', () => {
  const task = buildTask();

  it('drops with "no rule matched" when nothing matches', () => {
    const rules = [rule('a', [{ field: 'title', operator: 'contains', values: ['phone'] }])];
    expect(routeTask(task, rules)).toEqual({ kind: 'drop', rule: null, reason: 'no rule matched' });
  });

  it('drops when there are no rules', () => {
    expect(routeTask(task, [])).toEqual({ kind: 'drop', rule: null, reason: 'no rule matched' });
  });

  it('lets the first matching rule win', () => {
    const rules = [
      rule('a', [{ field: 'title', operator: 'contains', values: ['phone'] }], syncTo('A')),
      rule('b', [{ field: 'title', operator: 'contains', values: ['laptop'] }], syncTo('B')),
      rule('c', [], syncTo('C')),
    ];
    const decision = routeTask(task, rules);
    expect(decision.kind === 'sync' && decision.action.projectKey).toBe('B');
  });

  it('skips disabled rules', () => {
    const rules = [rule('a', [], syncTo('A'), false), rule('b', [], syncTo('B'))];
    const decision = routeTask(task, rules);
    expect(decision.kind === 'sync' && decision.rule.id).toBe('b');
  });

  it('requires every condition of a rule', () => {
    const rules = [
      rule('a', [
        { field: 'title', operator: 'contains', values: ['laptop'] },
        { field: 'associatedType', operator: 'equals', values: ['Candidate'] },
      ]),
    ];
    expect(routeTask(task, rules).kind).toBe('drop');
    expect(
      routeTask(buildTask({ associated_to: { ...task.associated_to!, type: 'Candidate' } }), rules).kind,
    ).toBe('sync');
  });

  it('drops with the rule named when a drop rule matches', () => {
    const dropper = rule('x', [{ field: 'type', operator: 'equals', values: ['Tasks::General'] }], {
      type: 'drop',
    });
    expect(routeTask(task, [dropper, rule('y', [])])).toEqual({
      kind: 'drop',
      rule: dropper,
      reason: 'dropped by rule "Rule x"',
    });
  });

  it.each<[string, object, Partial<Parameters<typeof buildTask>[0]>]>([
    ['assigneeEmail', { field: 'assigneeEmail', operator: 'equals', values: ['JANE@example.com'] }, {}],
    ['associatedEmail', { field: 'associatedEmail', operator: 'startsWith', values: ['bobby@'] }, {}],
    ['creatorEmail', { field: 'creatorEmail', operator: 'oneOf', values: ['john@example.com'] }, {}],
    ['type', { field: 'type', operator: 'regex', values: ['::General$'] }, {}],
    [
      'description from the plain text',
      { field: 'description', operator: 'contains', values: ['order a laptop'] },
      {},
    ],
    [
      'description from the HTML when there is no plain text',
      { field: 'description', operator: 'contains', values: ['buy a desk'] },
      { description: '<p>Buy <b>a</b> desk</p>', description_plain: null },
    ],
    [
      'description from the HTML when the plain text is blank',
      { field: 'description', operator: 'equals', values: ['Hello'] },
      { description: '<p>Hello</p>', description_plain: ' ' },
    ],
  ])('matches on %s', (_title, condition, overrides) => {
    expect(routeTask(buildTask(overrides), [rule('a', [condition])]).kind).toBe('sync');
  });

  it('never matches markup in the description HTML', () => {
    const htmlOnly = buildTask({ description: '<p>x</p>', description_plain: null });
    expect(
      routeTask(htmlOnly, [rule('a', [{ field: 'description', operator: 'contains', values: ['<p>'] }])])
        .kind,
    ).toBe('drop');
  });

  it('routes a task without people or description without crashing', () => {
    const bare = buildTask({
      assigned_to: null,
      associated_to: null,
      created_by: null,
      type: null,
      description: null,
      description_plain: null,
    });
    const rules = [
      rule('a', [{ field: 'assigneeEmail', operator: 'contains', values: [''] }], syncTo('A')),
      rule('b', [{ field: 'description', operator: 'regex', values: ['.*'] }], syncTo('B')),
      rule('c', [{ field: 'assigneeEmail', operator: 'equals', values: [''] }], syncTo('C')),
    ];
    const decision = routeTask(bare, rules);
    expect(decision.kind === 'sync' && decision.rule.id).toBe('c');
  });

  it('gives the same decision when the same rules list is reused', () => {
    const rules = [rule('a', [{ field: 'title', operator: 'regex', values: ['laptop'] }])];
    expect(routeTask(task, rules)).toEqual(routeTask(task, rules));
    expect(routeTask(buildTask({ title: 'Desk' }), rules).kind).toBe('drop');
  });
});
