import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from './cli-errors';
import { readConfigFile } from './config-file';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'config-file-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, text);
  return target;
}

async function problemOf(target: string): Promise<ConfigurationError> {
  const error = await readConfigFile(target).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('readConfigFile', () => {
  it('reads a configuration document with defaults filled in', async () => {
    const config = await readConfigFile(await file('ok.json', '{"rules":[]}'));
    expect(config).toMatchObject({ version: 1, enabled: true, rules: [], trackingLabel: 'PeopleForce' });
  });

  it('lists every problem with its path', async () => {
    const error = await problemOf(
      await file(
        'bad.json',
        JSON.stringify({
          createdAfter: '26/11/2026',
          rules: [{ id: 'r', name: '', action: { type: 'drop' } }],
        }),
      ),
    );
    expect(error.message).toContain('is not valid (2 problems); nothing was saved');
    expect(error.details).toEqual([
      'rules.0.name: a rule needs a name',
      'createdAfter: use the form YYYY-MM-DD',
    ]);
  });

  it('says when the file is missing or not JSON', async () => {
    expect((await problemOf(path.join(dir, 'absent.json'))).message).toContain(
      'cannot be read: there is no such file',
    );
    expect((await problemOf(await file('broken.json', '{"rules": ['))).message).toContain('is not JSON');
  });
});
