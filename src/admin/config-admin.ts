import { z } from 'zod';
import { ConfigSchema, type Config } from '../config/schema';
import { readApiKeyStatus } from '../state/api-key-store';
import { loadConfig, saveConfig } from '../state/config-store';
import { FailureQueue } from '../state/failure-queue';
import { checkRulesAgainstJira } from '../sync/check-rules';
import { AdminRefusal, type AdminDeps } from './admin.types';

export async function getConfigWithKeyStatus(deps: AdminDeps) {
  const [config, apiKey] = await Promise.all([loadConfig(deps.kv), readApiKeyStatus(deps.kv)]);
  return { config, apiKey };
}

/**
 * Validates the document (schema, then every sync rule against its target's live createmeta), stores it, and
 * makes failed tasks due again: a changed mapping may be exactly what fixes them.
 */
export async function saveValidatedConfig(deps: AdminDeps, candidate: unknown): Promise<{ config: Config }> {
  const config = parseConfig(candidate);
  const problems = (
    await checkRulesAgainstJira((project, type) => deps.jiraClient.getCreateMeta(project, type), config)
  ).map(({ path, message }) => ({ path, message }));
  if (problems.length > 0) {
    throw new AdminRefusal('invalid_config', `The configuration has ${problems.length} problem(s)`, problems);
  }
  const saved = await saveConfig(deps.kv, config);
  const failures = await FailureQueue.load(deps.kv);
  failures.makeDue('all', deps.clock.now());
  await failures.save();
  deps.log.log('info', 'admin.config_saved', { rules: saved.rules.length, enabled: saved.enabled });
  return { config: saved };
}

export function parseConfig(candidate: unknown): Config {
  const parsed = ConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new AdminRefusal('invalid_config', 'The configuration is not valid', zodProblems(parsed.error));
  }
  return parsed.data;
}

export function zodProblems(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export async function exportConfig(deps: AdminDeps) {
  return { json: JSON.stringify(await loadConfig(deps.kv), null, 2) };
}

export async function importConfig(deps: AdminDeps, json: string) {
  let candidate: unknown;
  try {
    candidate = JSON.parse(json);
  } catch (error) {
    throw new AdminRefusal('invalid_payload', `The file is not JSON: ${(error as Error).message}`);
  }
  return saveValidatedConfig(deps, candidate);
}
