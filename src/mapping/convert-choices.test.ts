import { toComponents, toOption, toOptions, toPriority } from './convert-choices';
import { componentsMeta, departmentMeta, locationsMeta, priorityMeta } from './test-field-metas';

describe('choice fields', () => {
  it.each<[string, string, unknown]>([
    ['by value', 'Engineering', { id: '20' }],
    ['by value in another case', ' people ops ', { id: '21' }],
    ['by id', '21', { id: '21' }],
  ])('finds an option %s', (_title, value, expected) => {
    expect(toOption(value, departmentMeta)).toEqual({ kind: 'set', value: expected });
  });

  it('names the allowed values when an option matches none', () => {
    expect(toOption('Sales', departmentMeta)).toEqual({
      kind: 'problem',
      message: 'Department: "Sales" is not an allowed value; use one of: Engineering, People Ops',
    });
  });

  it('passes an option by value when createmeta lists no choices', () => {
    const open = { ...departmentMeta };
    delete open.allowedValues;
    expect(toOption('Sales', open)).toEqual({ kind: 'set', value: { value: 'Sales' } });
  });

  it('lists only the first fifteen choices', () => {
    const many = {
      ...departmentMeta,
      allowedValues: Array.from({ length: 20 }, (_, i) => ({ id: String(i), value: `V${i}` })),
    };
    const result = toOption('nope', many);
    expect(result.kind === 'problem' && result.message).toMatch(/V14 and 5 more$/);
  });

  it('finds several options, without repeats', () => {
    expect(toOptions('Kyiv, warsaw, 30', locationsMeta)).toEqual({
      kind: 'set',
      value: [{ id: '30' }, { id: '31' }],
    });
  });

  it('names every option that matches nothing', () => {
    expect(toOptions('Kyiv, Lviv, Paris', locationsMeta)).toEqual({
      kind: 'problem',
      message: 'Locations: "Lviv", "Paris" are not allowed values; use one of: Kyiv, Warsaw',
    });
  });

  it('finds a priority by name or id', () => {
    expect(toPriority('highest', priorityMeta)).toEqual({ kind: 'set', value: { id: '1' } });
    expect(toPriority('5', priorityMeta)).toEqual({ kind: 'set', value: { id: '5' } });
    expect(toPriority('Urgent', priorityMeta).kind).toBe('problem');
  });

  it('finds components by name or id', () => {
    expect(toComponents('it, 101', componentsMeta)).toEqual({
      kind: 'set',
      value: [{ id: '100' }, { id: '101' }],
    });
    expect(toComponents('HR', componentsMeta)).toEqual({
      kind: 'problem',
      message: 'Components: "HR" is not an allowed value; use one of: IT, Facilities',
    });
  });
});
