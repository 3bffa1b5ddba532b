import { z } from 'zod';
import type { AdminErrorCode, Envelope } from '../config/admin-api';
import { issuePanelApi, type IssuePanelKey } from '../config/issue-panel-api';
import { errorFacts } from '../sync/error-facts';
import { syncOneIssue } from '../sync/sync-one-task';
import type { AdminDeps } from '../admin/admin.types';
import { getIssuePanel, type IssueRef } from './issue-panel';

/** Forge puts the issue the panel is open on into the resolver's context; the payload is never trusted for it. */
const PanelContextSchema = z.looseObject({
  extension: z.looseObject({
    issue: z.looseObject({
      id: z.union([z.string().min(1), z.number().int()]).transform(String),
      key: z.string().optional(),
    }),
  }),
});

/**
 * Every issue panel call: the issue comes from the context, the payload must match its schema, and the answer
 * is an envelope like the admin page's. Reading is for anyone who can see the issue; "Sync this issue now"
 * writes to both systems, so it is for Jira administrators, asked of Jira as the caller.
 */
export async function handlePanelCall(
  deps: AdminDeps,
  key: IssuePanelKey,
  rawPayload: unknown,
  rawContext: unknown,
): Promise<Envelope<unknown>> {
  try {
    const context = PanelContextSchema.safeParse(rawContext);
    if (!context.success)
      return refusal('invalid_payload', 'The panel was opened without an issue in its context');
    const payload = issuePanelApi[key].payload.safeParse(rawPayload ?? {});
    if (!payload.success) return refusal('invalid_payload', `The request for ${key} is not valid`);
    const { issue } = context.data.extension;
    const ref: IssueRef = { id: issue.id, key: issue.key ?? null };
    const data: unknown = issuePanelApi[key].result.parse(await run(deps, key, ref));
    return { ok: true, data };
  } catch (error) {
    if (error instanceof PanelRefusal) return refusal(error.code, error.message);
    const facts = errorFacts(error);
    deps.log.log('error', 'panel.call_failed', { key, reason: facts.message, status: facts.status });
    return refusal('internal', `Something went wrong: ${facts.message}`);
  }
}

async function run(deps: AdminDeps, key: IssuePanelKey, issue: IssueRef): Promise<unknown> {
  if (key === 'getIssuePanel') return getIssuePanel(deps, issue, () => deps.callerIsJiraAdmin());
  if (!(await deps.callerIsJiraAdmin())) {
    throw new PanelRefusal('not_admin', 'Only Jira administrators can sync an issue from the panel');
  }
  const result = await syncOneIssue(deps, issue.id);
  deps.log.log('info', 'panel.issue_synced', {
    issueId: issue.id,
    taskId: result.taskId,
    outcome: result.outcome,
  });
  return result;
}

class PanelRefusal extends Error {
  constructor(
    readonly code: Exclude<AdminErrorCode, 'internal'>,
    message: string,
  ) {
    super(message);
    this.name = 'PanelRefusal';
  }
}

function refusal(code: AdminErrorCode, message: string) {
  return { ok: false as const, error: { code, message, problems: [] } };
}
