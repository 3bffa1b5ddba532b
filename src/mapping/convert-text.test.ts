import { looksLikeHtml, toLabels, toRichText, toSingleLineText, toStrings, toText } from './convert-text';
import { labelsMeta } from './test-field-metas';

describe('text fields', () => {
  it.each<[string, boolean]>([
    ['<p>x</p>', true],
    ['a<br/>b', true],
    ['Tom &amp; Jerry', true],
    ['a < b and c > d', false],
    ['I <3 HR', false],
    ['R&D budget', false],
  ])('%j looks like HTML: %s', (value, expected) => {
    expect(looksLikeHtml(value)).toBe(expected);
  });

  it('converts HTML to ADF and plain text to paragraphs', () => {
    const html = toRichText('<p><b>Hi</b></p>');
    expect(html).toEqual({
      kind: 'set',
      value: {
        type: 'doc',
        version: 1,
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Hi', marks: [{ type: 'strong' }] }] },
        ],
      },
    });
    const plain = toRichText('line 1\nline 2 with <3');
    expect(plain.kind === 'set' && JSON.stringify(plain.value)).toContain('"line 2 with <3"');
  });

  it('clears rich text whose HTML shows nothing', () => {
    expect(toRichText('<p> </p><script>x</script>')).toEqual({ kind: 'clear' });
  });

  it('makes a summary one line of plain text within 255 characters', () => {
    expect(toSingleLineText('  Onboard\n<b>Jane</b>  ')).toEqual({ kind: 'set', value: 'Onboard Jane' });
    const long = toSingleLineText('x'.repeat(300));
    expect(long.kind === 'set' && long.value).toBe(`${'x'.repeat(254)}…`);
    expect(toSingleLineText('<p></p>')).toEqual({ kind: 'clear' });
  });

  it('trims plain text', () => {
    expect(toText('  https://x.io  ')).toEqual({ kind: 'set', value: 'https://x.io' });
  });

  it('splits string lists on commas without repeats', () => {
    expect(toStrings('a, b,,a , c')).toEqual({ kind: 'set', value: ['a', 'b', 'c'] });
    expect(toStrings(' , ')).toEqual({ kind: 'clear' });
  });

  it('turns spaces in labels into dashes and always adds the tracking label', () => {
    expect(toLabels('new hire, IT  setup, new hire', labelsMeta, 'PeopleForce')).toEqual({
      kind: 'set',
      value: ['new-hire', 'IT-setup', 'PeopleForce'],
    });
    expect(toLabels('PeopleForce, x', labelsMeta, 'PeopleForce')).toEqual({
      kind: 'set',
      value: ['PeopleForce', 'x'],
    });
  });

  it('adds no tracking label to a custom labels field', () => {
    const custom = {
      ...labelsMeta,
      fieldId: 'customfield_9',
      schema: { type: 'array', items: 'string', custom: 'x:labels' },
    };
    expect(toLabels('a b', custom, 'PeopleForce')).toEqual({ kind: 'set', value: ['a-b'] });
  });
});
