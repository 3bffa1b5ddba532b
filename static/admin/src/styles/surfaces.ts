import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/**
 * Inline styles built only from design tokens, so light and dark themes apply. Atlaskit's successors to
 * `xcss` (`@atlaskit/css`) need the Compiled build plugin, which this project does not have; `style` with
 * tokens needs nothing and is allowed by the page's CSP (inline styles are granted for Atlaskit anyway).
 */

/**
 * Longhands, not the `border` shorthand: `selectedBorder` overrides the colour, and React, switching a rule back
 * from selected, would drop `borderColor` without setting `border` again, leaving the text colour as the border.
 */
export const bordered: CSSProperties = {
  borderWidth: token('border.width'),
  borderStyle: 'solid',
  borderColor: token('color.border'),
  borderRadius: token('radius.small'),
};

export const selectedBorder: CSSProperties = {
  ...bordered,
  borderColor: token('color.border.selected'),
  backgroundColor: token('color.background.selected'),
};

export const tile: CSSProperties = {
  backgroundColor: token('color.background.neutral'),
  borderRadius: token('radius.small'),
};

/** A flex child sharing the row equally with its siblings, wrapping below `minWidth`. */
export function column(minWidth: number): CSSProperties {
  return { flex: '1 1 0', minWidth };
}

/** A list without bullets or indent whose items stack with the standard gap. */
export const stackedList: CSSProperties = {
  listStyle: 'none',
  paddingInlineStart: 0,
  marginBlock: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.100'),
};
