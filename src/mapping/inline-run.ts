import { collapseWhitespace } from './clean-text';
import { sameStyle } from './inline-style';
import type { InlineItem, TextRun } from './rich-text.types';

/**
 * Turns the raw inline items of one block into what a browser would show: whitespace runs collapse to one
 * space, spaces at the start and end of a line vanish, a single trailing `<br>` draws nothing, and
 * neighbouring runs with the same style merge. Returns null when nothing is visible, and an empty list for a
 * block that holds only a line break (a deliberate blank line).
 */
export function settleInlineRun(raw: readonly InlineItem[]): InlineItem[] | null {
  const items = dropInvisibleSpaces(raw);
  const hadBreak = items.some((item) => item.kind === 'break');
  if (items.at(-1)?.kind === 'break') items.pop();
  const merged = mergeRuns(items);
  if (merged.length > 0) return merged;
  return hadBreak ? [] : null;
}

function dropInvisibleSpaces(raw: readonly InlineItem[]): InlineItem[] {
  const items: InlineItem[] = [];
  let atLineStart = true;
  for (const item of raw) {
    if (item.kind === 'break') {
      trimLineEnd(items);
      items.push(item);
      atLineStart = true;
      continue;
    }
    const collapsed = collapseWhitespace(item.text);
    const text = atLineStart || endsWithSpace(items) ? collapsed.replace(/^ /, '') : collapsed;
    if (text === '') continue;
    items.push({ kind: 'text', text, style: item.style });
    atLineStart = false;
  }
  trimLineEnd(items);
  return items;
}

function endsWithSpace(items: readonly InlineItem[]): boolean {
  const last = items.at(-1);
  return last?.kind === 'text' && last.text.endsWith(' ');
}

function trimLineEnd(items: InlineItem[]): void {
  for (let last = items.at(-1); last?.kind === 'text'; last = items.at(-1)) {
    const text = last.text.replace(/ $/, '');
    if (text !== '') {
      items[items.length - 1] = { ...last, text };
      return;
    }
    items.pop();
  }
}

function mergeRuns(items: readonly InlineItem[]): InlineItem[] {
  const merged: InlineItem[] = [];
  for (const item of items) {
    const last = merged.at(-1);
    if (item.kind === 'text' && last?.kind === 'text' && sameStyle(last.style, item.style)) {
      merged[merged.length - 1] = { ...last, text: last.text + item.text } satisfies TextRun;
    } else {
      merged.push(item);
    }
  }
  return merged;
}
