import type { CliEnvironment } from './environment';
import type { CliOutput } from './output';

/** What every command gets: where it points, where it writes, and how to talk to the person at the terminal. */
export interface CommandContext {
  env: CliEnvironment;
  out: CliOutput;
  verbose: boolean;
  /** Lines typed by a person (confirmation prompts, serve's demo commands). */
  input: NodeJS.ReadableStream;
  /** True when a person is at a terminal: prompts are possible. */
  interactive: boolean;
}
