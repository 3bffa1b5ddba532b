import { ConfigSchema, describeConfigProblems, migrateConfig } from './schema';

const syncRule = (conditions: unknown[] = []) => ({
  id: 'r1',
  name: 'Onboarding',
  conditions,
  action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001' },
});

function problemsOf(candidate: unknown): string[] {
  const parsed = ConfigSchema.safeParse(candidate);
  return parsed.success ? [] : describeConfigProblems(parsed.error);
}

describe('ConfigSchema on hostile documents', () => {
  it('names an unknown or misspelt field at any depth instead of dropping it', () => {
    expect(problemsOf({ enabeld: false })).toEqual(['(config): Unrecognized key: "enabeld"']);
    expect(problemsOf({ rules: [{ ...syncRule(), colour: 'red' }] })).toEqual([
      'rules.0: Unrecognized key: "colour"',
    ]);
    expect(
      problemsOf({
        rules: [syncRule([{ field: 'title', operator: 'equals', values: ['x'], negate: true }])],
      }),
    ).toEqual(['rules.0.conditions.0: Unrecognized key: "negate"']);
    expect(problemsOf({ status: { mappings: [], transitionIssueOnTaskCompletion: true, extra: 1 } })).toEqual(
      ['status: Unrecognized key: "extra"'],
    );
  });

  it('refuses a catastrophic regular expression, naming the condition value and why', () => {
    expect(
      problemsOf({ rules: [syncRule([{ field: 'title', operator: 'regex', values: ['(a+)+$'] }])] }),
    ).toEqual([
      'rules.0.conditions.0.values.0: unsafe pattern (a+)+$: a repeated group contains another repetition (like "(a+)+"), which can take exponential time',
    ]);
  });

  it('still names an invalid regular expression as invalid', () => {
    expect(
      problemsOf({ rules: [syncRule([{ field: 'title', operator: 'regex', values: ['(a'] }])] }),
    ).toEqual(['rules.0.conditions.0.values.0: not a valid regular expression: (a']);
  });

  it('accepts a safe pattern and fills the defaults', () => {
    const parsed = ConfigSchema.parse({
      rules: [syncRule([{ field: 'title', operator: 'regex', values: ['^(new|old) hire'] }])],
    });
    expect(parsed.rules[0]?.conditions[0]?.caseSensitive).toBe(false);
    expect(parsed.trackingLabel).toBe('PeopleForce');
  });

  it('reads a stored document with fields from a newer release, dropping only those fields', () => {
    const stored = {
      enabled: false,
      futureSwitch: true,
      rules: [{ ...syncRule(), priority: 3 }],
      status: { mappings: [], extra: 1 },
    };
    const config = migrateConfig(stored);
    expect(config.enabled).toBe(false);
    expect(config.rules[0]).not.toHaveProperty('priority');
    expect(config).not.toHaveProperty('futureSwitch');
    expect(stored.rules[0]).toHaveProperty('priority');
  });

  it('still refuses a stored document with a wrong value, even beside unknown fields', () => {
    expect(() => migrateConfig({ enabled: 'yes', futureSwitch: true })).toThrow(/enabled/);
  });
});
