/**
 * The intermediate form between HTML and ADF. The HTML reader produces it without caring where a block may
 * sit; the ADF writer then fits each block to its container, so nesting rules live in one place.
 */
export type StyleMark = 'strong' | 'em' | 'underline' | 'strike' | 'code';

export interface InlineStyle {
  /** Always in the canonical order of `STYLE_MARK_ORDER`, without repeats. */
  readonly marks: readonly StyleMark[];
  /** An http(s) or mailto URL, already checked. */
  readonly href: string | null;
}

export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
  readonly style: InlineStyle;
}

export interface LineBreak {
  readonly kind: 'break';
}

export type InlineItem = TextRun | LineBreak;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface TableCellBlock {
  readonly header: boolean;
  readonly blocks: readonly RichBlock[];
}

export type RichBlock =
  /** `inlines` empty means a deliberate blank line (a paragraph holding only `<br>`). */
  | { readonly kind: 'paragraph'; readonly inlines: readonly InlineItem[] }
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly inlines: readonly InlineItem[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly start: number | null;
      readonly items: readonly (readonly RichBlock[])[];
    }
  | { readonly kind: 'quote'; readonly blocks: readonly RichBlock[] }
  | { readonly kind: 'code'; readonly text: string; readonly language: string | null }
  | { readonly kind: 'table'; readonly rows: readonly (readonly TableCellBlock[])[] };
