import type { HeadingLevel, StyleMark } from './rich-text.types';

/** Elements whose content is never shown as text: code, styling, metadata, embedded media. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'colgroup',
  'col',
]);

export const STYLE_TAGS: Readonly<Record<string, StyleMark>> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  cite: 'em',
  dfn: 'em',
  var: 'em',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};

export const HEADING_TAGS: Readonly<Record<string, HeadingLevel>> = {
  h1: 1,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 5,
  h6: 6,
};

export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu']);

/**
 * Elements that start and end a line. Table parts appear here for when they occur outside a table, where
 * a browser also shows them as plain blocks.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'center',
  'form',
  'fieldset',
  'legend',
  'hgroup',
  'dialog',
  'hr',
  'li',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'body',
  'html',
]);

export function hasStyleTag(name: string): boolean {
  return Object.hasOwn(STYLE_TAGS, name);
}

export function headingLevel(name: string): HeadingLevel | undefined {
  return Object.hasOwn(HEADING_TAGS, name) ? HEADING_TAGS[name] : undefined;
}

export function styleMark(name: string): StyleMark | undefined {
  return hasStyleTag(name) ? STYLE_TAGS[name] : undefined;
}
