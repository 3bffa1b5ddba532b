import { toDate, toDateTime } from './convert-dates';

describe('toDate', () => {
  it.each<[string, string]>([
    ['2026-03-31', '2026-03-31'],
    [' 2026-03-31 ', '2026-03-31'],
    ['2026-03-31T23:30:00-05:00', '2026-03-31'],
    ['2026-02-23T10:40:50.361Z', '2026-02-23'],
    ['2024-02-29', '2024-02-29'],
    ['2026-03-31 09:30', '2026-03-31'],
  ])('reads %j as %j', (value, expected) => {
    expect(toDate(value, 'Due date')).toEqual({ kind: 'set', value: expected });
  });

  it.each<string>([
    'next week',
    '31.03.2026',
    '2026-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-03-31T25:00',
    '0999-01-01',
    '2026-3-1',
  ])('refuses %j, naming the field, the value and the form', (value) => {
    expect(toDate(value, 'Due date')).toEqual({
      kind: 'problem',
      message: `Due date: ${JSON.stringify(value)} is not a date; use the form 2026-03-31`,
    });
  });
});

describe('toDateTime', () => {
  it.each<[string, string]>([
    ['2026-03-31T09:30:00Z', '2026-03-31T09:30:00.000+0000'],
    ['2026-03-31T09:30:00.5+02:00', '2026-03-31T07:30:00.500+0000'],
    ['2026-03-31T23:30-0130', '2026-04-01T01:00:00.000+0000'],
    ['2026-03-31', '2026-03-31T00:00:00.000+0000'],
    ['2026-03-31 09:30:15.123456', '2026-03-31T09:30:15.123+0000'],
  ])('reads %j as %j', (value, expected) => {
    expect(toDateTime(value, 'Start')).toEqual({ kind: 'set', value: expected });
  });

  it.each<string>(['soon', '2026-03-31T09:61', '2026-03-31T09:30+15:00', '2026-02-30T00:00Z'])(
    'refuses %j',
    (value) => {
      expect(toDateTime(value, 'Start')).toEqual({
        kind: 'problem',
        message: `Start: ${JSON.stringify(value)} is not a date-time; use the form 2026-03-31T09:30:00Z`,
      });
    },
  );
});
