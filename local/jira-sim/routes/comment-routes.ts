import { ADF_ERROR_MESSAGE, findAdfProblem } from '../adf-validation';
import { renderUser } from '../field-values';
import { json, type Route } from '../http-types';
import type { SimComment } from '../issue-model';
import type { IssueStore } from '../issue-store';
import { formatJiraTimestamp } from '../jira-time';
import { page } from '../query-params';
import { SimHttpError } from '../sim-error';

function commentBody(body: unknown): unknown {
  const doc = typeof body === 'object' && body !== null ? (body as { body?: unknown }).body : undefined;
  const content =
    typeof doc === 'object' && doc !== null ? (doc as { content?: unknown }).content : undefined;
  if (Array.isArray(content) && content.length === 0) {
    throw new SimHttpError(400, [], { comment: 'Comment body can not be empty!' });
  }
  if (findAdfProblem(doc) !== null) throw new SimHttpError(400, [], { comment: ADF_ERROR_MESSAGE });
  return doc;
}

export function commentRoutes(store: IssueStore): Route[] {
  const render = (issueId: string, comment: SimComment) => {
    const author = store.catalogue.user(comment.authorId);
    return {
      self: `${store.baseUrl}/rest/api/3/issue/${issueId}/comment/${comment.id}`,
      id: comment.id,
      author: author ? renderUser(author, store.baseUrl) : null,
      body: comment.body,
      created: formatJiraTimestamp(comment.created),
      updated: formatJiraTimestamp(comment.updated),
    };
  };
  return [
    {
      method: 'GET',
      pattern: '/issue/:issueIdOrKey/comment',
      handler: ({ params, query }) => {
        const issue = store.require(params.issueIdOrKey ?? '');
        const result = page(issue.comments, query, 50, 100);
        return json({
          startAt: result.startAt,
          maxResults: result.maxResults,
          total: result.total,
          comments: result.values.map((comment) => render(issue.id, comment)),
        });
      },
    },
    {
      method: 'POST',
      pattern: '/issue/:issueIdOrKey/comment',
      handler: ({ params, body, actor }) => {
        const idOrKey = params.issueIdOrKey ?? '';
        const issue = store.require(idOrKey);
        const comment = store.addComment(idOrKey, commentBody(body), actor);
        return json(render(issue.id, comment), 201);
      },
    },
  ];
}
