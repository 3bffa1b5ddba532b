import { isTag, type Element } from 'domhandler';
import type { ReadContext, ReadNodes } from './html-read-context';
import { isCollapsibleText } from './html-text-content';
import type { RichBlock } from './rich-text.types';

/**
 * A `<ul>`/`<ol>`. Content that is not inside an `<li>` (a nested list written directly in the list, stray
 * text) joins the previous item, or starts one, so every item keeps the content a browser shows with it.
 */
export function readList(list: Element, context: ReadContext, readNodes: ReadNodes): RichBlock {
  const items: RichBlock[][] = [];
  for (const child of list.children) {
    if (isTag(child) && child.name === 'li') {
      items.push(readNodes(child.children, context));
    } else if (!isCollapsibleText(child)) {
      appendToLastItem(items, readNodes([child], context));
    }
  }
  return { kind: 'list', ordered: list.name === 'ol', start: listStart(list), items };
}

function appendToLastItem(items: RichBlock[][], blocks: RichBlock[]): void {
  if (blocks.length === 0) return;
  const last = items.at(-1);
  if (last === undefined) items.push(blocks);
  else last.push(...blocks);
}

function listStart(list: Element): number | null {
  const start = list.attribs.start?.trim() ?? '';
  return list.name === 'ol' && /^\d{1,9}$/.test(start) ? Number(start) : null;
}
