import { adfToPlainText } from './adf-to-plain-text';
import { htmlToAdf } from './html-to-adf';

describe('adfToPlainText', () => {
  it.each<[string, string, string]>([
    ['paragraphs on their own lines', '<p>a</p><p>b <b>c</b></p>', 'a\nb c'],
    ['hard breaks as newlines', '<p>a<br>b</p>', 'a\nb'],
    [
      'bullets with nested indentation',
      '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>',
      '- a\n  - b\n- c',
    ],
    ['numbers from the list start', '<ol start="3"><li>a</li><li>b</li></ol>', '3. a\n4. b'],
    ['quotes marked', '<blockquote><p>a</p><p>b</p></blockquote>', '> a\n> b'],
    [
      'table rows with cells separated',
      '<table><tr><th>h1</th><th>h2</th></tr><tr><td>1</td></tr></table>',
      'h1 | h2\n1 | ',
    ],
    ['code as written', '<pre>x\n  y</pre>', 'x\n  y'],
  ])('renders %s', (_title, html, expected) => {
    expect(adfToPlainText(htmlToAdf(html))).toBe(expected);
  });

  it('reads nodes written by Jira that this app never writes', () => {
    const jiraDoc = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: 'abc', text: '@Jane' } },
            { type: 'text', text: ' see ' },
            { type: 'inlineCard', attrs: { url: 'https://x.io' } },
            { type: 'emoji', attrs: { shortName: ':smile:' } },
          ],
        },
        { type: 'rule' },
        {
          type: 'panel',
          attrs: { panelType: 'info' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'note' }] }],
        },
      ],
    };
    expect(adfToPlainText(jiraDoc)).toBe('@Jane see https://x.io:smile:\n---\nnote');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'text'],
    ['a node without a type', { content: [] }],
    ['content that is not a list', { type: 'doc', content: 'x' }],
  ])('reads %s as the empty string', (_title, value) => {
    expect(adfToPlainText(value)).toBe('');
  });
});
