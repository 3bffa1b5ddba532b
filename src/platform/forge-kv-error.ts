import { ForgeKvsAPIError } from '@forge/kvs';

/**
 * A storage call Forge refused, with what a caller needs to decide about retrying. Forge answers quota and rate
 * limits with 429 `RATE_LIMIT_EXCEEDED` and outages with 5xx; those are worth a retry, everything else is not.
 */
export class ForgeKvError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly operation: string,
    readonly status: number,
    readonly code: string,
    detail: string,
  ) {
    super(`Forge storage ${operation} failed with ${status} ${code}: ${detail}`);
    this.name = 'ForgeKvError';
    this.retryable = status === 429 || status >= 500;
  }
}

/** Runs a storage call, turning the SDK's API errors into `ForgeKvError`; other errors pass unchanged. */
export async function withKvErrors<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) {
      throw new ForgeKvError(operation, error.responseDetails.status, error.code, error.message);
    }
    throw error;
  }
}
