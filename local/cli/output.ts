import type { Redactor } from './redactor';

/**
 * Where the command line writes. Stdout carries the human lines and, for `sync`, the final JSON line that
 * scripts read; stderr carries notes, warnings and the app's log lines. Everything passes the redactor.
 */
export interface CliOutput {
  /** One human line on stdout. */
  line(text: string): void;
  /** One JSON object on one stdout line. */
  json(value: unknown): void;
  /** One line on stderr: progress notes, warnings, errors. */
  note(text: string): void;
}

export interface OutputStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function createCliOutput(streams: OutputStreams, redactor: Redactor): CliOutput {
  const write = (stream: NodeJS.WritableStream, text: string) => {
    stream.write(`${redactor.redact(text)}\n`);
  };
  return {
    line: (text) => {
      write(streams.stdout, text);
    },
    json: (value) => {
      write(streams.stdout, JSON.stringify(value));
    },
    note: (text) => {
      write(streams.stderr, text);
    },
  };
}
