import { readFile } from 'node:fs/promises';
import { ConfigSchema, describeConfigProblems, type Config } from '../../src/config/schema';
import { ConfigurationError } from './cli-errors';

/**
 * A configuration file as the admin page exports it (the configuration document as JSON), read and checked
 * against the schema the admin page saves with. Every problem is listed with its path, none is fixed silently.
 */
export async function readConfigFile(file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : String(error);
    throw new ConfigurationError(`The configuration file ${file} cannot be read: ${reason}.`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The configuration file ${file} is not JSON: ${(error as Error).message}.`);
  }
  const parsed = ConfigSchema.safeParse(document);
  if (!parsed.success) {
    const problems = describeConfigProblems(parsed.error);
    throw new ConfigurationError(
      `The configuration file ${file} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was saved:`,
      problems,
    );
  }
  return parsed.data;
}
