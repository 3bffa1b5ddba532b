/**
 * A minimal but strict check of Atlassian Document Format, as Jira applies it to rich-text fields in REST v3:
 * a `doc` of version 1 whose nodes are known types placed where the schema allows them, text nodes with
 * non-empty strings and known marks. Returns the first problem found, or null for a valid document.
 */

type NodeGroup = 'block' | 'inline' | 'listItem' | 'tableRow' | 'tableCell';
type ChildGroup = NodeGroup | 'text' | 'none';

interface NodeRule {
  group: NodeGroup;
  children: ChildGroup;
  nonEmpty?: boolean;
}

const NODE_RULES: Record<string, NodeRule> = {
  paragraph: { group: 'block', children: 'inline' },
  heading: { group: 'block', children: 'inline' },
  bulletList: { group: 'block', children: 'listItem', nonEmpty: true },
  orderedList: { group: 'block', children: 'listItem', nonEmpty: true },
  listItem: { group: 'listItem', children: 'block', nonEmpty: true },
  blockquote: { group: 'block', children: 'block', nonEmpty: true },
  codeBlock: { group: 'block', children: 'text' },
  rule: { group: 'block', children: 'none' },
  panel: { group: 'block', children: 'block', nonEmpty: true },
  table: { group: 'block', children: 'tableRow', nonEmpty: true },
  tableRow: { group: 'tableRow', children: 'tableCell', nonEmpty: true },
  tableHeader: { group: 'tableCell', children: 'block', nonEmpty: true },
  tableCell: { group: 'tableCell', children: 'block', nonEmpty: true },
  text: { group: 'inline', children: 'none' },
  hardBreak: { group: 'inline', children: 'none' },
  mention: { group: 'inline', children: 'none' },
  emoji: { group: 'inline', children: 'none' },
  inlineCard: { group: 'inline', children: 'none' },
  date: { group: 'inline', children: 'none' },
  status: { group: 'inline', children: 'none' },
};

const MARK_TYPES = new Set(['strong', 'em', 'code', 'strike', 'underline', 'link', 'subsup', 'textColor']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMarks(marks: unknown, path: string): string | null {
  if (marks === undefined) return null;
  if (!Array.isArray(marks)) return `${path}.marks must be an array`;
  for (const [index, mark] of marks.entries()) {
    if (!isRecord(mark) || typeof mark.type !== 'string' || !MARK_TYPES.has(mark.type)) {
      return `${path}.marks[${index}] is not a known mark`;
    }
    if (mark.type === 'link' && !(isRecord(mark.attrs) && typeof mark.attrs.href === 'string')) {
      return `${path}.marks[${index}] link needs attrs.href`;
    }
  }
  return null;
}

function checkNodeAttributes(node: Record<string, unknown>, path: string): string | null {
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0)
      return `${path} text must be a non-empty string`;
    return checkMarks(node.marks, path);
  }
  if (node.marks !== undefined) return `${path} (${String(node.type)}) cannot carry marks`;
  if (node.type === 'heading') {
    const level = isRecord(node.attrs) ? node.attrs.level : undefined;
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 6) {
      return `${path} heading needs attrs.level 1..6`;
    }
  }
  return null;
}

function accepts(children: ChildGroup, child: NodeRule, childType: string): boolean {
  if (children === 'text') return childType === 'text';
  return children === child.group;
}

function checkChildren(node: Record<string, unknown>, rule: NodeRule, path: string): string | null {
  const content = node.content;
  if (rule.children === 'none') return content === undefined ? null : `${path} cannot have content`;
  if (content === undefined) return rule.nonEmpty ? `${path} needs content` : null;
  if (!Array.isArray(content)) return `${path}.content must be an array`;
  if (rule.nonEmpty && content.length === 0) return `${path} needs content`;
  for (const [index, child] of content.entries()) {
    const problem = checkNode(child, `${path}.content[${index}]`, rule.children);
    if (problem) return problem;
  }
  return null;
}

function checkNode(node: unknown, path: string, expected: ChildGroup): string | null {
  if (!isRecord(node) || typeof node.type !== 'string') return `${path} is not a node`;
  const rule = NODE_RULES[node.type];
  if (!rule) return `${path} has unknown node type '${node.type}'`;
  if (!accepts(expected, rule, node.type)) return `${path} '${node.type}' is not allowed here`;
  return checkNodeAttributes(node, path) ?? checkChildren(node, rule, path);
}

export function findAdfProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'the value is not an object';
  if (value.type !== 'doc') return "the root node must have type 'doc'";
  if (value.version !== 1) return 'the document version must be 1';
  if (!Array.isArray(value.content)) return 'doc.content must be an array';
  for (const [index, child] of value.content.entries()) {
    const problem = checkNode(child, `doc.content[${index}]`, 'block');
    if (problem) return problem;
  }
  return null;
}

export const ADF_ERROR_MESSAGE =
  'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
