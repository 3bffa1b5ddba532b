import { toComponents, toOption, toOptions, toPriority } from './convert-choices';
import { toDate, toDateTime } from './convert-dates';
import { toNumber } from './convert-number';
import { isIssueLabels, toLabels, toRichText, toSingleLineText, toStrings, toText } from './convert-text';
import { toUser, toUsers, whenNoUser } from './convert-users';
import { describeFieldType, fieldKind, type FieldKind, type FieldMeta } from './field-meta';
import { CLEAR, problem, set, type ConversionContext, type FieldValueResult } from './field-value.types';

type Converter = (value: string, meta: FieldMeta, context: ConversionContext) => FieldValueResult;

const converters: Readonly<Record<Exclude<FieldKind, 'unsupported'>, Converter>> = {
  richText: (value) => toRichText(value),
  singleLineText: (value) => toSingleLineText(value),
  text: (value) => toText(value),
  date: (value, meta) => toDate(value, meta.name),
  datetime: (value, meta) => toDateTime(value, meta.name),
  number: (value, meta) => toNumber(value, meta.name),
  user: toUser,
  users: (value, _meta, context) => toUsers(value, context),
  labels: (value, meta, context) => toLabels(value, meta, context.trackingLabel),
  strings: (value) => toStrings(value),
  option: (value, meta) => toOption(value, meta),
  options: (value, meta) => toOptions(value, meta),
  priority: (value, meta) => toPriority(value, meta),
  components: (value, meta) => toComponents(value, meta),
};

/** One source value as the value Jira's field takes, by the field's schema. */
export function convertFieldValue(
  value: string | null,
  meta: FieldMeta,
  context: ConversionContext,
): FieldValueResult {
  const kind = fieldKind(meta);
  if (kind === 'unsupported') return problem(unsupportedMessage(meta));
  if (value === null || value.trim() === '') return emptyValue(kind, meta, context);
  return converters[kind](value, meta, context);
}

/** An empty value clears the field, except where the app always has something to write. */
function emptyValue(kind: FieldKind, meta: FieldMeta, context: ConversionContext): FieldValueResult {
  if (kind === 'labels' && isIssueLabels(meta)) return set([context.trackingLabel]);
  if (kind === 'user') return whenNoUser(meta, context);
  return CLEAR;
}

export function unsupportedMessage(meta: FieldMeta): string {
  return `${meta.name}: field type ${describeFieldType(meta)} is not supported; remove its mapping`;
}
