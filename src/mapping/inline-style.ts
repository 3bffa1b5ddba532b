import type { InlineStyle, StyleMark } from './rich-text.types';

/** One fixed order, so the same HTML always yields byte-identical ADF (the peer's mark order varied). */
export const STYLE_MARK_ORDER: readonly StyleMark[] = ['strong', 'em', 'underline', 'strike', 'code'];

export const PLAIN_STYLE: InlineStyle = { marks: [], href: null };

export function withMark(style: InlineStyle, mark: StyleMark): InlineStyle {
  if (style.marks.includes(mark)) return style;
  const marks = STYLE_MARK_ORDER.filter((candidate) => candidate === mark || style.marks.includes(candidate));
  return { marks, href: style.href };
}

export function withLink(style: InlineStyle, href: string | null): InlineStyle {
  return href === null ? style : { marks: style.marks, href };
}

export function sameStyle(a: InlineStyle, b: InlineStyle): boolean {
  return (
    a.href === b.href && a.marks.length === b.marks.length && a.marks.every((mark, i) => b.marks[i] === mark)
  );
}

export type AdfMark = { type: StyleMark } | { type: 'link'; attrs: { href: string } };

/**
 * ADF allows `code` only beside `link`, so inline code drops the other formatting marks rather than
 * producing a document Jira rejects.
 */
export function adfMarks(style: InlineStyle): AdfMark[] {
  const kept = style.marks.includes('code') ? (['code'] as const) : style.marks;
  const marks: AdfMark[] = kept.map((type) => ({ type }));
  if (style.href !== null) marks.push({ type: 'link', attrs: { href: style.href } });
  return marks;
}
