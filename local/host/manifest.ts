import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { HostConfigurationError } from './host-errors';

/**
 * The parts of manifest.yml the host acts on: functions and their timeouts, the modules that invoke them, the
 * queues consumers listen to, and the egress allow-list. Unknown fields and modules are tolerated.
 */
const FunctionSchema = z.object({
  key: z.string(),
  handler: z.string().regex(/^[^.]+(\/[^.]+)*\.[A-Za-z_$][\w$]*$/, 'handler must read "<file>.<export>"'),
  timeoutSeconds: z.number().int().min(1).max(900).optional(),
});
const ModuleSchema = z.looseObject({
  key: z.string(),
  function: z.string().optional(),
  resolver: z.looseObject({ function: z.string().optional() }).optional(),
  queue: z.string().optional(),
  events: z.array(z.union([z.string(), z.looseObject({ eventType: z.string() })])).optional(),
});
const EgressEntrySchema = z.union([
  z.string(),
  z.looseObject({ address: z.string() }),
  z.looseObject({ remote: z.string() }),
]);
const ManifestSchema = z.looseObject({
  app: z.looseObject({ id: z.string() }),
  modules: z.record(z.string(), z.array(z.unknown())).default({}),
  permissions: z
    .looseObject({
      scopes: z.array(z.string()).optional(),
      external: z
        .looseObject({ fetch: z.looseObject({ backend: z.array(EgressEntrySchema).optional() }).optional() })
        .optional(),
    })
    .optional(),
});

export type ManifestFunction = z.infer<typeof FunctionSchema>;
export type ManifestModule = z.infer<typeof ModuleSchema> & { moduleType: string };

/** Functions only scheduled triggers and consumers call may run 55 s by default; everything else 25 s. */
const LONG_RUNNING_MODULE_TYPES = new Set(['consumer', 'scheduledTrigger']);

export class AppManifest {
  readonly appId: string;
  readonly scopes: readonly string[];
  readonly external: Record<string, unknown>;
  readonly egressAllowList: readonly string[];
  private readonly functions: ManifestFunction[];
  private readonly modules: ManifestModule[];

  constructor(
    readonly path: string,
    manifest: z.infer<typeof ManifestSchema>,
  ) {
    this.appId = manifest.app.id.replace(/^ari:cloud:ecosystem::app\//, '');
    this.scopes = manifest.permissions?.scopes ?? [];
    this.external = manifest.permissions?.external ?? {};
    this.egressAllowList = (manifest.permissions?.external?.fetch?.backend ?? []).flatMap(egressAddress);
    const { function: functions = [], ...others } = manifest.modules;
    this.functions = functions.map((entry) => parseIn(FunctionSchema, entry, 'modules.function'));
    this.modules = Object.entries(others).flatMap(([moduleType, entries]) =>
      entries.map((entry) => ({ ...parseIn(ModuleSchema, entry, `modules.${moduleType}`), moduleType })),
    );
  }

  functionByKey(functionKey: string): ManifestFunction {
    const found = this.functions.find((candidate) => candidate.key === functionKey);
    if (found === undefined) {
      const known = this.functions.map((candidate) => candidate.key).join(', ');
      throw new HostConfigurationError(
        `${this.path} has no function "${functionKey}" (functions: ${known}).`,
      );
    }
    return found;
  }

  module(moduleType: string, moduleKey: string): ManifestModule {
    const found = this.modules.find(
      (candidate) => candidate.moduleType === moduleType && candidate.key === moduleKey,
    );
    if (found === undefined) {
      const known = this.modulesOfType(moduleType).map((candidate) => candidate.key);
      throw new HostConfigurationError(
        `${this.path} has no ${moduleType} module "${moduleKey}" (${moduleType}: ${known.join(', ') || 'none'}).`,
      );
    }
    return found;
  }

  modulesOfType(moduleType: string): ManifestModule[] {
    return this.modules.filter((candidate) => candidate.moduleType === moduleType);
  }

  consumerOf(queueName: string): ManifestModule | undefined {
    return this.modulesOfType('consumer').find((consumer) => consumer.queue === queueName);
  }

  /** The modules that invoke `functionKey`, directly or as their resolver. */
  modulesInvoking(functionKey: string): ManifestModule[] {
    return this.modules.filter((candidate) => functionOf(candidate) === functionKey);
  }

  timeoutSeconds(functionKey: string): number {
    const declared = this.functionByKey(functionKey).timeoutSeconds;
    if (declared !== undefined) return declared;
    const callers = this.modulesInvoking(functionKey);
    const onlyLongRunning =
      callers.length > 0 && callers.every((caller) => LONG_RUNNING_MODULE_TYPES.has(caller.moduleType));
    return onlyLongRunning ? 55 : 25;
  }
}

/** `- address: x` and the older plain string form; `- remote: key` entries name remotes, not hosts. */
function egressAddress(entry: z.infer<typeof EgressEntrySchema>): string[] {
  if (typeof entry === 'string') return [entry];
  return typeof entry.address === 'string' ? [entry.address] : [];
}

export function functionOf(module: ManifestModule): string | undefined {
  return module.function ?? module.resolver?.function;
}

export function loadManifest(manifestPath: string): AppManifest {
  let document: unknown;
  try {
    document = parseYaml(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new HostConfigurationError(`Cannot read the manifest ${manifestPath}: ${(error as Error).message}`);
  }
  return new AppManifest(manifestPath, parseIn(ManifestSchema, document, 'manifest'));
}

function parseIn<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new HostConfigurationError(`The manifest's ${where} is not valid: ${detail.join('; ')}`);
  }
  return parsed.data;
}
