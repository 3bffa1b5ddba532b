import { STATUS_CATEGORIES } from '../catalogue';
import { siteFields } from '../field-meta';
import { json, type Route } from '../http-types';
import { renderStatus } from '../issue-model';
import type { IssueStore } from '../issue-store';
import { listParam, page } from '../query-params';
import type { SeedIssueType, SeedProject } from '../seed.types';
import { badRequest, notFound } from '../sim-error';

export function renderIssueType(type: SeedIssueType, project: SeedProject, baseUrl: string) {
  return {
    self: `${baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: '',
    iconUrl: `${baseUrl}/images/icons/issuetypes/${type.subtask ? 'subtask' : 'task'}.svg`,
    name: type.name,
    untranslatedName: type.name,
    subtask: type.subtask,
    hierarchyLevel: type.subtask ? -1 : 0,
    scope: { type: 'PROJECT', project: { id: project.id } },
  };
}

function projectSummary(project: SeedProject, baseUrl: string) {
  return {
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: false,
  };
}

function renderComponent(component: { id: string; name: string }, project: SeedProject, baseUrl: string) {
  return {
    self: `${baseUrl}/rest/api/3/component/${component.id}`,
    ...component,
    project: project.key,
    projectId: Number(project.id),
  };
}

export function requireProject(store: IssueStore, idOrKey: string | undefined): SeedProject {
  const project = idOrKey === undefined ? undefined : store.catalogue.project(idOrKey);
  if (!project) throw notFound(`No project could be found with key '${String(idOrKey)}'.`);
  return project;
}

export function projectRoutes(store: IssueStore): Route[] {
  const { catalogue } = store;
  const renderStatusOf = (id: string) => renderStatus(id, { catalogue, baseUrl: store.baseUrl });
  return [
    {
      method: 'GET',
      pattern: '/project/search',
      handler: ({ query }) => {
        const text = (query.get('query') ?? '').toLowerCase();
        const keys = listParam(query, 'keys');
        const projects = catalogue
          .projects()
          .filter((project) => !keys || keys.includes(project.key))
          .filter(
            (project) =>
              project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text),
          );
        const result = page(projects, query, 50, 100);
        return json({
          self: `${store.baseUrl}/rest/api/3/project/search?${query.toString()}`,
          ...result,
          values: result.values.map((project) => projectSummary(project, store.baseUrl)),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/project/:projectIdOrKey',
      handler: ({ params }) => {
        const project = requireProject(store, params.projectIdOrKey);
        return json({
          ...projectSummary(project, store.baseUrl),
          description: '',
          components: project.components.map((component) =>
            renderComponent(component, project, store.baseUrl),
          ),
          issueTypes: project.issueTypes.map((type) => renderIssueType(type, project, store.baseUrl)),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/project/:projectIdOrKey/statuses',
      handler: ({ params }) => {
        const project = requireProject(store, params.projectIdOrKey);
        return json(
          project.issueTypes.map((type) => ({
            self: `${store.baseUrl}/rest/api/3/issuetype/${type.id}`,
            id: type.id,
            name: type.name,
            subtask: type.subtask,
            statuses: project.workflow.statusIds.map(renderStatusOf),
          })),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/project/:projectIdOrKey/components',
      handler: ({ params }) => {
        const project = requireProject(store, params.projectIdOrKey);
        return json(
          project.components.map((component) => renderComponent(component, project, store.baseUrl)),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/issuetype/project',
      handler: ({ query }) => {
        const projectId = query.get('projectId');
        if (!projectId || !/^\d+$/.test(projectId))
          throw badRequest("The 'projectId' query parameter must be a project id.");
        const project = catalogue.projects().find((candidate) => candidate.id === projectId);
        if (!project) throw notFound(`No project could be found with id '${projectId}'.`);
        return json(project.issueTypes.map((type) => renderIssueType(type, project, store.baseUrl)));
      },
    },
    {
      method: 'GET',
      pattern: '/status',
      handler: () => json(catalogue.statuses().map((status) => renderStatusOf(status.id))),
    },
    {
      method: 'GET',
      pattern: '/statuscategory',
      handler: () => json(Object.values(STATUS_CATEGORIES)),
    },
    {
      method: 'GET',
      pattern: '/priority',
      handler: () =>
        json(
          catalogue.priorities().map((priority) => ({
            self: `${store.baseUrl}/rest/api/3/priority/${priority.id}`,
            statusColor: '#ffab00',
            description: priority.name,
            iconUrl: `${store.baseUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
            name: priority.name,
            id: priority.id,
            isDefault: priority.id === catalogue.defaultPriority()?.id,
          })),
        ),
    },
    { method: 'GET', pattern: '/field', handler: () => json(siteFields(catalogue)) },
  ];
}
