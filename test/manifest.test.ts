import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { parse } from 'yaml';
import * as handlers from '../src/index';
import { TASK_PROPERTY_ALIAS, TASK_PROPERTY_KEY } from '../src/sync/sync.types';
import { SYNC_QUEUE_KEY } from '../src/platform/forge-sync-deps';
import { SLACK_WEBHOOK_PREFIX } from '../src/config/alerts';
import { TELEGRAM_API_ORIGIN } from '../src/alerts/alert-channels';

const root = path.resolve(__dirname, '..');
const manifestPath = path.join(root, 'manifest.yml');

interface Manifest {
  app: { runtime: { name: string } };
  modules: Record<string, Array<Record<string, unknown>>>;
  permissions: { scopes: string[]; external: { fetch: { backend: unknown[] } } };
}
const manifest = parse(readFileSync(manifestPath, 'utf8')) as Manifest;

async function validate(type: ValidationTypes) {
  const processor = ProcessorBuilder.instance().withValidation(type).build();
  return processor.process(manifestPath);
}

describe('manifest.yml', () => {
  it.each([ValidationTypes.FULL, ValidationTypes.PRODUCT_TRIGGER])(
    'passes @forge/manifest %s validation with no errors or warnings',
    async (type) => {
      const result = await validate(type);
      expect(result.errors).toEqual([]);
      expect(result.success).toBe(true);
    },
  );

  it('runs on nodejs22.x', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('names an exported function for every handler, and every export has a module', () => {
    const functions = manifest.modules.function ?? [];
    const exported = functions.map((fn) => {
      const [file, name] = String(fn.handler).split('.');
      expect(file).toBe('index');
      expect(typeof (handlers as Record<string, unknown>)[name ?? '']).toBe('function');
      return name;
    });
    expect(exported.sort()).toEqual(Object.keys(handlers).sort());
  });

  it('binds the queue the code pushes to, with a consumer function no other module shares', () => {
    const [consumer] = manifest.modules.consumer ?? [];
    expect(consumer?.queue).toBe(SYNC_QUEUE_KEY);
    const users = Object.values(manifest.modules)
      .flat()
      .filter((module) => module.function === consumer?.function);
    expect(users).toHaveLength(1);
  });

  it('indexes the entity property the engine writes, under the alias its JQL uses', () => {
    const [property] = manifest.modules['jira:entityProperty'] ?? [];
    expect(property).toMatchObject({ entityType: 'issue', propertyKey: TASK_PROPERTY_KEY });
    expect(property?.values).toEqual([{ path: 'taskId', type: 'string', searchAlias: TASK_PROPERTY_ALIAS }]);
  });

  it('lets the backend reach PeopleForce and the alert channels through the object form of egress only', () => {
    expect(manifest.permissions.external.fetch.backend).toEqual([
      { address: 'https://app.peopleforce.io' },
      { address: new URL(SLACK_WEBHOOK_PREFIX).origin },
      { address: TELEGRAM_API_ORIGIN },
    ]);
  });

  it('ignores the app’s own Jira writes in its product-event trigger', () => {
    const [trigger] = manifest.modules.trigger ?? [];
    expect(trigger?.filter).toMatchObject({ ignoreSelf: true });
  });

  it('shows the issue panel only on issues that carry the task property, through its own resolver', () => {
    const [panel] = manifest.modules['jira:issueContext'] ?? [];
    expect(panel?.displayConditions).toEqual({
      entityPropertyExists: { entity: 'issue', propertyKey: TASK_PROPERTY_KEY },
    });
    expect(panel?.resolver).toEqual({ function: 'issue-panel-resolver' });
  });
});
