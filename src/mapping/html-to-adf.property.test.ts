import fc from 'fast-check';
import { adfToPlainText } from './adf-to-plain-text';
import { adfProblem } from './adf-validation';
import type { AdfNodeLike, DocNode } from './adf.types';
import { htmlToAdfUnchecked } from './html-to-adf';
import { STYLE_MARK_ORDER } from './inline-style';

/**
 * Random tag soup from a small HTML grammar: known and unknown tags, attributes with safe and hostile
 * values, entities (valid, unknown, out of range), whitespace, control characters, comments, and tags left
 * unclosed, closed twice or closed in the wrong order.
 */
const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'del',
  'code',
  'kbd',
  'a',
  'h1',
  'h3',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'img',
  'br',
  'hr',
  'script',
  'style',
  'font',
  'x-widget',
  'sup',
  'section',
];
const ATTRIBUTES = [
  'href="https://example.com/a?b=1&amp;c=2"',
  'href="mailto:hr@example.com"',
  'href="javascript:alert(1)"',
  'href="/rails/active_storage/blobs/x/file%20name.pdf"',
  "href='relative/path'",
  'href="http://[bad"',
  'src="https://cdn.example.com/pic.png"',
  'src="data:image/png;base64,AAAA"',
  'alt="Org chart"',
  'alt=""',
  'download',
  'download="cv.docx"',
  'name="plan.xlsx"',
  'class="language-js"',
  'start="3"',
  'start="-1"',
  'style="color:red"',
  'title="a > b"',
];
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'Ünïcødé', '日本語', '😀'];
const FRAGMENTS = [
  ' ',
  '  ',
  '\n',
  '\t',
  '&nbsp;',
  '&amp;',
  '&lt;',
  '&gt;',
  '&#0;',
  '&#x1F600;',
  '&#99999999;',
  '&bogus;',
  '&',
  '<',
  '>',
  '"',
  '\u0000',
  '\u0007',
  '\u00a0',
  '<!-- note -->',
  '<![CDATA[x]]>',
  '<!DOCTYPE html>',
  '<b',
];

const tagName = fc.constantFrom(...TAGS);
const attributes = fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }).map((list) => list.join(' '));
const openTag = fc
  .tuple(tagName, attributes, fc.boolean())
  .map(
    ([name, attrs, selfClosing]) => `<${name}${attrs === '' ? '' : ` ${attrs}`}${selfClosing ? ' /' : ''}>`,
  );
const closeTag = tagName.map((name) => `</${name}>`);
const word = fc.constantFrom(...WORDS);
const token = fc.oneof(
  { weight: 4, arbitrary: openTag },
  { weight: 3, arbitrary: closeTag },
  { weight: 4, arbitrary: word },
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const tagSoup = fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join(''));

/**
 * Structured documents, to reach what pure soup rarely builds: lists and tables nested in each other, in
 * quotes and headings, with items outside <li>, cells of both kinds, and closing tags dropped or wrong.
 */
const closing = (name: string) => fc.constantFrom(`</${name}>`, `</${name}>`, '', '</div>');
const { node } = fc.letrec<{ node: string }>((tie) => {
  const children = (max: number) => fc.array(tie('node'), { maxLength: max }).map((list) => list.join(''));
  const element = fc
    .tuple(tagName, attributes, children(3))
    .chain(([name, attrs, inner]) =>
      closing(name).map((close) => `<${name}${attrs === '' ? '' : ` ${attrs}`}>${inner}${close}`),
    );
  const item = fc
    .tuple(fc.boolean(), children(3), closing('li'))
    .map(([inLi, inner, close]) => (inLi ? `<li>${inner}${close}` : inner));
  const list = fc
    .tuple(fc.constantFrom('ul', 'ol'), fc.array(item, { maxLength: 4 }))
    .chain(([name, items]) => closing(name).map((close) => `<${name}>${items.join('')}${close}`));
  const cell = fc
    .tuple(fc.constantFrom('td', 'th'), children(2))
    .chain(([name, inner]) => closing(name).map((close) => `<${name}>${inner}${close}`));
  const block = fc
    .tuple(fc.constantFrom('blockquote', 'pre', 'h2', 'p', 'div'), children(3))
    .chain(([name, inner]) => closing(name).map((close) => `<${name}>${inner}${close}`));
  const tableRow = fc.array(cell, { maxLength: 3 }).map((cells) => `<tr>${cells.join('')}</tr>`);
  const table = fc
    .tuple(fc.boolean(), fc.array(tableRow, { maxLength: 3 }), children(1))
    .map(
      ([body, rows, stray]) =>
        `<table>${stray}${body ? `<tbody>${rows.join('')}</tbody>` : rows.join('')}</table>`,
    );
  return {
    node: fc.oneof(
      { maxDepth: 5, depthSize: 'small' },
      fc.oneof(word, fc.constantFrom(...FRAGMENTS)),
      element,
      block,
      list,
      table,
    ),
  };
});
const html = fc.oneof(
  tagSoup,
  node,
  fc.tuple(node, tagSoup, node).map((parts) => parts.join('')),
);

function textNodes(node: AdfNodeLike): Array<AdfNodeLike & { marks?: Array<{ type: string }> }> {
  const own = node.type === 'text' ? [node] : [];
  return [...own, ...(node.content ?? []).flatMap(textNodes)];
}

function asNode(document: DocNode): AdfNodeLike {
  return JSON.parse(JSON.stringify(document)) as AdfNodeLike;
}

const MARK_RANK = [...STYLE_MARK_ORDER, 'link'];

describe('htmlToAdf on random tag soup', () => {
  it('always produces a document the ADF validator accepts', () => {
    fc.assert(
      fc.property(html, (input) => {
        expect(adfProblem(htmlToAdfUnchecked(input))).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('never writes an empty text node, a repeated mark or marks out of order', () => {
    fc.assert(
      fc.property(html, (input) => {
        for (const node of textNodes(asNode(htmlToAdfUnchecked(input)))) {
          expect(node.text).not.toBe('');
          const ranks = (node.marks ?? []).map((mark) => MARK_RANK.indexOf(mark.type));
          expect(ranks).toEqual([...new Set(ranks)].sort((a, b) => a - b));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every word written outside hidden elements and attachment links', () => {
    const visibleTags = TAGS.filter((name) => !['script', 'style', 'a', 'img'].includes(name));
    const visibleToken = fc.oneof(
      fc.constantFrom(...visibleTags).map((name) => `<${name}>`),
      fc.constantFrom(...visibleTags).map((name) => `</${name}>`),
      word.map((text) => ` ${text} `),
    );
    fc.assert(
      fc.property(fc.array(visibleToken, { maxLength: 60 }), (tokens) => {
        const plain = adfToPlainText(htmlToAdfUnchecked(tokens.join('')));
        for (const text of tokens.filter((item) => !item.startsWith('<')))
          expect(plain).toContain(text.trim());
      }),
      { numRuns: 300 },
    );
  });
});
