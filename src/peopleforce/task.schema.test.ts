import { parseRecords } from './parse-records';
import { PeopleForceTaskSchema } from './task.schema';

const liveExample = {
  id: 7654321,
  type: 'Tasks::General',
  title: 'Nice task title',
  starts_on: '2026-02-27',
  ends_on: null,
  completed: false,
  completed_at: null,
  description: 'Rich HTML text with <a href="https://x.example">links</a>',
  description_plain: 'Plain text fallback',
  assigned_to: { id: 123456, full_name: 'Jane Doe', email: 'jane@example.com' },
  associated_to: { id: 123458, type: 'Employee', full_name: 'Bobby Smith', email: 'bobby@example.com' },
  created_by: { id: 123457, full_name: 'John Doe', email: 'john@example.com' },
  created_at: '2026-02-23T10:40:50.361Z',
  updated_at: '2026-02-23T10:41:34.362Z',
};

describe('PeopleForceTaskSchema', () => {
  it('reads the live example unchanged', () => {
    expect(PeopleForceTaskSchema.parse(liveExample)).toEqual(liveExample);
  });

  it('drops unknown fields, including unknown fields of people', () => {
    const parsed = PeopleForceTaskSchema.parse({
      ...liveExample,
      checklist_id: 9,
      assigned_to: { ...liveExample.assigned_to, avatar_url: 'x' },
    });
    expect(parsed).not.toHaveProperty('checklist_id');
    expect(parsed.assigned_to).toEqual(liveExample.assigned_to);
  });

  it('reads every absent or null optional field as null', () => {
    const parsed = PeopleForceTaskSchema.parse({ id: 1, title: 'Only the required fields' });
    expect(parsed).toEqual({
      id: 1,
      title: 'Only the required fields',
      type: null,
      description: null,
      description_plain: null,
      starts_on: null,
      ends_on: null,
      completed: false,
      completed_at: null,
      assigned_to: null,
      associated_to: null,
      created_by: null,
      created_at: null,
      updated_at: null,
    });
  });

  it('reads null fields inside people as null', () => {
    const parsed = PeopleForceTaskSchema.parse({
      ...liveExample,
      assigned_to: { id: null, full_name: null },
      associated_to: { email: 'new@hire.example' },
    });
    expect(parsed.assigned_to).toEqual({ id: null, full_name: null, email: null });
    expect(parsed.associated_to).toEqual({
      id: null,
      full_name: null,
      email: 'new@hire.example',
      type: null,
    });
  });

  it.each([
    ['completed_at set', { completed: null, completed_at: '2026-02-24T08:00:00Z' }, true],
    ['completed_at null', { completed: undefined, completed_at: null }, false],
    ['an explicit flag wins', { completed: false, completed_at: '2026-02-24T08:00:00Z' }, false],
  ])('without a completed flag, completion follows %s', (_case, fields, completed) => {
    expect(PeopleForceTaskSchema.parse({ ...liveExample, ...fields }).completed).toBe(completed);
  });
});

describe('parseRecords with PeopleForceTaskSchema', () => {
  it.each([
    ['a string id', { id: 'abc' }, /^id: /],
    ['a negative id', { id: -3 }, /^id: /],
    ['a null title', { title: null }, /^title: .*received null/],
    ['an assignee that is a number', { assigned_to: 42 }, /^assigned_to: .*expected object, received number/],
    ['a completed flag that is a string', { completed: 'yes' }, /^completed: /],
    ['an email that is a number', { created_by: { id: 1, email: 5 } }, /^created_by\.email: /],
  ])('reports %s as malformed without throwing', (_case, damage, reason) => {
    const { records, malformed } = parseRecords(PeopleForceTaskSchema, [
      liveExample,
      { ...liveExample, ...damage },
    ]);
    expect(records).toHaveLength(1);
    expect(malformed).toEqual([
      {
        index: 1,
        id: 'id' in damage ? damage.id : liveExample.id,
        reason: expect.stringMatching(reason) as string,
      },
    ]);
  });

  it('reports a record that is not an object, with no id', () => {
    expect(parseRecords(PeopleForceTaskSchema, [null, 'task']).malformed).toEqual([
      { index: 0, id: undefined, reason: expect.stringMatching(/^\(record\): /) as string },
      { index: 1, id: undefined, reason: expect.stringMatching(/^\(record\): /) as string },
    ]);
  });
});
