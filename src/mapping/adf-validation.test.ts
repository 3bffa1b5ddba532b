import { adfProblem } from './adf-validation';
import type { DocNode } from './adf.types';

describe('adfProblem', () => {
  it('accepts a valid document', () => {
    const document: DocNode = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
    };
    expect(adfProblem(document)).toBeNull();
  });

  it.each<[string, object]>([
    ['an empty text node', { type: 'paragraph', content: [{ type: 'text', text: '' }] }],
    ['a list item without content', { type: 'bulletList', content: [{ type: 'listItem', content: [] }] }],
    [
      'code beside strong',
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'a', marks: [{ type: 'code' }, { type: 'strong' }] }],
      },
    ],
    [
      'a javascript: link',
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] }],
      },
    ],
  ])('names the problem with %s', (_title, block) => {
    const document = { type: 'doc', version: 1, content: [block] } as unknown as DocNode;
    expect(adfProblem(document)).toEqual(expect.any(String));
  });
});
