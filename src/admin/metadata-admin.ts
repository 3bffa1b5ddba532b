import type { AdminDeps } from './admin.types';

/**
 * Live Jira metadata for the rule editor: projects with their issue types, and for a chosen target its create
 * fields (with schema and allowed values) and its workflow statuses with categories.
 */
export async function getJiraMetadata(
  deps: AdminDeps,
  target: { projectKey?: string | undefined; issueTypeId?: string | undefined },
) {
  const projects = await deps.jiraClient.listProjects();
  const withTypes = await Promise.all(
    projects.map(async (project) => ({
      id: project.id,
      key: project.key,
      name: project.name,
      issueTypes: (await deps.jiraClient.getCreateMetaIssueTypes(project.key)).map((type) => ({
        id: type.id,
        name: type.name,
        subtask: type.subtask,
      })),
    })),
  );
  if (!target.projectKey || !target.issueTypeId) return { projects: withTypes, fields: [], statuses: [] };
  const [fields, statusesByType] = await Promise.all([
    deps.jiraClient.getCreateMeta(target.projectKey, target.issueTypeId),
    deps.jiraClient.getProjectStatuses(target.projectKey),
  ]);
  const ofType = statusesByType.find((type) => type.id === target.issueTypeId)?.statuses ?? [];
  return {
    projects: withTypes,
    fields,
    statuses: ofType.map((status) => ({
      id: status.id,
      name: status.name,
      category: categoryOf(status.statusCategory.key),
    })),
  };
}

function categoryOf(key: string): 'new' | 'indeterminate' | 'done' {
  return key === 'done' || key === 'new' ? key : 'indeterminate';
}
