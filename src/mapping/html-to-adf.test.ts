import { adfProblem } from './adf-validation';
import { adfToPlainText } from './adf-to-plain-text';
import { MAX_HTML_LENGTH } from './html-reader';
import type { DocNode } from './adf.types';
import { htmlToAdf, htmlToAdfUnchecked } from './html-to-adf';

type Mark = { type: string; attrs?: { href: string } };
const strong = { type: 'strong' };
const em = { type: 'em' };
const underline = { type: 'underline' };
const strike = { type: 'strike' };
const code = { type: 'code' };
const link = (href: string): Mark => ({ type: 'link', attrs: { href } });

const t = (text: string, ...marks: Mark[]) =>
  marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
const br = { type: 'hardBreak' };
const p = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => ({ type: 'doc', version: 1, content });
const li = (...content: object[]) => ({ type: 'listItem', content });
const ul = (...items: object[]) => ({ type: 'bulletList', content: items });
const ol = (...items: object[]) => ({ type: 'orderedList', content: items });
const cell = (...content: object[]) => ({ type: 'tableCell', content });
const header = (...content: object[]) => ({ type: 'tableHeader', content });
const row = (...cells: object[]) => ({ type: 'tableRow', content: cells });

const cases: Array<[string, string | null, object]> = [
  ['empty input gives a document with no content', '', doc()],
  ['null gives a document with no content', null, doc()],
  ['whitespace-only input gives no paragraph', ' \n\t ', doc()],
  ['bare text becomes one paragraph', 'hello', doc(p(t('hello')))],
  ['paragraphs stay separate', '<p>a</p><p>b</p>', doc(p(t('a')), p(t('b')))],
  ['whitespace collapses like a browser', '<p>  a \n\t b  </p>', doc(p(t('a b')))],
  ['spaces around <br> vanish', '<p>a <br>  b</p>', doc(p(t('a'), br, t('b')))],
  ['one trailing <br> draws nothing', '<p>a<br></p>', doc(p(t('a')))],
  [
    'a block holding only <br> is a blank line',
    '<div>a</div><div><br></div><div>b</div>',
    doc(p(t('a')), p(), p(t('b'))),
  ],
  ['&nbsp; survives collapsing as U+00A0', '<p>a&nbsp;&nbsp;b</p>', doc(p(t('a\u00a0\u00a0b')))],
  ['named and numeric entities decode', '<p>&lt;x&gt; &amp; &#8364; &#x41;</p>', doc(p(t('<x> & € A')))],
  ['space across element boundaries collapses once', '<p>a <b> b</b></p>', doc(p(t('a '), t('b', strong)))],
  ['bold and strong give strong', '<b>a</b><strong>b</strong>', doc(p(t('ab', strong)))],
  [
    'marks come in one order whatever the nesting',
    '<u><i><b>x</b></i></u>',
    doc(p(t('x', strong, em, underline))),
  ],
  ['same marks nested twice appear once', '<b><strong>x</strong></b>', doc(p(t('x', strong)))],
  ['strike, s and del give strike', '<s>a</s><del>b</del><strike>c</strike>', doc(p(t('abc', strike)))],
  ['code drops marks ADF forbids beside it', '<b><code>x</code></b>', doc(p(t('x', code)))],
  [
    'code keeps a link',
    '<a href="https://x.io/"><code>x</code></a>',
    doc(p(t('x', code, link('https://x.io/')))),
  ],
  [
    'http link becomes a link mark',
    '<a href="https://x.io/a?b=1">go</a>',
    doc(p(t('go', link('https://x.io/a?b=1')))),
  ],
  [
    'mailto link becomes a link mark',
    '<a href="mailto:hr@x.io">mail</a>',
    doc(p(t('mail', link('mailto:hr@x.io')))),
  ],
  ['javascript: link keeps only its text', '<a href="javascript:alert(1)">x</a>', doc(p(t('x')))],
  ['relative link keeps only its text', '<a href="/people/1">x</a>', doc(p(t('x')))],
  [
    'headings keep their level',
    '<h1>a</h1><h6>b</h6>',
    doc(
      { type: 'heading', attrs: { level: 1 }, content: [t('a')] },
      { type: 'heading', attrs: { level: 6 }, content: [t('b')] },
    ),
  ],
  ['an empty heading is dropped', '<h2> </h2><p>x</p>', doc(p(t('x')))],
  [
    'bullet list items hold paragraphs',
    '<ul><li>a</li><li>b</li></ul>',
    doc(ul(li(p(t('a'))), li(p(t('b'))))),
  ],
  [
    'ordered list keeps its start',
    '<ol start="4"><li>a</li></ol>',
    doc({ type: 'orderedList', attrs: { order: 4 }, content: [li(p(t('a')))] }),
  ],
  [
    'nested list sits inside its item',
    '<ul><li>a<ol><li>b</li></ol></li></ul>',
    doc(ul(li(p(t('a')), ol(li(p(t('b'))))))),
  ],
  [
    'a list written directly in a list joins the previous item',
    '<ul><li>a</li><ul><li>b</li></ul></ul>',
    doc(ul(li(p(t('a')), ul(li(p(t('b'))))))),
  ],
  [
    'an item opening with a list gets an empty paragraph first',
    '<ul><li><ul><li>b</li></ul></li></ul>',
    doc(ul(li(p(), ul(li(p(t('b'))))))),
  ],
  ['an empty item still holds a paragraph', '<ul><li></li></ul>', doc(ul(li(p())))],
  ['a list without items is dropped', '<ul> </ul><p>x</p>', doc(p(t('x')))],
  ['a heading inside an item becomes a paragraph', '<ul><li><h3>a</h3></li></ul>', doc(ul(li(p(t('a')))))],
  [
    'blockquote holds paragraphs',
    '<blockquote><p>a</p>b</blockquote>',
    doc({ type: 'blockquote', content: [p(t('a')), p(t('b'))] }),
  ],
  [
    'a quote inside a quote is flattened',
    '<blockquote><blockquote>a</blockquote></blockquote>',
    doc({ type: 'blockquote', content: [p(t('a'))] }),
  ],
  [
    'pre keeps whitespace and drops the first newline',
    '<pre>\n  a\n\n b  </pre>',
    doc({ type: 'codeBlock', content: [t('  a\n\n b  ')] }),
  ],
  [
    'pre with code names the language',
    '<pre><code class="language-ts">x\n</code></pre>',
    doc({ type: 'codeBlock', attrs: { language: 'ts' }, content: [t('x')] }),
  ],
  ['an empty pre is dropped', '<pre></pre>', doc()],
  [
    'table cells and headers hold paragraphs',
    '<table><tr><th>h</th></tr><tr><td>c</td></tr></table>',
    doc({
      type: 'table',
      content: [row(header(p(t('h')))), row(cell(p(t('c'))))],
    }),
  ],
  [
    'ragged rows are padded with empty cells',
    '<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>',
    doc({
      type: 'table',
      content: [row(cell(p(t('a'))), cell(p(t('b')))), row(cell(p(t('c'))), cell(p()))],
    }),
  ],
  [
    'text misplaced in a table is shown before it',
    '<table>oops<tr><td>a</td></tr></table>',
    doc(p(t('oops')), {
      type: 'table',
      content: [row(cell(p(t('a'))))],
    }),
  ],
  [
    'a table in a cell becomes one paragraph per row',
    '<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>',
    doc({
      type: 'table',
      content: [row(cell(p(t('a | b'))))],
    }),
  ],
  ['a table without cells is dropped', '<table><tr></tr></table>', doc()],
  [
    'an image becomes readable text named by its alt',
    '<img alt="Org chart" src="data:image/png;base64,AAAA">',
    doc(p(t('[Image: Org chart]'))),
  ],
  [
    'an image is named by its own name attribute, not the last segment of its URL',
    '<img src="https://cdn.x.io/a" name="onepager.png">',
    doc(p(t('[Image: onepager.png]', link('https://cdn.x.io/a')))),
  ],
  [
    'an image without alt is named by its file, linked',
    '<img src="https://cdn.x.io/a/photo%201.png?s=1">',
    doc(p(t('[Image: photo 1.png]', link('https://cdn.x.io/a/photo%201.png?s=1')))),
  ],
  [
    'an Active Storage link is an attachment',
    '<a href="https://app.peopleforce.io/rails/active_storage/blobs/xyz/contract.pdf">Contract</a>',
    doc(
      p(
        t(
          '[Attachment: Contract]',
          link('https://app.peopleforce.io/rails/active_storage/blobs/xyz/contract.pdf'),
        ),
      ),
    ),
  ],
  [
    'a download link is named by its download attribute',
    '<a download="cv.docx" href="https://x.io/f">file</a>',
    doc(p(t('[Attachment: cv.docx]', link('https://x.io/f')))),
  ],
  [
    'an anchor with a name attribute is an attachment',
    '<a name="plan.xlsx" href="https://x.io/p">plan</a>',
    doc(p(t('[Attachment: plan.xlsx]', link('https://x.io/p')))),
  ],
  [
    'an attachment with a relative URL is not linked',
    '<a href="/rails/active_storage/blobs/x/a.pdf"></a>',
    doc(p(t('[Attachment: a.pdf]'))),
  ],
  [
    'script and style content is dropped',
    '<p>a<script>alert("x")</script><style>p{}</style>b</p>',
    doc(p(t('ab'))),
  ],
  [
    'unknown tags give up their text',
    '<p><span class="x">a</span> <font>b</font> <custom-tag>c</custom-tag></p>',
    doc(p(t('a b c'))),
  ],
  ['comments are dropped', '<p>a<!-- hidden -->b</p>', doc(p(t('ab')))],
  ['control characters are removed', '<p>a\u0000b\u0007c</p>', doc(p(t('abc')))],
  ['unclosed tags close at the end', '<p><b>bold <i>both', doc(p(t('bold ', strong), t('both', strong, em)))],
];

