/**
 * What the command line can fail with, each carrying the exit code it ends the process with. Messages are one
 * line a person can act on; `details` are the extra lines (one per problem) printed beneath it.
 */
export const EXIT_CODES = { done: 0, runFailures: 1, usage: 2, unreachable: 3 } as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export class CliError extends Error {
  /** Lines printed beneath the message; other failures found at the same time are added here. */
  readonly details: string[];

  constructor(
    message: string,
    readonly exitCode: ExitCode,
    details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
    this.details = [...details];
  }
}

/** The command line was used wrongly: unknown command, missing argument, bad flag. */
export class UsageError extends CliError {
  constructor(message: string, details: readonly string[] = []) {
    super(message, EXIT_CODES.usage, details);
    this.name = 'UsageError';
  }
}

/** A configuration file, an environment variable or an input file is not acceptable. */
export class ConfigurationError extends CliError {
  constructor(message: string, details: readonly string[] = []) {
    super(message, EXIT_CODES.usage, details);
    this.name = 'ConfigurationError';
  }
}

export type RemoteSystem = 'jira' | 'peopleforce';

/** PeopleForce or Jira cannot be reached or refuses the credentials: nothing the run could do about it. */
export class UnreachableError extends CliError {
  constructor(
    message: string,
    readonly system: RemoteSystem,
    readonly url: string,
    /** The HTTP status when the system answered; null for connection and DNS failures. */
    readonly status: number | null,
  ) {
    super(message, EXIT_CODES.unreachable);
    this.name = 'UnreachableError';
  }
}
