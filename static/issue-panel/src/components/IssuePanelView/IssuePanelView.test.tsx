import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IssuePanel, IssueSyncResult } from '../../../../../src/config/issue-panel-api';
import { IssuePanelView } from './IssuePanelView';

const panel = (overrides: Partial<IssuePanel> = {}): IssuePanel => ({
  issueKey: 'HR-3',
  state: 'active',
  taskId: 7650116,
  taskUrl: 'https://app.peopleforce.io/tasks/7650116',
  snapshot: {
    title: 'Prepare laptop for Anna Kovalenko',
    person: { id: 1, name: 'Anna Kovalenko', email: 'anna@example.com', type: 'Employee' },
    assignee: { id: 2, name: 'Jane Doe', email: 'jane@example.com' },
    createdBy: { id: 3, name: 'Olena HR', email: 'olena@example.com' },
    startsOn: null,
    dueOn: '2026-12-10',
    completed: false,
    takenAt: '2026-12-04T10:00:00.000Z',
  },
  failure: null,
  events: [
    {
      at: '2026-12-04T10:00:00.000Z',
      action: 'created',
      direction: 'toJira',
      trigger: 'schedule',
      issueKey: 'HR-3',
      detail: null,
    },
  ],
  lastRun: { at: '2026-12-04T10:00:00.000Z', outcome: 'success' },
  canSyncNow: false,
  ...overrides,
});

const noSync = () => Promise.reject(new Error('not expected'));

describe('IssuePanelView', () => {
  it('shows whom the task is about, its assignee, due date, PeopleForce state and link', () => {
    render(<IssuePanelView panel={panel()} sync={noSync} onSynced={jest.fn()} />);
    expect(screen.getByTestId('task-title')).toHaveTextContent('Prepare laptop for Anna Kovalenko');
    expect(screen.getByTestId('task-person')).toHaveTextContent('Anna Kovalenko');
    expect(screen.getByTestId('task-person')).toHaveTextContent('Employee');
    expect(screen.getByTestId('task-assignee')).toHaveTextContent('Jane Doe');
    expect(screen.getByTestId('task-created-by')).toHaveTextContent('Olena HR');
    expect(screen.getByTestId('task-completed')).toHaveTextContent('Open in PeopleForce');
    expect(screen.getByTestId('task-open-in-peopleforce')).toHaveAttribute(
      'href',
      'https://app.peopleforce.io/tasks/7650116',
    );
    expect(screen.getByTestId('panel-last-sync')).toHaveTextContent('Succeeded');
    expect(screen.queryByTestId('sync-issue-now')).not.toBeInTheDocument();
  });

  it.each([
    ['broken', 'Broken link'],
    ['taskVanished', 'Task deleted in PeopleForce'],
  ] as const)('explains a %s link', (state, title) => {
    render(<IssuePanelView panel={panel({ state })} sync={noSync} onSynced={jest.fn()} />);
    expect(screen.getByTestId(`panel-state-${state}`)).toHaveTextContent(title);
  });

  it('shows the error queue entry with its reason', () => {
    const failure = {
      taskId: 7650116,
      taskTitle: null,
      issueKey: 'HR-3',
      kind: 'jira' as const,
      reason: 'duedate: the value is not a date',
      attempts: 2,
      firstSeenAt: '2026-12-04T09:00:00.000Z',
      lastSeenAt: '2026-12-04T10:00:00.000Z',
      nextRetryAt: '2026-12-04T10:20:00.000Z',
    };
    render(<IssuePanelView panel={panel({ failure })} sync={noSync} onSynced={jest.fn()} />);
    expect(screen.getByTestId('panel-failure')).toHaveTextContent('duedate: the value is not a date');
  });

  it('lets an admin sync the issue and shows what it did', async () => {
    const result: IssueSyncResult = {
      outcome: 'synced',
      taskId: 7650116,
      message: 'Jira → PeopleForce: already in step. PeopleForce → Jira: fields updated.',
      events: [{ ...panel().events[0]!, action: 'edited', detail: 'summary', trigger: 'issuePanel' }],
    };
    const onSynced = jest.fn();
    render(
      <IssuePanelView
        panel={panel({ canSyncNow: true })}
        sync={() => Promise.resolve(result)}
        onSynced={onSynced}
      />,
    );
    await userEvent.click(screen.getByTestId('sync-issue-now'));
    expect(await screen.findByTestId('sync-issue-result')).toHaveTextContent('fields updated');
    expect(screen.getByTestId('sync-issue-events')).toHaveTextContent('Edited summary');
    expect(onSynced).toHaveBeenCalled();
  });
});
