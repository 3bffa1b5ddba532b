import fc from 'fast-check';
import { catastrophicPatternReason } from './regex-safety';
import { ConfigSchema, conditionFields, conditionOperators, describeConfigProblems } from './schema';

/**
 * The configuration schema against arbitrary documents (an imported file, a stored record from anywhere):
 * it never throws, what it accepts is stable and safe to run, and every refusal names where and why.
 */
const condition = fc.record({
  field: fc.constantFrom(...conditionFields),
  operator: fc.constantFrom(...conditionOperators),
  values: fc.array(fc.oneof(fc.string(), fc.stringMatching(/^[()a|+*.?\\1{},]{1,12}$/)), {
    minLength: 1,
    maxLength: 3,
  }),
});
const rule = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  name: fc.string({ minLength: 1, maxLength: 8 }),
  conditions: fc.array(condition, { maxLength: 3 }),
  action: fc.oneof(
    fc.constant({ type: 'drop' }),
    fc.record({
      type: fc.constant('sync'),
      projectKey: fc.constant('HR'),
      issueTypeId: fc.constant('10001'),
    }),
  ),
});
const candidate = fc.oneof(
  fc.jsonValue(),
  fc.record({ rules: fc.array(rule, { maxLength: 3 }), enabled: fc.boolean() }, { requiredKeys: [] }),
);

describe('ConfigSchema, fuzzed', () => {
  it('never throws; accepts only documents it reads back the same, with safe patterns', () => {
    fc.assert(
      fc.property(candidate, (raw) => {
        const parsed = ConfigSchema.safeParse(raw);
        if (!parsed.success) {
          const problems = describeConfigProblems(parsed.error);
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) expect(problem).toMatch(/^[^:]+: .+/);
          return;
        }
        expect(ConfigSchema.parse(JSON.parse(JSON.stringify(parsed.data)))).toEqual(parsed.data);
        for (const { conditions } of parsed.data.rules) {
          for (const { operator, values } of conditions) {
            if (operator === 'regex') expect(catastrophicPatternReason(values[0] ?? '')).toBeNull();
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an unknown field added anywhere in a valid document, naming it', () => {
    const paths = [[], ['status'], ['rules', 0], ['rules', 0, 'action'], ['rules', 0, 'conditions', 0]];
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.string({ minLength: 1 }).filter((key) => /^[a-z]\w*$/i.test(key) && !['type'].includes(key)),
        (path, key) => {
          const document = ConfigSchema.parse({
            rules: [
              {
                id: 'r',
                name: 'R',
                conditions: [{ field: 'title', operator: 'contains', values: ['x'] }],
                action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001' },
              },
            ],
          }) as unknown as Record<string, unknown>;
          const target = path.reduce<Record<string, unknown>>(
            (node, step) =>
              (node as Record<string | number, Record<string, unknown>>)[step] as Record<string, unknown>,
            document,
          );
          if (key in target) return;
          target[key] = 1;
          const parsed = ConfigSchema.safeParse(document);
          expect(parsed.success).toBe(false);
          if (!parsed.success) expect(describeConfigProblems(parsed.error).join('\n')).toContain(`"${key}"`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the pattern check terminates on any string and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (pattern) => {
        const reason = catastrophicPatternReason(pattern);
        expect(reason === null || reason.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
