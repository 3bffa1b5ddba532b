import { doc, paragraph, text } from '@atlaskit/adf-utils/builders';
import type { DocNode } from './adf.types';
import { adfToPlainText } from './adf-to-plain-text';
import { cutAt } from './clean-text';
import { plainTextToAdf } from './plain-text-to-adf';

/**
 * Jira refuses a rich-text field longer than 32,767 characters. Jira does not say how it counts an ADF
 * document, so the document's JSON is counted: never less than what Jira counts, so never refused.
 */
export const RICH_TEXT_LIMIT = 32_767;

export const SHORTENED_NOTICE =
  '[Shortened to fit Jira’s 32,767-character limit: the full description is in PeopleForce.]';

type Block = DocNode['content'][number];

const jsonLength = (value: unknown) => JSON.stringify(value).length;

/**
 * The document unchanged when it fits; otherwise as many whole blocks from the start as fit, then a notice
 * saying it was shortened. When even the first block does not fit, the text of the whole document (without
 * formatting) is kept up to the limit instead, so the reader still gets every character that fits.
 */
export function fitRichText(document: DocNode, limit = RICH_TEXT_LIMIT): DocNode {
  if (jsonLength(document) <= limit) return document;
  const notice = paragraph(text(SHORTENED_NOTICE));
  const kept = leadingBlocksThatFit(document.content, limit - jsonLength(doc(notice)));
  if (kept.length > 0) return doc(...kept, notice);
  return plainTextThatFits(adfToPlainText(document), notice, limit);
}

function leadingBlocksThatFit(blocks: readonly Block[], budget: number): Block[] {
  const kept: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    // Each block after the notice's own costs its JSON and one comma.
    used += jsonLength(block) + 1;
    if (used > budget) break;
    kept.push(block);
  }
  return kept;
}

/** The longest start of `plain` whose document, with the notice, fits: a binary search over its length. */
function plainTextThatFits(plain: string, notice: Block, limit: number): DocNode {
  const build = (length: number) => doc(...plainTextToAdf(cutAt(plain, length)).content, notice);
  let low = 0;
  let high = Math.min(plain.length, limit);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (jsonLength(build(middle)) <= limit) low = middle;
    else high = middle - 1;
  }
  return build(low);
}
