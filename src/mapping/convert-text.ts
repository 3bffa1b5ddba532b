import type { DocNode } from './adf.types';
import { singleLine } from './clean-text';
import type { FieldMeta } from './field-meta';
import { CLEAR, set, splitList, unique, type FieldValueResult } from './field-value.types';
import { fitRichText } from './fit-rich-text';
import { htmlToAdf } from './html-to-adf';
import { htmlToPlainText } from './html-to-plain-text';
import { plainTextToAdf } from './plain-text-to-adf';

/** Jira's limit for the summary and single-line text fields. */
export const SINGLE_LINE_LIMIT = 255;
const LABEL_LIMIT = 255;

/** A tag or an entity: enough to tell PeopleForce's HTML from plain text such as "a < b". */
const HTML_HINT = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

export function looksLikeHtml(value: string): boolean {
  return HTML_HINT.test(value);
}

/** Rich text as ADF, shortened to Jira's limit as `fitRichText` documents. */
export function toRichText(value: string): FieldValueResult {
  const document: DocNode = looksLikeHtml(value) ? htmlToAdf(value) : plainTextToAdf(value);
  return document.content.length === 0 ? CLEAR : set(fitRichText(document));
}

/** One line, markup removed, cut to Jira's 255 characters: a summary with a newline or 256 characters is refused. */
export function toSingleLineText(value: string): FieldValueResult {
  const plain = looksLikeHtml(value) ? htmlToPlainText(value) : value;
  const line = singleLine(plain, SINGLE_LINE_LIMIT);
  return line === '' ? CLEAR : set(line);
}

export function toText(value: string): FieldValueResult {
  const text = value.trim();
  return text === '' ? CLEAR : set(text);
}

export function toStrings(value: string): FieldValueResult {
  const entries = splitList(value);
  return entries.length === 0 ? CLEAR : set(entries);
}

/**
 * Jira labels cannot contain spaces, so spaces become dashes. The issue's own `labels` field always carries
 * the tracking label, whatever a rule maps: the app finds its issues by it.
 */
export function toLabels(value: string, meta: FieldMeta, trackingLabel: string): FieldValueResult {
  const labels = splitList(value).map((label) => label.replace(/\s+/g, '-').slice(0, LABEL_LIMIT));
  const all = isIssueLabels(meta) ? unique([...labels, trackingLabel]) : unique(labels);
  return all.length === 0 ? CLEAR : set(all);
}

export function isIssueLabels(meta: FieldMeta): boolean {
  return meta.fieldId === 'labels' || meta.schema.system === 'labels';
}
