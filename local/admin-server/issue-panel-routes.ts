import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { BridgeRouteOptions } from './bridge-routes';
import { HttpReplyError, readJsonBody, sendJson } from './http-replies';

/**
 * The issue panel outside Jira: `/issue-panel/?issue=HR-3` serves static/issue-panel/build with its own bridge
 * script, and its `invoke` calls reach the panel's resolver with the issue in the context, as Jira would put
 * it there (the key is looked up in Jira for its id, as the local admin).
 */
export const PANEL_PATH = '/issue-panel/';
export const PANEL_INVOKE_PATH = '/__local/issue-panel/invoke';
export const PANEL_BRIDGE_SCRIPT_PATH = '/__local/issue-panel/bridge.js';
export const PANEL_MODULE_KEY = 'peopleforce-task-panel';

const PanelInvokeSchema = z.object({
  functionKey: z.string().min(1, 'functionKey names the resolver key to call'),
  payload: z.unknown().optional(),
  issueKey: z.string().min(1, 'open the panel as /issue-panel/?issue=KEY').nullable(),
});

const IssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({ issuetype: z.looseObject({ name: z.string() }).optional() }),
});

export interface PanelRouteOptions extends BridgeRouteOptions {
  panelFunctionKey: string;
}

export async function handlePanelInvoke(
  request: IncomingMessage,
  response: ServerResponse,
  options: PanelRouteOptions,
): Promise<void> {
  const parsed = PanelInvokeSchema.safeParse(await readJsonBody(request, 1024 * 1024));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new HttpReplyError(400, `The panel's bridge request is malformed: ${detail}`);
  }
  const { functionKey, payload, issueKey } = parsed.data;
  if (issueKey === null) throw new HttpReplyError(400, 'Open the panel as /issue-panel/?issue=KEY.');
  const issue = await lookUpIssue(options, issueKey);
  let result: unknown;
  try {
    result = await options.host.invokeResolver(options.panelFunctionKey, functionKey, payload ?? {}, {
      accountId: options.accountId,
      extension: { issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype?.name ?? 'Task' } },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpReplyError(500, `The resolver "${functionKey}" failed: ${reason}`);
  }
  sendJson(response, 200, { result: result ?? null });
}

async function lookUpIssue(
  options: PanelRouteOptions,
  issueKey: string,
): Promise<z.infer<typeof IssueSchema>> {
  if (options.jiraBaseUrl === null)
    throw new HttpReplyError(503, 'No Jira base URL was given to the admin server.');
  const url = new URL(
    `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=issuetype`,
    options.jiraBaseUrl,
  );
  const answer = await fetch(url, {
    headers: { Accept: 'application/json', 'x-local-actor': 'user', 'x-local-account-id': options.accountId },
  });
  if (answer.status === 404) throw new HttpReplyError(404, `Jira has no issue ${issueKey}.`);
  if (!answer.ok) throw new HttpReplyError(502, `Jira answered ${answer.status} for issue ${issueKey}.`);
  const issue = IssueSchema.safeParse(await answer.json());
  if (!issue.success)
    throw new HttpReplyError(502, `Jira's answer for issue ${issueKey} was not understood.`);
  return issue.data;
}
