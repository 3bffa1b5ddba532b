import { removeControlCharacters } from './clean-text';
import { settleInlineRun } from './inline-run';
import type { InlineItem, InlineStyle, RichBlock } from './rich-text.types';

/**
 * Gathers the blocks of one container while the HTML is walked. Inline content accumulates until a block
 * boundary, where it becomes a paragraph (or nothing, when only invisible whitespace was seen).
 */
export class BlockCollector {
  private readonly blocks: RichBlock[] = [];
  private pending: InlineItem[] = [];

  addText(text: string, style: InlineStyle): void {
    const clean = removeControlCharacters(text);
    if (clean !== '') this.pending.push({ kind: 'text', text: clean, style });
  }

  addBreak(): void {
    this.pending.push({ kind: 'break' });
  }

  addBlock(block: RichBlock): void {
    this.endParagraph();
    this.blocks.push(block);
  }

  endParagraph(): void {
    const inlines = settleInlineRun(this.pending);
    this.pending = [];
    if (inlines !== null) this.blocks.push({ kind: 'paragraph', inlines });
  }

  finish(): RichBlock[] {
    this.endParagraph();
    return this.blocks;
  }
}
