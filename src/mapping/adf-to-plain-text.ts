import { z } from 'zod';
import type { AdfNodeLike } from './adf.types';

const AdfNodeSchema: z.ZodType<AdfNodeLike> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    text: z.string().optional(),
    attrs: z.unknown().optional(),
    content: z.array(AdfNodeSchema).optional(),
  }),
);

/**
 * Any ADF document as readable plain text, for previews: one line per paragraph, list items prefixed,
 * quotes marked with "> ", table cells separated by " | ". Takes documents written by Jira too, so the
 * input is parsed first; anything that is not ADF (null included) reads as the empty string.
 */
export function adfToPlainText(document: unknown): string {
  const parsed = AdfNodeSchema.safeParse(document);
  return parsed.success ? nodeLines(parsed.data).join('\n').replace(/\n+$/, '') : '';
}

type LineWriter = (node: AdfNodeLike) => string[];

const INLINE_TYPES = new Set([
  'text',
  'hardBreak',
  'mention',
  'emoji',
  'inlineCard',
  'date',
  'status',
  'mediaInline',
  'placeholder',
  'inlineExtension',
]);

const lineWriters: Readonly<Record<string, LineWriter>> = {
  bulletList: (node) => children(node).flatMap((item) => prefixed(nodeLines(item), '- ', '  ')),
  orderedList: orderedListLines,
  blockquote: (node) =>
    children(node)
      .flatMap(nodeLines)
      .map((line) => `> ${line}`),
  table: (node) => children(node).map(rowLine),
  rule: () => ['---'],
};

function nodeLines(node: AdfNodeLike): string[] {
  const writer = Object.hasOwn(lineWriters, node.type) ? lineWriters[node.type] : undefined;
  if (writer !== undefined) return writer(node);
  const content = children(node);
  if (content.length === 0 || content.every((child) => INLINE_TYPES.has(child.type))) {
    return inlineText(node).split('\n');
  }
  return content.flatMap(nodeLines);
}

function children(node: AdfNodeLike): readonly AdfNodeLike[] {
  return node.content ?? [];
}

function orderedListLines(node: AdfNodeLike): string[] {
  const first = numberAttr(node.attrs, 'order') ?? 1;
  return children(node).flatMap((item, index) => {
    const marker = `${first + index}. `;
    return prefixed(nodeLines(item), marker, ' '.repeat(marker.length));
  });
}

function rowLine(row: AdfNodeLike): string {
  return children(row)
    .map((cell) => nodeLines(cell).join(' ').trim())
    .join(' | ');
}

function prefixed(lines: readonly string[], firstPrefix: string, restPrefix: string): string[] {
  return lines.map((line, index) => `${index === 0 ? firstPrefix : restPrefix}${line}`);
}

function inlineText(node: AdfNodeLike): string {
  switch (node.type) {
    case 'text':
      return node.text ?? '';
    case 'hardBreak':
      return '\n';
    case 'mention':
    case 'status':
      return stringAttr(node.attrs, 'text') ?? '';
    case 'emoji':
      return stringAttr(node.attrs, 'text') ?? stringAttr(node.attrs, 'shortName') ?? '';
    case 'inlineCard':
      return stringAttr(node.attrs, 'url') ?? '';
    default:
      return children(node).map(inlineText).join('');
  }
}

function stringAttr(attrs: unknown, name: string): string | undefined {
  const value: unknown =
    typeof attrs === 'object' && attrs !== null ? (attrs as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function numberAttr(attrs: unknown, name: string): number | undefined {
  const value: unknown =
    typeof attrs === 'object' && attrs !== null ? (attrs as Record<string, unknown>)[name] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
