import { readFile } from 'node:fs/promises';
import { UsageError } from './cli-errors';

/** Reads a JSON input file (an event, a resolver payload), saying which file and what is wrong with it. */
export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : String(error);
    throw new UsageError(`The ${what} file ${file} cannot be read: ${reason}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`The ${what} file ${file} is not JSON: ${(error as Error).message}.`);
  }
}
