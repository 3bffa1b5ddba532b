import { findAdfProblem } from './adf-validation';

const text = (value: string, marks?: unknown[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });

describe('findAdfProblem accepts', () => {
  it.each([
    ['an empty document', doc()],
    ['an empty paragraph', doc({ type: 'paragraph' })],
    [
      'marked text and a hard break',
      doc(paragraph(text('a', [{ type: 'strong' }]), { type: 'hardBreak' }, text('b'))),
    ],
    ['a link', doc(paragraph(text('site', [{ type: 'link', attrs: { href: 'https://example.com' } }])))],
    ['a heading', doc({ type: 'heading', attrs: { level: 2 }, content: [text('Title')] })],
    [
      'nested lists',
      doc({
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              paragraph(text('x')),
              { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('y'))] }] },
            ],
          },
        ],
      }),
    ],
    ['a code block', doc({ type: 'codeBlock', content: [text('let x = 1;')] })],
    [
      'a table',
      doc({
        type: 'table',
        content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text('h'))] }] }],
      }),
    ],
    ['a rule and a mention', doc({ type: 'rule' }, paragraph({ type: 'mention', attrs: { id: 'abc' } }))],
  ])('%s', (_name, value) => {
    expect(findAdfProblem(value)).toBeNull();
  });
});

describe('findAdfProblem rejects', () => {
  it.each([
    ['a plain string', 'hello', 'the value is not an object'],
    [
      'another root type',
      { type: 'paragraph', version: 1, content: [] },
      "the root node must have type 'doc'",
    ],
    ['a missing version', { type: 'doc', content: [] }, 'the document version must be 1'],
    ['version 2', { type: 'doc', version: 2, content: [] }, 'the document version must be 1'],
    ['content that is not a list', { type: 'doc', version: 1, content: {} }, 'doc.content must be an array'],
    ['an unknown node', doc({ type: 'marquee' }), "doc.content[0] has unknown node type 'marquee'"],
    ['text at block level', doc(text('x')), "doc.content[0] 'text' is not allowed here"],
    [
      'an empty text node',
      doc(paragraph(text(''))),
      'doc.content[0].content[0] text must be a non-empty string',
    ],
    ['a numeric text', doc(paragraph({ type: 'text', text: 5 })), 'text must be a non-empty string'],
    ['an unknown mark', doc(paragraph(text('x', [{ type: 'blink' }]))), 'is not a known mark'],
    ['a link without href', doc(paragraph(text('x', [{ type: 'link' }]))), 'link needs attrs.href'],
    [
      'a paragraph inside a paragraph',
      doc(paragraph(paragraph(text('x')))),
      "'paragraph' is not allowed here",
    ],
    [
      'a list item outside a list',
      doc({ type: 'listItem', content: [paragraph(text('x'))] }),
      "'listItem' is not allowed here",
    ],
    ['an empty list', doc({ type: 'bulletList', content: [] }), 'needs content'],
    [
      'a heading without level',
      doc({ type: 'heading', content: [text('x')] }),
      'heading needs attrs.level 1..6',
    ],
    ['marks on a paragraph', doc({ type: 'paragraph', marks: [{ type: 'strong' }] }), 'cannot carry marks'],
    ['content in a hard break', doc(paragraph({ type: 'hardBreak', content: [] })), 'cannot have content'],
  ])('%s', (_name, value, problem) => {
    expect(findAdfProblem(value)).toContain(problem);
  });
});
