import { getEmployee, listEmployees } from './employee-routes';
import { notFound, type RouteContext, type SimRequest, type SimResponse } from './route-context';
import { createTask, listEmployeeTasks, listTasks, setTaskCompletion } from './task-routes';

interface Route {
  method: string;
  pattern: RegExp;
  handle: (context: RouteContext, request: SimRequest, parameter: string) => SimResponse;
}

/** The part of PeopleForce API v3 the app uses; paths are relative to `/api/public/v3`. */
const routes: readonly Route[] = [
  { method: 'GET', pattern: /^\/tasks\/?$/, handle: listTasks },
  { method: 'POST', pattern: /^\/tasks\/?$/, handle: createTask },
  {
    method: 'PUT',
    pattern: /^\/tasks\/([^/]+)\/complete$/,
    handle: (context, _r, id) => setTaskCompletion(context, id, true),
  },
  {
    method: 'PUT',
    pattern: /^\/tasks\/([^/]+)\/incomplete$/,
    handle: (context, _r, id) => setTaskCompletion(context, id, false),
  },
  { method: 'GET', pattern: /^\/employees\/?$/, handle: listEmployees },
  {
    method: 'GET',
    pattern: /^\/employees\/(\d+)$/,
    handle: (context, _r, id) => getEmployee(context, Number(id)),
  },
  {
    method: 'GET',
    pattern: /^\/employees\/(\d+)\/tasks$/,
    handle: (context, request, id) => listEmployeeTasks(context, request, Number(id)),
  },
];

export function dispatch(context: RouteContext, request: SimRequest): SimResponse {
  for (const route of routes) {
    const match = route.pattern.exec(request.path);
    if (match && route.method === request.method) return route.handle(context, request, match[1] ?? '');
  }
  return notFound(`${request.method} ${request.path}`);
}
