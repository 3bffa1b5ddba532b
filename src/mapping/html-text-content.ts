import { isTag, isText, type ChildNode } from 'domhandler';
import { SKIPPED_TAGS } from './html-tags';

/**
 * The text under some nodes, in document order, with `<br>` written as `lineBreak`. Iterative, so a
 * pathologically deep document cannot exhaust the stack.
 */
export function collectText(nodes: readonly ChildNode[], lineBreak: string): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [];
  pushReversed(stack, nodes);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) {
      parts.push(node.data);
    } else if (isTag(node) && node.name === 'br') {
      parts.push(lineBreak);
    } else if (isTag(node) && !SKIPPED_TAGS.has(node.name)) {
      pushReversed(stack, node.children);
    }
  }
  return parts.join('');
}

function pushReversed(stack: ChildNode[], nodes: readonly ChildNode[]): void {
  for (let index = nodes.length - 1; index >= 0; index -= 1) {
    const node = nodes[index];
    if (node !== undefined) stack.push(node);
  }
}

/** True for text that HTML collapses to nothing (not `&nbsp;`). */
export function isCollapsibleText(node: ChildNode): boolean {
  return isText(node) && /^[\t\n\f\r ]*$/.test(node.data);
}
