import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadManifest } from './manifest';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'manifest-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function manifestFrom(yaml: string) {
  const file = path.join(dir, 'manifest.yml');
  await writeFile(file, yaml);
  return loadManifest(file);
}

describe('loadManifest', () => {
  it('gives 55 s to functions only consumers and scheduled triggers call, 25 s to others, and honours timeoutSeconds', async () => {
    const manifest = await manifestFrom(`
app: { id: 'ari:cloud:ecosystem::app/abc' }
modules:
  scheduledTrigger: [{ key: tick, function: tick-fn, interval: hour }]
  consumer: [{ key: c, queue: q, function: worker-fn }, { key: c2, queue: q2, function: shared-fn }]
  trigger: [{ key: t, function: shared-fn, events: ['avi:jira:updated:issue'] }]
  function:
    - { key: tick-fn, handler: index.tick }
    - { key: worker-fn, handler: index.worker, timeoutSeconds: 600 }
    - { key: shared-fn, handler: index.shared }
    - { key: lonely-fn, handler: index.lonely }
`);
    expect(manifest.appId).toBe('abc');
    expect(manifest.timeoutSeconds('tick-fn')).toBe(55);
    expect(manifest.timeoutSeconds('worker-fn')).toBe(600);
    expect(manifest.timeoutSeconds('shared-fn')).toBe(25);
    expect(manifest.timeoutSeconds('lonely-fn')).toBe(25);
    expect(manifest.consumerOf('q2')?.function).toBe('shared-fn');
  });

  it('reads egress entries in object and plain-string form, ignoring remotes', async () => {
    const manifest = await manifestFrom(`
app: { id: x }
permissions:
  external:
    fetch:
      backend: [{ address: 'https://a.example' }, '*.b.example', { remote: my-remote }]
`);
    expect(manifest.egressAllowList).toEqual(['https://a.example', '*.b.example']);
  });

  it('says which part of the manifest is malformed', async () => {
    await expect(
      manifestFrom(`
app: { id: x }
modules:
  function: [{ key: f, handler: no-export-part }]
`),
    ).rejects.toThrow(/modules\.function is not valid: handler: handler must read "<file>\.<export>"/);
  });
});
