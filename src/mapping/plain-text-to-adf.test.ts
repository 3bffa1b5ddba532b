import { adfProblem } from './adf-validation';
import { plainTextToAdf } from './plain-text-to-adf';

const t = (text: string) => ({ type: 'text', text });
const br = { type: 'hardBreak' };
const p = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => ({ type: 'doc', version: 1, content });

describe('plainTextToAdf', () => {
  it.each<[string, string | null, object]>([
    ['null gives an empty document', null, doc()],
    ['blank text gives an empty document', ' \n \n', doc()],
    ['one line is one paragraph', 'hello', doc(p(t('hello')))],
    ['single newlines become hard breaks', 'a\nb', doc(p(t('a'), br, t('b')))],
    ['blank lines separate paragraphs', 'a\n\nb\n \n\nc', doc(p(t('a')), p(t('b')), p(t('c')))],
    ['CRLF counts as a newline', 'a\r\nb\r\n\r\nc', doc(p(t('a'), br, t('b')), p(t('c')))],
    ['indentation is kept, trailing spaces are not', '  a  \n b', doc(p(t('  a'), br, t(' b')))],
    ['an empty line inside a paragraph keeps the break', 'a\n\tb', doc(p(t('a'), br, t('\tb')))],
    ['control characters are removed', 'a\u0000b', doc(p(t('ab')))],
  ])('%s', (_title, input, expected) => {
    const document = plainTextToAdf(input);
    expect(document).toEqual(expected);
    expect(adfProblem(document)).toBeNull();
  });
});
