import { isTag, type Element } from 'domhandler';
import { normalizeLineEndings, removeControlCharacters } from './clean-text';
import { collectText } from './html-text-content';
import type { RichBlock } from './rich-text.types';

const LANGUAGE_CLASS = /(?:^|\s)lang(?:uage)?-([A-Za-z0-9+#._-]{1,30})(?:\s|$)/;

/** A `<pre>` (optionally wrapping `<code class="language-x">`) as a code block, whitespace kept. */
export function readPre(pre: Element): RichBlock {
  const raw = normalizeLineEndings(removeControlCharacters(collectText(pre.children, '\n')));
  // HTML ignores a newline right after <pre>; a trailing one draws nothing either.
  const text = raw.replace(/^\n/, '').replace(/\n+$/, '');
  return { kind: 'code', text, language: codeLanguage(pre) };
}

function codeLanguage(pre: Element): string | null {
  const code = pre.children.find((child) => isTag(child) && child.name === 'code');
  const className = code !== undefined && isTag(code) ? (code.attribs.class ?? '') : '';
  return LANGUAGE_CLASS.exec(className)?.[1] ?? null;
}
