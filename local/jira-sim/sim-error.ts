/** An HTTP answer in Jira's error shape, thrown anywhere in the simulator and written by the server. */
export class SimHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status}: ${[...errorMessages, ...Object.values(errors)].join('; ')}`);
    this.name = 'SimHttpError';
  }

  get body(): { errorMessages: string[]; errors: Record<string, string> } {
    return { errorMessages: this.errorMessages, errors: this.errors };
  }
}

export function badRequest(message: string): SimHttpError {
  return new SimHttpError(400, [message]);
}

export function fieldErrors(errors: Record<string, string>): SimHttpError {
  return new SimHttpError(400, [], errors);
}

export function notFound(message: string): SimHttpError {
  return new SimHttpError(404, [message]);
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
