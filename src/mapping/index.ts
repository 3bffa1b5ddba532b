/** The mapping layer's public API: routing, field mapping, value conversion and rich text. */
export { adfToPlainText } from './adf-to-plain-text';
export type { AdfNodeLike, DocNode } from './adf.types';
export {
  collectUserEmails,
  convertFields,
  DEFAULT_FIELD_MAPPINGS,
  DEFAULT_TRACKING_LABEL,
  defaultFieldMappings,
  effectiveMappings,
  renderSourceValues,
  validateTemplate,
  type ConversionContext,
  type ConversionResult,
  type FieldProblem,
  type SourceValues,
} from './field-mapping';
export { fieldKind, type FieldKind, type FieldMeta } from './field-meta';
export { htmlToAdf } from './html-to-adf';
export { htmlToPlainText } from './html-to-plain-text';
export { plainTextToAdf } from './plain-text-to-adf';
export { routeTask, type RouteDecision } from './routing';
export { validateRuleAgainstMeta } from './rule-validation';
export {
  readTaskPath,
  TASK_FIELD_PATHS,
  type PersonView,
  type TaskFieldPath,
  type TaskPathValue,
  type TaskView,
} from './task-view';
