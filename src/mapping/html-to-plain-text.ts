import { adfToPlainText } from './adf-to-plain-text';
import { htmlToAdfUnchecked } from './html-to-adf';

/** The text a reader sees in some HTML, lines kept: what routing conditions on the description match. */
export function htmlToPlainText(html: string | null): string {
  return adfToPlainText(htmlToAdfUnchecked(html));
}
