import { adfProblem } from './adf-validation';
import { adfToPlainText } from './adf-to-plain-text';
import type { DocNode } from './adf.types';
import { writeDoc } from './adf-writer';
import { readHtml } from './html-reader';
import { plainTextToAdf } from './plain-text-to-adf';

/**
 * PeopleForce's HTML description as ADF for Jira. The conversion is built to always produce valid ADF (the
 * property test proves it over random tag soup); the validator still checks each result so that a case
 * nobody foresaw degrades to the same text without formatting instead of failing the issue write.
 */
export function htmlToAdf(html: string | null): DocNode {
  const built = htmlToAdfUnchecked(html);
  return adfProblem(built) === null ? built : plainTextToAdf(adfToPlainText(built));
}

/** The conversion without the validator's safety net; exported so tests can prove the net is never needed. */
export function htmlToAdfUnchecked(html: string | null): DocNode {
  return writeDoc(html === null ? [] : readHtml(html));
}
