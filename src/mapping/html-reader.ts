import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { BlockCollector } from './block-collector';
import { readList } from './html-list-reader';
import { readPre } from './html-pre-reader';
import { MAX_ELEMENT_DEPTH, type ReadContext } from './html-read-context';
import { readTable } from './html-table-reader';
import { BLOCK_TAGS, headingLevel, LIST_TAGS, SKIPPED_TAGS, styleMark } from './html-tags';
import { collectText } from './html-text-content';
import { PLAIN_STYLE, withLink, withMark } from './inline-style';
import { attachmentName, imageName, isAttachmentAnchor, linkableHref, webHref } from './link-targets';
import type { HeadingLevel, RichBlock } from './rich-text.types';

/**
 * Longer HTML is cut here. Jira refuses rich text beyond 32,767 characters anyway, and htmlparser2 slows
 * down sharply on very deep tag soup (seconds at 500 kB), which would stall a whole sync run.
 */
export const MAX_HTML_LENGTH = 100_000;

/**
 * HTML (well-formed or not) to the intermediate blocks. htmlparser2 repairs nothing beyond closing open
 * elements, so every reader here accepts any nesting: unknown elements give up their text, misplaced
 * content is kept where a browser would show it.
 */
export function readHtml(html: string): RichBlock[] {
  const document = parseDocument(html.slice(0, MAX_HTML_LENGTH), { decodeEntities: true });
  return readNodes(document.children, { style: PLAIN_STYLE, depth: 0 });
}

function readNodes(nodes: readonly ChildNode[], context: ReadContext): RichBlock[] {
  const out = new BlockCollector();
  readInto(nodes, context, out);
  return out.finish();
}

function readInto(nodes: readonly ChildNode[], context: ReadContext, out: BlockCollector): void {
  for (const node of nodes) {
    if (isText(node)) out.addText(node.data, context.style);
    else if (isTag(node)) readElement(node, { style: context.style, depth: context.depth + 1 }, out);
  }
}

type ElementReader = (element: Element, context: ReadContext, out: BlockCollector) => void;

function readElement(element: Element, context: ReadContext, out: BlockCollector): void {
  if (SKIPPED_TAGS.has(element.name)) return;
  if (context.depth > MAX_ELEMENT_DEPTH) {
    out.addText(collectText(element.children, ' '), context.style);
    return;
  }
  const reader = structureReaders.get(element.name) ?? readFlowElement;
  reader(element, context, out);
}

const structureReaders = new Map<string, ElementReader>([
  ['br', readBreak],
  ['img', readImage],
  ['a', readAnchor],
  ['pre', readPreElement],
  ['blockquote', readQuote],
  ['table', readTableElement],
  ...[...LIST_TAGS].map((tag): [string, ElementReader] => [tag, readListElement]),
]);

function readBreak(_element: Element, _context: ReadContext, out: BlockCollector): void {
  out.addBreak();
}

function readPreElement(element: Element, _context: ReadContext, out: BlockCollector): void {
  out.addBlock(readPre(element));
}

function readQuote(element: Element, context: ReadContext, out: BlockCollector): void {
  out.addBlock({ kind: 'quote', blocks: readNodes(element.children, context) });
}

function readListElement(element: Element, context: ReadContext, out: BlockCollector): void {
  out.addBlock(readList(element, context, readNodes));
}

/** Styling, headings, block containers, and unknown elements (which give up their content). */
function readFlowElement(element: Element, context: ReadContext, out: BlockCollector): void {
  const mark = styleMark(element.name);
  const level = headingLevel(element.name);
  if (mark !== undefined) {
    readInto(element.children, { ...context, style: withMark(context.style, mark) }, out);
  } else if (level !== undefined) {
    readHeading(element, level, context, out);
  } else if (BLOCK_TAGS.has(element.name)) {
    out.endParagraph();
    readInto(element.children, context, out);
    out.endParagraph();
  } else {
    readInto(element.children, context, out);
  }
}

function readHeading(element: Element, level: HeadingLevel, context: ReadContext, out: BlockCollector): void {
  out.endParagraph();
  for (const block of readNodes(element.children, context)) {
    out.addBlock(block.kind === 'paragraph' ? { kind: 'heading', level, inlines: block.inlines } : block);
  }
}

function readTableElement(element: Element, context: ReadContext, out: BlockCollector): void {
  out.endParagraph();
  for (const block of readTable(element, context, readNodes)) out.addBlock(block);
}

/** Images cannot be uploaded from here, so they become readable text, linked to the picture when possible. */
function readImage(element: Element, context: ReadContext, out: BlockCollector): void {
  const style =
    context.style.href === null ? withLink(context.style, webHref(element.attribs.src)) : context.style;
  out.addText(`[Image: ${imageName(element.attribs)}]`, style);
}

function readAnchor(element: Element, context: ReadContext, out: BlockCollector): void {
  const { attribs } = element;
  if (isAttachmentAnchor(attribs)) {
    const name = attachmentName(attribs, collectText(element.children, ' '));
    out.addText(`[Attachment: ${name}]`, withLink(context.style, webHref(attribs.href)));
    return;
  }
  readInto(element.children, { ...context, style: withLink(context.style, linkableHref(attribs.href)) }, out);
}
