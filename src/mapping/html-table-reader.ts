import { isTag, type ChildNode, type Element } from 'domhandler';
import { MAX_ELEMENT_DEPTH, type ReadContext, type ReadNodes } from './html-read-context';
import { isCollapsibleText } from './html-text-content';
import type { RichBlock, TableCellBlock } from './rich-text.types';

const SECTION_TAGS = new Set(['thead', 'tbody', 'tfoot']);
const CELL_TAGS = new Set(['td', 'th']);

interface TableParts {
  rows: TableCellBlock[][];
  /** Content misplaced inside the table; browsers show it before the table, and so do we. */
  fostered: ChildNode[];
}

/** A `<table>` as the blocks it shows: fostered content first, then the table with ragged rows padded. */
export function readTable(table: Element, context: ReadContext, readNodes: ReadNodes): RichBlock[] {
  const parts: TableParts = { rows: [], fostered: [] };
  collectRows(table.children, parts, context, readNodes);
  const blocks = readNodes(parts.fostered, context);
  const width = parts.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) return blocks;
  blocks.push({ kind: 'table', rows: parts.rows.map((row) => padRow(row, width)) });
  return blocks;
}

function collectRows(
  nodes: readonly ChildNode[],
  parts: TableParts,
  context: ReadContext,
  readNodes: ReadNodes,
) {
  for (const node of nodes) {
    if (isTag(node) && SECTION_TAGS.has(node.name) && context.depth < MAX_ELEMENT_DEPTH) {
      collectRows(node.children, parts, { ...context, depth: context.depth + 1 }, readNodes);
    } else if (isTag(node) && node.name === 'tr') {
      const cells = readRow(node, parts, context, readNodes);
      if (cells.length > 0) parts.rows.push(cells);
    } else if (!isCollapsibleText(node)) {
      parts.fostered.push(node);
    }
  }
}

function readRow(
  row: Element,
  parts: TableParts,
  context: ReadContext,
  readNodes: ReadNodes,
): TableCellBlock[] {
  const cells: TableCellBlock[] = [];
  for (const node of row.children) {
    if (isTag(node) && CELL_TAGS.has(node.name)) {
      cells.push({ header: node.name === 'th', blocks: readNodes(node.children, context) });
    } else if (!isCollapsibleText(node)) {
      parts.fostered.push(node);
    }
  }
  return cells;
}

function padRow(row: TableCellBlock[], width: number): TableCellBlock[] {
  const padded = [...row];
  while (padded.length < width) padded.push({ header: false, blocks: [] });
  return padded;
}
