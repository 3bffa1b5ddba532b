import type {
  blockQuote,
  bulletList,
  codeBlock,
  doc,
  heading,
  orderedList,
  paragraph,
  table,
  tableCell,
  tableHeader,
  tableRow,
  text,
} from '@atlaskit/adf-utils/builders';

/** ADF types, taken from the builders so that this layer depends only on `@atlaskit/adf-utils`. */
export type DocNode = ReturnType<typeof doc>;
export type ParagraphNode = ReturnType<typeof paragraph>;
export type InlineNode = Exclude<Parameters<typeof paragraph>[number], string>;
export type TextNode = ReturnType<typeof text>;
export type HeadingNode = ReturnType<ReturnType<typeof heading>>;
export type BulletListNode = ReturnType<typeof bulletList>;
export type OrderedListNode = ReturnType<ReturnType<typeof orderedList>>;
export type BlockQuoteNode = ReturnType<typeof blockQuote>;
export type CodeBlockNode = ReturnType<ReturnType<typeof codeBlock>>;
export type TableNode = ReturnType<typeof table>;
export type TableRowNode = ReturnType<typeof tableRow>;
export type TableCellNode =
  ReturnType<ReturnType<typeof tableCell>> | ReturnType<ReturnType<typeof tableHeader>>;

/** Any ADF node, as loosely as a reader of documents written by others (Jira) must take it. */
export interface AdfNodeLike {
  readonly type: string;
  readonly text?: string | undefined;
  readonly attrs?: unknown;
  readonly content?: readonly AdfNodeLike[] | undefined;
}
