import { notOnScreenMessage } from '../field-input';
import { json, noContent, type Route } from '../http-types';
import { renderStatus } from '../issue-model';
import type { IssueStore } from '../issue-store';
import { SimHttpError, badRequest } from '../sim-error';

function transitionIdOf(body: unknown): string {
  const transition =
    typeof body === 'object' && body !== null ? (body as { transition?: unknown }).transition : undefined;
  const id =
    typeof transition === 'object' && transition !== null ? (transition as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number') return String(id);
  throw badRequest("Missing 'transition' identifier");
}

/** The simulated workflows have no transition screens, so any field sent with a transition is refused. */
function rejectTransitionFields(body: unknown): void {
  const fields =
    typeof body === 'object' && body !== null ? (body as { fields?: unknown }).fields : undefined;
  if (typeof fields !== 'object' || fields === null) return;
  const errors = Object.fromEntries(
    Object.keys(fields).map((fieldId) => [fieldId, notOnScreenMessage(fieldId)]),
  );
  if (Object.keys(errors).length > 0) throw new SimHttpError(400, [], errors);
}

export function workflowRoutes(store: IssueStore): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/issue/:issueIdOrKey/transitions',
      handler: ({ params }) => {
        const issue = store.require(params.issueIdOrKey ?? '');
        const transitions = store.transitions(issue).map((transition) => ({
          id: transition.id,
          name: transition.name,
          to: renderStatus(transition.to, { catalogue: store.catalogue, baseUrl: store.baseUrl }),
          hasScreen: false,
          isGlobal: transition.from === undefined,
          isInitial: false,
          isAvailable: true,
          isConditional: false,
          isLooped: false,
        }));
        return json({ expand: 'transitions', transitions });
      },
    },
    {
      method: 'POST',
      pattern: '/issue/:issueIdOrKey/transitions',
      handler: ({ params, body, actor }) => {
        const idOrKey = params.issueIdOrKey ?? '';
        store.require(idOrKey);
        const transitionId = transitionIdOf(body);
        rejectTransitionFields(body);
        store.transition(idOrKey, transitionId, actor);
        return noContent();
      },
    },
  ];
}
