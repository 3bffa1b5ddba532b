import type { ChildNode } from 'domhandler';
import type { InlineStyle, RichBlock } from './rich-text.types';

export interface ReadContext {
  readonly style: InlineStyle;
  /** Element nesting depth, to stop descending into pathologically deep documents. */
  readonly depth: number;
}

/** Reads sibling nodes into the blocks of one container; passed to the list and table readers. */
export type ReadNodes = (nodes: readonly ChildNode[], context: ReadContext) => RichBlock[];

/**
 * Deeper elements are read as plain text. Real descriptions nest a handful of levels; tag soup can nest
 * thousands, which would otherwise produce absurd ADF and deep recursion.
 */
export const MAX_ELEMENT_DEPTH = 48;
