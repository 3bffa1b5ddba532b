/**
 * The simulated site's issues and everything that changes them. Every mutation goes through here, whether it
 * came over HTTP or through `control`, so that changelog, `updated`, the search index, product events and the
 * app's write count stay consistent.
 */
import type { Actor } from './actor';
import type { SiteCatalogue } from './catalogue';
import { fieldChangeItems, resolutionChangeItem, statusChangeItem } from './changelog';
import { renderUser } from './field-values';
import type { IssueEventListener, IssueEventType, SimIssueEvent } from './issue-events';
import {
  validateCreate,
  validateEdit,
  propertyProblem,
  type CreateDraft,
  type InputContext,
} from './issue-input';
import {
  renderAllFields,
  type ChangeItem,
  type RenderContext,
  type SimComment,
  type SimIssue,
} from './issue-model';
import { formatJiraTimestamp } from './jira-time';
import type { JqlSubject } from './jql/subject';
import { SearchIndex } from './search-index';
import type { SeedTransition } from './seed.types';
import { ISSUE_NOT_FOUND, SimHttpError, badRequest, notFound } from './sim-error';

const FIRST_ID = 10000;

export class IssueStore {
  baseUrl = '';
  visibilityDelayMs: number;
  private issues = new Map<string, SimIssue>();
  private keyIndex = new Map<string, string>();
  private children = new Map<string, Set<string>>();
  private readonly index = new SearchIndex();
  private readonly listeners = new Set<IssueEventListener>();
  private projectCounters = new Map<string, number>();
  private nextId = FIRST_ID;
  private appWrites = 0;

  constructor(
    readonly catalogue: SiteCatalogue,
    readonly now: () => number,
    visibilityDelayMs: number,
  ) {
    this.visibilityDelayMs = visibilityDelayMs;
  }

  reset(): void {
    this.issues = new Map();
    this.keyIndex = new Map();
    this.children = new Map();
    this.index.clear();
    this.projectCounters = new Map();
    this.nextId = FIRST_ID;
    this.appWrites = 0;
  }

  writeCount(): number {
    return this.appWrites;
  }

