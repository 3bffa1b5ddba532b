export { JiraClient, BULK_CREATE_LIMIT, type JiraClientOptions } from './client';
export {
  JiraError,
  JiraNotFoundError,
  JiraResponseShapeError,
  isRetryableStatus,
  type JiraErrorDetails,
} from './errors';
export { fieldTakesAdf } from './field-meta';
export { jiraPath, withQuery, pathWithoutQuery, type JiraPath, type QueryValue } from './path';
export * from './schemas';