describe('htmlToAdf', () => {
  it.each(cases)('%s', (_title, html, expected) => {
    const document = htmlToAdf(html);
    expect(document).toEqual(expected);
    expect(adfProblem(document)).toBeNull();
  });

  it('produces the same bytes for the same input', () => {
    const html =
      '<ul><li><b><i>x</i></b> <a href="https://a.io">y</a></li></ul><table><tr><td>z</td></tr></table>';
    expect(JSON.stringify(htmlToAdf(html))).toBe(JSON.stringify(htmlToAdf(html)));
  });

  it('reads pathologically deep nesting as text without exhausting the stack', () => {
    const depth = 3_000;
    const html = `${'<div><ul><li>'.repeat(depth)}deep${'</li></ul></div>'.repeat(depth)}`;
    const document = htmlToAdfUnchecked(html);
    expect(adfProblem(document)).toBeNull();
    expect(adfToPlainText(document)).toContain('deep');
  });

  it('reads only the first MAX_HTML_LENGTH characters of huge input', () => {
    const html = `<p>${'word '.repeat(MAX_HTML_LENGTH)}</p><p>tail</p>`;
    const plain = adfToPlainText(htmlToAdf(html));
    expect(plain.length).toBeLessThanOrEqual(MAX_HTML_LENGTH);
    expect(plain).not.toContain('tail');
  });

  it('returns the unchecked conversion when it is valid', () => {
    const html = '<h1>Title</h1><p>Body <b>bold</b></p>';
    const checked: DocNode = htmlToAdf(html);
    expect(checked).toEqual(htmlToAdfUnchecked(html));
  });
});
