import fc from 'fast-check';
import { readListEnvelope } from './list-envelope';
import { parseRecords } from './parse-records';
import { PeopleForceTaskSchema } from './task.schema';

/**
 * The PeopleForce response parser against anything a server could send: it must never throw, must account
 * for every record (read or reported malformed), and what it reads must keep the task's invariants.
 */
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const person = fc.record(
  { id: nullable(fc.integer({ min: 1 })), full_name: nullable(fc.string()), email: nullable(fc.string()) },
  { requiredKeys: [] },
);
/** A task as the spec allows it, with optional fields absent or null and unknown fields added. */
const validTask = fc
  .record(
    {
      id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      title: fc.string({ unit: 'grapheme' }),
      type: nullable(fc.constantFrom('Tasks::General', 'Tasks::Onboarding', 'Tasks::Offboarding')),
      description: nullable(fc.string()),
      completed: nullable(fc.boolean()),
      completed_at: nullable(fc.constant('2026-01-02T03:04:05Z')),
      assigned_to: nullable(person),
      associated_to: nullable(fc.record({ id: fc.integer({ min: 1 }), type: fc.constant('Employee') })),
      ends_on: nullable(fc.constant('2026-03-01')),
    },
    { requiredKeys: ['id', 'title'] },
  )
  .chain((task) =>
    fc
      .dictionary(
        fc.string().filter((key) => !(key in task) && key !== '__proto__'),
        fc.jsonValue(),
        {
          maxKeys: 3,
        },
      )
      .map((extra) => ({ ...extra, ...task })),
  );
const anyRecord = fc.oneof(validTask, fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()));

describe('PeopleForce task parser, fuzzed', () => {
  it('reads every valid task, whatever optional or unknown fields come with it', () => {
    fc.assert(
      fc.property(validTask, (raw) => {
        const task = PeopleForceTaskSchema.parse(raw);
        expect(task.id).toBe(raw.id);
        expect(task.title).toBe(raw.title);
        expect(task.completed).toBe(raw.completed ?? (raw.completed_at ?? null) !== null);
        expect(Object.keys(task).sort()).toEqual(
          [
            'assigned_to',
            'associated_to',
            'completed',
            'completed_at',
            'created_at',
            'created_by',
            'description',
            'description_plain',
            'ends_on',
            'id',
            'starts_on',
            'title',
            'type',
            'updated_at',
          ].sort(),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a page, and accounts for every record as read or malformed', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 20 }), (raw) => {
        const { records, malformed } = parseRecords(PeopleForceTaskSchema, raw);
        expect(records.length + malformed.length).toBe(raw.length);
        for (const task of records) {
          expect(Number.isSafeInteger(task.id) && task.id > 0).toBe(true);
          expect(typeof task.title).toBe('string');
          expect(typeof task.completed).toBe('boolean');
        }
        for (const bad of malformed) {
          expect(bad.reason).not.toBe('');
          expect(bad.index).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a malformed record by field names only, never by the values it carried', () => {
    const secret = 'pf-live-SECRET-value';
    fc.assert(
      fc.property(
        fc.constantFrom('title', 'completed', 'assigned_to', 'id', 'description'),
        fc.constantFrom(42, true, [secret], { nested: secret }),
        (field, value) => {
          const { malformed } = parseRecords(PeopleForceTaskSchema, [
            { id: 5, title: secret, [field]: value },
          ]);
          for (const bad of malformed) expect(bad.reason).not.toContain(secret);
        },
      ),
    );
  });

  it('reads any body as a list envelope or says why it is not one, never throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const read = readListEnvelope(body);
        if (read.ok) expect(Array.isArray(read.envelope.records)).toBe(true);
        else expect(read.reason).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
