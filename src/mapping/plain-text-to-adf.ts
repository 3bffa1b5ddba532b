import { doc, hardBreak, paragraph, text } from '@atlaskit/adf-utils/builders';
import type { DocNode, InlineNode, ParagraphNode } from './adf.types';
import { normalizeLineEndings, removeControlCharacters } from './clean-text';

/** Plain text as ADF: blank lines separate paragraphs, single line breaks become hard breaks. */
export function plainTextToAdf(plain: string | null): DocNode {
  const clean = normalizeLineEndings(removeControlCharacters(plain ?? ''));
  const paragraphs = clean
    .split(/\n[\t\f ]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  return doc(...paragraphs.map(linesParagraph));
}

function linesParagraph(block: string): ParagraphNode {
  const content: InlineNode[] = [];
  block.split('\n').forEach((line, index) => {
    if (index > 0) content.push(hardBreak());
    const visible = line.trimEnd();
    if (visible !== '') content.push(text(visible));
  });
  return paragraph(...content);
}
