/**
 * A refusal by the local KVS, in the shape Forge's storage service answers: an HTTP status and a body
 * `{ code, message }`. `@forge/kvs` turns it into `ForgeKvsAPIError` with the same `code`.
 */
export class KvsFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsFailure';
  }
}

/**
 * Codes Forge documents (developer.atlassian.com storage-reference/handling-errors-kvs) or `@forge/kvs` itself
 * handles are used as they are; the batch, transaction and not-supported codes are this host's own, named in
 * local/host/README.md.
 */
export const KvsErrorCode = {
  badRequest: 'BAD_REQUEST',
  keyNotFound: 'KEY_NOT_FOUND',
  keyAlreadyExists: 'KEY_ALREADY_EXISTS',
  keyTooShort: 'KEY_TOO_SHORT',
  keyTooLong: 'KEY_TOO_LONG',
  invalidKey: 'INVALID_KEY',
  maxSize: 'MAX_SIZE',
  maxDepth: 'MAX_DEPTH',
  listQueryLimitExceeded: 'LIST_QUERY_LIMIT_EXCEEDED',
  queryWhereInvalid: 'QUERY_WHERE_INVALID',
  queryWhereFieldInvalid: 'QUERY_WHERE_FIELD_INVALID',
  invalidFilterCondition: 'INVALID_FILTER_CONDITION',
  invalidFilterValues: 'INVALID_FILTER_VALUES',
  invalidCursor: 'INVALID_CURSOR',
  invalidTtl: 'INVALID_TTL',
  batchLimitExceeded: 'BATCH_LIMIT_EXCEEDED',
  emptyBatch: 'EMPTY_BATCH',
  duplicateKeys: 'DUPLICATE_KEYS',
  transactionLimitExceeded: 'TRANSACTION_LIMIT_EXCEEDED',
  emptyTransaction: 'EMPTY_TRANSACTION',
  notSupported: 'NOT_SUPPORTED_BY_LOCAL_HOST',
} as const;
