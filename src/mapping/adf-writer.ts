import {
  blockQuote,
  bulletList,
  codeBlock,
  doc,
  hardBreak,
  heading,
  listItem,
  orderedList,
  paragraph,
  table,
  tableCell,
  tableHeader,
  text,
} from '@atlaskit/adf-utils/builders';
import type {
  BlockQuoteNode,
  BulletListNode,
  CodeBlockNode,
  DocNode,
  HeadingNode,
  InlineNode,
  OrderedListNode,
  ParagraphNode,
  TableCellNode,
  TableNode,
  TableRowNode,
} from './adf.types';
import { adfMarks, PLAIN_STYLE } from './inline-style';
import { settleInlineRun } from './inline-run';
import type { InlineItem, RichBlock, TableCellBlock } from './rich-text.types';

/**
 * The intermediate blocks as ADF, fitted to where each may sit: list items and quotes take paragraphs,
 * lists and code; table cells also take headings and quotes; only the document takes tables. A block that
 * may not sit somewhere is reduced (a heading to a paragraph, a quote to its content, a nested table to one
 * paragraph per row) instead of being dropped. The return types make the compiler check these rules.
 */
type NarrowBlockNode = ParagraphNode | BulletListNode | OrderedListNode | CodeBlockNode;
type CellBlockNode = NarrowBlockNode | HeadingNode | BlockQuoteNode;
type DocBlockNode = CellBlockNode | TableNode;

export function writeDoc(blocks: readonly RichBlock[]): DocNode {
  return doc(...blocks.flatMap(writeDocBlock));
}

function writeDocBlock(block: RichBlock): DocBlockNode[] {
  return block.kind === 'table' ? [writeTable(block.rows)] : writeCellBlock(block);
}

function writeCellBlock(block: RichBlock): CellBlockNode[] {
  switch (block.kind) {
    case 'heading':
      return block.inlines.length > 0
        ? [heading({ level: block.level })(...writeInlines(block.inlines))]
        : [];
    case 'quote':
      return writeQuote(block.blocks);
    default:
      return writeNarrowBlock(block);
  }
}

function writeNarrowBlock(block: RichBlock): NarrowBlockNode[] {
  switch (block.kind) {
    case 'paragraph':
      return [writeParagraph(block.inlines)];
    case 'heading':
      return block.inlines.length > 0 ? [writeParagraph(block.inlines)] : [];
    case 'list':
      return writeList(block.ordered, block.start, block.items);
    case 'quote':
      return block.blocks.flatMap(writeNarrowBlock);
    case 'code':
      return writeCode(block.text, block.language);
    case 'table':
      return block.rows
        .map(rowInlines)
        .filter((inlines) => inlines.length > 0)
        .map(writeParagraph);
  }
}

function writeCode(code: string, language: string | null): CodeBlockNode[] {
  if (code === '') return [];
  return [codeBlock(language === null ? undefined : { language })(text(code))];
}

function writeParagraph(inlines: readonly InlineItem[]): ParagraphNode {
  return paragraph(...writeInlines(inlines));
}

function writeInlines(inlines: readonly InlineItem[]): InlineNode[] {
  return inlines.map((item): InlineNode => {
    if (item.kind === 'break') return hardBreak();
    const node = text(item.text);
    const marks = adfMarks(item.style);
    if (marks.length > 0) node.marks = marks;
    return node;
  });
}

function writeList(
  ordered: boolean,
  start: number | null,
  items: readonly (readonly RichBlock[])[],
): NarrowBlockNode[] {
  if (items.length === 0) return [];
  const nodes = items.map(writeListItem);
  if (!ordered) return [bulletList(...nodes)];
  return [orderedList(start === null ? undefined : { order: start })(...nodes)];
}

/** ADF wants a list item to open with a paragraph or code block; an item opening with a list gets an empty one. */
function writeListItem(blocks: readonly RichBlock[]) {
  const content = blocks.flatMap(writeNarrowBlock);
  const [first, ...rest] = content;
  if (first?.type === 'paragraph' || first?.type === 'codeBlock') return listItem([first, ...rest]);
  return listItem([paragraph(), ...content]);
}

function writeQuote(blocks: readonly RichBlock[]): BlockQuoteNode[] {
  const content = blocks.flatMap(writeNarrowBlock);
  return content.length > 0 ? [blockQuote(...content)] : [];
}

function writeTable(rows: readonly (readonly TableCellBlock[])[]): TableNode {
  return table(...rows.map(writeTableRow));
}

function writeTableRow(cells: readonly TableCellBlock[]): TableRowNode {
  return { type: 'tableRow', content: cells.map(writeTableCell) };
}

function writeTableCell(cell: TableCellBlock): TableCellNode {
  const written = cell.blocks.flatMap(writeCellBlock);
  const content = written.length > 0 ? written : [paragraph()];
  return cell.header ? tableHeader()(...content) : tableCell()(...content);
}

/** A table row where no table may sit: its cells' text in one paragraph, separated by " | ". */
function rowInlines(row: readonly TableCellBlock[]): InlineItem[] {
  const raw = row.flatMap((cell, index) => [
    ...(index === 0 ? [] : [separator(' | ')]),
    ...cell.blocks.flatMap(blockInlines),
  ]);
  return settleInlineRun(raw) ?? [];
}

function blockInlines(block: RichBlock): InlineItem[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return [...block.inlines, separator(' ')];
    case 'list':
      return block.items.flat().flatMap(blockInlines);
    case 'quote':
      return block.blocks.flatMap(blockInlines);
    case 'code':
      return [separator(`${block.text} `)];
    case 'table':
      return block.rows.flatMap((row) => [...rowInlines(row), separator(' ')]);
  }
}

function separator(value: string): InlineItem {
  return { kind: 'text', text: value, style: PLAIN_STYLE };
}
