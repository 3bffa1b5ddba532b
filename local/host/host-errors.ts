import { inspect } from 'node:util';

/** Errors the local host raises about its own use (not the platform refusals it emulates). */

/** A platform call (storage, Jira, queue, egress, runtime context) was made while no host was active. */
export class NoActiveHostError extends Error {
  constructor(what: string) {
    super(
      `No local Forge host is active, so ${what} cannot be answered. Create one with ` +
        'createLocalHost({ manifestPath, ... }) from local/host/local-host.ts and call host.activate() first.',
    );
    this.name = 'NoActiveHostError';
  }
}

/** Something that exists only inside a Forge invocation was asked for outside one. */
export class NotInInvocationError extends Error {
  constructor(what: string) {
    super(`${what} is only available inside a Forge invocation; run the code through host.invoke(...).`);
    this.name = 'NotInInvocationError';
  }
}

/** The invocation ran past its deadline, as Forge stops a function after its timeout. */
export class InvocationTimeoutError extends Error {
  readonly code = 'FUNCTION_TIME_OUT';

  constructor(
    readonly functionKey: string,
    readonly timeoutMs: number,
  ) {
    super(`Function "${functionKey}" did not finish within its ${timeoutMs} ms deadline and was stopped.`);
    this.name = 'InvocationTimeoutError';
  }
}

/** A test stopped the invocation after one of its platform calls, as a crash of Forge's runtime would. */
export class InvocationCrashedError extends Error {
  readonly code = 'FUNCTION_PLATFORM_UNKNOWN_ERROR';

  constructor(
    readonly functionKey: string,
    readonly afterCall: number,
  ) {
    super(`Function "${functionKey}" was stopped by an injected crash after platform call ${afterCall}.`);
    this.name = 'InvocationCrashedError';
  }
}

/** A platform call the host does not emulate (Confluence, GraphQL, the entity store through the API, ...). */
export class UnsupportedPlatformCallError extends Error {
  constructor(
    readonly descriptor: unknown,
    readonly path: string,
  ) {
    super(`The local Forge host does not emulate ${JSON.stringify(descriptor)} ${path}.`);
    this.name = 'UnsupportedPlatformCallError';
  }
}

/** The manifest, the handlers module or the host options do not fit together. */
export class HostConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostConfigurationError';
  }
}

/** A thrown value as readable text (handlers may throw anything). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return inspect(error, { depth: 2 });
}
