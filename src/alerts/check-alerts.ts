import type { RunRecord } from '../config/records';
import type { ConnectionTestResult } from '../peopleforce/client';
import { readAlertSettings, readAlertState, writeAlertState } from '../state/alert-store';
import { loadConfig } from '../state/config-store';
import { FailureQueue } from '../state/failure-queue';
import { checkRulesAgainstJira, type CreateMetaReader, type RuleProblem } from '../sync/check-rules';
import { errorFacts } from '../sync/error-facts';
import { configuredTargets, enqueue, flushOutbox, type DeliveryDeps } from './alert-outbox';
import { detectProblems, ruleCheckNeeded } from './detect-problems';
import { planAlerts } from './plan-alerts';

/** What the alert check needs beyond storage and HTTP: a createmeta reader and a PeopleForce key test. */
export interface AlertDeps extends DeliveryDeps {
  getCreateMeta: CreateMetaReader;
  testPeopleForceKey: () => Promise<ConnectionTestResult>;
}

const FINISHED: ReadonlySet<RunRecord['outcome']> = new Set(['success', 'partial', 'failed']);

const KEY_REJECTIONS: Partial<Record<string, string>> = {
  bad_key: 'PeopleForce answered 401 (the key is wrong or was revoked); set a new one on the Connection tab',
  forbidden:
    'PeopleForce answered 403 (the key is refused, e.g. by its IP allow-list); see the Connection tab',
  missing_key: 'no PeopleForce API key is set; set one on the Connection tab',
};

/**
 * Runs after every finished poll: compares what is wrong now (the run's outcome, the error queue, the rules
 * when this run hit mapping failures) with what was already announced, queues the messages that are due and
 * delivers every channel's waiting messages. It never throws: alerting must not fail a sync.
 */
export async function checkAlertsAfterRun(deps: AlertDeps, run: RunRecord): Promise<void> {
  if (!FINISHED.has(run.outcome)) return;
  try {
    await evaluate(deps, run);
  } catch (error) {
    deps.log.log('error', 'alerts.check_failed', { runId: run.runId, reason: errorFacts(error).message });
  }
}

async function evaluate(deps: AlertDeps, run: RunRecord): Promise<void> {
  const [settings, state, failureQueue] = await Promise.all([
    readAlertSettings(deps.kv),
    readAlertState(deps.kv),
    FailureQueue.load(deps.kv),
  ]);
  const before = JSON.stringify(state);
  const failures = failureQueue.list();
  const detection = detectProblems(
    {
      run,
      keyRejection: mayBeKeyRejection(run) ? await keyRejection(deps) : null,
      failures,
      ruleProblems: await ruleProblems(deps, run, failures),
    },
    settings,
  );
  const now = deps.clock.now();
  const plan = planAlerts(detection, state.open, now, settings);
  const hasWork =
    plan.messages.length > 0 || state.outbox.slack.length > 0 || state.outbox.telegram.length > 0;
  if (hasWork) {
    const targets = await configuredTargets(deps);
    if (targets.length === 0) {
      // Nobody would hear it: leave it unannounced, so the first channel set up hears of it.
      deps.log.log('debug', 'alerts.no_channel', { runId: run.runId, messages: plan.messages.length });
      return;
    }
    enqueue(state, targets, plan.messages, now);
    await flushOutbox(deps, state, targets);
  }
  state.open = plan.open;
  for (const key of plan.opened) deps.log.log('warn', 'alerts.problem_opened', { runId: run.runId, key });
  for (const key of plan.resolved) deps.log.log('info', 'alerts.problem_resolved', { runId: run.runId, key });
  // A no-change poll writes nothing here.
  if (JSON.stringify(state) !== before) await writeAlertState(deps.kv, state);
}

/**
 * Only a failure that speaks of the key (401, 403, no key) is worth a key test: probing PeopleForce after an
 * outage's failed run would send a request before the client's backoff allows one.
 */
function mayBeKeyRejection(run: RunRecord): boolean {
  return run.outcome === 'failed' && run.message !== null && /\b40[13]\b|API key/.test(run.message);
}

async function keyRejection(deps: AlertDeps): Promise<string | null> {
  const result = await deps.testPeopleForceKey();
  if (result.ok) return null;
  return KEY_REJECTIONS[result.reason] ?? null;
}

async function ruleProblems(
  deps: AlertDeps,
  run: RunRecord,
  failures: ReturnType<FailureQueue['list']>,
): Promise<RuleProblem[] | null> {
  const decision = ruleCheckNeeded(run, failures);
  if (decision === 'clear') return [];
  if (decision === 'keep') return null;
  return checkRulesAgainstJira(deps.getCreateMeta, await loadConfig(deps.kv));
}