  onEvent(listener: IssueEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  find(idOrKey: string): SimIssue | undefined {
    const id = this.issues.has(idOrKey) ? idOrKey : this.keyIndex.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.issues.get(id);
  }

  require(idOrKey: string): SimIssue {
    const issue = this.find(idOrKey);
    if (!issue) throw notFound(ISSUE_NOT_FOUND);
    return issue;
  }

  all(): SimIssue[] {
    return [...this.issues.values()];
  }

  renderContext(): RenderContext {
    return {
      catalogue: this.catalogue,
      baseUrl: this.baseUrl,
      issueById: (id) => this.issues.get(id),
      childrenOf: (id) => this.childrenOf(id),
    };
  }

  childrenOf(id: string): SimIssue[] {
    return [...(this.children.get(id) ?? [])].flatMap((childId) => this.issues.get(childId) ?? []);
  }

  inputContext(): InputContext {
    return { catalogue: this.catalogue, baseUrl: this.baseUrl, findIssue: (idOrKey) => this.find(idOrKey) };
  }

  /** Creates an issue or throws a 400 carrying every validation error. */
  create(body: unknown, actor: Actor): SimIssue {
    const validated = validateCreate(body, actor, this.inputContext());
    if (!validated.ok) throw new SimHttpError(400, validated.errorMessages, validated.errors);
    return this.createValidated(validated.value, actor);
  }

  createValidated(draft: CreateDraft, actor: Actor): SimIssue {
    const now = this.now();
    const number = (this.projectCounters.get(draft.project.id) ?? 0) + 1;
    this.projectCounters.set(draft.project.id, number);
    const issue: SimIssue = {
      id: String(this.nextId++),
      key: `${draft.project.key}-${number}`,
      projectId: draft.project.id,
      issueTypeId: draft.issueType.id,
      statusId: draft.project.workflow.initialStatusId,
      values: draft.values,
      properties: new Map(draft.properties),
      created: now,
      updated: now,
      statusCategoryChanged: now,
      resolutionDate: null,
      creatorId: actor.user.accountId,
      parentId: draft.parentId,
      histories: [],
      comments: [],
    };
    this.issues.set(issue.id, issue);
    this.keyIndex.set(issue.key, issue.id);
    if (issue.parentId !== null) {
      this.children.set(
        issue.parentId,
        (this.children.get(issue.parentId) ?? new Set<string>()).add(issue.id),
      );
    }
    this.changed(issue, actor, 'avi:jira:created:issue', []);
    return issue;
  }

  edit(idOrKey: string, body: unknown, actor: Actor): void {
    const issue = this.require(idOrKey);
    const validated = validateEdit(body, issue, this.inputContext());
    if (!validated.ok) throw new SimHttpError(400, validated.errorMessages, validated.errors);
    const items = fieldChangeItems(issue.values, validated.value.values, this.catalogue);
    for (const [fieldId, value] of validated.value.values) issue.values.set(fieldId, value);
    for (const [key, value] of validated.value.properties) issue.properties.set(key, value);
    if (items.length > 0) {
      this.changed(issue, actor, 'avi:jira:updated:issue', items);
      return;
    }
    if (validated.value.properties.length > 0) this.reindex(issue);
    this.countWrite(actor);
  }

  /** The workflow transitions available from the issue's current status. */
  transitions(issue: SimIssue): SeedTransition[] {
    const project = this.catalogue.project(issue.projectId);
    const transitions = project?.workflow.transitions ?? [];
    return transitions.filter((transition) => !transition.from || transition.from.includes(issue.statusId));
  }

  transition(idOrKey: string, transitionId: string, actor: Actor): void {
    const issue = this.require(idOrKey);
    const transition = this.transitions(issue).find((candidate) => candidate.id === transitionId);
    if (!transition) throw badRequest(`Transition id '${transitionId}' is not valid for this issue.`);
    const before = this.catalogue.status(issue.statusId);
    const after = this.catalogue.status(transition.to);
    const items: ChangeItem[] = [statusChangeItem(before.id, after.id, this.catalogue)];
    issue.statusId = after.id;
    if (before.category !== after.category) issue.statusCategoryChanged = this.now();
    const resolvedNow = after.category === 'done';
    if (resolvedNow !== (before.category === 'done')) {
      issue.resolutionDate = resolvedNow ? this.now() : null;
      items.push(resolutionChangeItem(resolvedNow));
    }
    this.changed(issue, actor, 'avi:jira:updated:issue', items);
  }

  delete(idOrKey: string, deleteSubtasks: boolean, actor: Actor): void {
    const issue = this.require(idOrKey);
    const children = this.childrenOf(issue.id);
    if (children.length > 0 && !deleteSubtasks) {
      throw badRequest(
        "The issue has subtasks. Set the 'deleteSubtasks' parameter to true to delete them too.",
      );
    }
    for (const child of children) this.remove(child, actor);
    this.remove(issue, actor);
  }

  /** Stores an entity property; resolves true when it was created, false when it replaced a value. */
  setProperty(idOrKey: string, key: string, value: unknown, actor: Actor): boolean {
    const issue = this.require(idOrKey);
    const problem = propertyProblem(key, value);
    if (problem) throw badRequest(problem);
    const created = !issue.properties.has(key);
    issue.properties.set(key, value);
    this.reindex(issue);
    this.countWrite(actor);
    return created;
  }

  deleteProperty(idOrKey: string, key: string, actor: Actor): void {
    const issue = this.require(idOrKey);
    if (!issue.properties.delete(key)) throw notFound(`The property with key '${key}' does not exist.`);
    this.reindex(issue);
    this.countWrite(actor);
  }

  addComment(idOrKey: string, body: unknown, actor: Actor): SimComment {
    const issue = this.require(idOrKey);
    const now = this.now();
    const comment: SimComment = {
      id: String(this.nextId++),
      authorId: actor.user.accountId,
      body,
      created: now,
      updated: now,
    };
    issue.comments.push(comment);
    issue.updated = now;
    this.reindex(issue);
    this.countWrite(actor);
    return comment;
  }

  /** What search sees of each issue: the visible indexed state, or the live one for reconciled ids. */
  searchSubjects(reconcileIds: ReadonlySet<string>): Array<{ issue: SimIssue; subject: JqlSubject }> {
    const now = this.now();
    return this.all().flatMap((issue) => {
      const subject = reconcileIds.has(issue.id) ? this.subjectOf(issue) : this.index.visible(issue.id, now);
      return subject ? [{ issue, subject }] : [];
    });
  }

  subjectOf(issue: SimIssue): JqlSubject {
    const labels = issue.values.get('labels');
    return {
      id: issue.id,
      key: issue.key,
      projectId: issue.projectId,
      issueTypeId: issue.issueTypeId,
      statusId: issue.statusId,
      statusCategory: this.catalogue.status(issue.statusId).category,
      labels: Array.isArray(labels)
        ? labels.filter((label): label is string => typeof label === 'string')
        : [],
      created: issue.created,
      updated: issue.updated,
      properties: structuredClone(Object.fromEntries(issue.properties)),
    };
  }

  private remove(issue: SimIssue, actor: Actor): void {
    const event = this.listeners.size > 0 ? this.event(issue, actor, 'avi:jira:deleted:issue') : undefined;
    this.issues.delete(issue.id);
    this.keyIndex.delete(issue.key);
    this.index.remove(issue.id);
    if (issue.parentId !== null) this.children.get(issue.parentId)?.delete(issue.id);
    this.countWrite(actor);
    if (event) this.emit(event);
  }

  private changed(issue: SimIssue, actor: Actor, eventType: IssueEventType, items: ChangeItem[]): void {
    const now = this.now();
    issue.updated = now;
    let changelog: SimIssueEvent['changelog'];
    if (items.length > 0) {
      const history = {
        id: String(this.nextId++),
        author: renderUser(actor.user, this.baseUrl),
        created: formatJiraTimestamp(now),
        items,
      };
      issue.histories.push(history);
      changelog = { id: history.id, items };
    }
    this.reindex(issue);
    this.countWrite(actor);
    // Rendering every field is the costliest part of a write, so it is skipped when nobody listens.
    if (this.listeners.size > 0) this.emit(this.event(issue, actor, eventType, changelog));
  }

  private event(
    issue: SimIssue,
    actor: Actor,
    eventType: IssueEventType,
    changelog?: SimIssueEvent['changelog'],
  ): SimIssueEvent {
    return {
      eventType,
      issue: { id: issue.id, key: issue.key, fields: renderAllFields(issue, this.renderContext()) },
      ...(changelog ? { changelog } : {}),
      atlassianId: actor.user.accountId,
      actor: actor.kind,
      timestamp: this.now(),
    };
  }

  private reindex(issue: SimIssue): void {
    this.index.record(this.subjectOf(issue), this.now(), this.visibilityDelayMs);
  }

  private countWrite(actor: Actor): void {
    if (actor.kind === 'app') this.appWrites += 1;
  }

  private emit(event: SimIssueEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('jira-sim: an issue event listener threw', error);
      }
    }
  }
}
