import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TaskMatch } from '../../../../../src/config/admin-api';
import * as api from '../../api/admin-api';
import { TasksTab } from './TasksTab';

jest.mock('../../api/admin-api', () => ({ searchTasks: jest.fn() }));
const searchTasks = jest.mocked(api.searchTasks);

const match = (taskId: number, overrides: Partial<TaskMatch> = {}): TaskMatch => ({
  taskId,
  issueKey: `HR-${taskId}`,
  title: `Task ${taskId}`,
  linkState: 'active',
  snapshot: null,
  failure: null,
  events: [
    {
      at: '2026-12-04T10:00:00.000Z',
      action: 'created',
      direction: 'toJira',
      trigger: 'schedule',
      issueKey: `HR-${taskId}`,
      detail: null,
    },
  ],
  ...overrides,
});

describe('TasksTab', () => {
  beforeEach(() => {
    searchTasks.mockReset();
  });

  it('searches with what was typed and opens the first match with its trail', async () => {
    searchTasks.mockResolvedValue({ matches: [match(1), match(2)], total: 2 });
    render(<TasksTab siteUrl="https://example.atlassian.net" />);
    await userEvent.type(screen.getByTestId('task-search-input'), 'laptop anna');
    await userEvent.click(screen.getByTestId('task-search-submit'));

    expect(searchTasks).toHaveBeenCalledWith('laptop anna');
    const detail = await screen.findByTestId('task-detail');
    expect(within(detail).getByTestId('task-trail')).toHaveTextContent('Created HR-1');
    expect(within(detail).getByTestId('task-detail-issue')).toHaveAttribute(
      'href',
      'https://example.atlassian.net/browse/HR-1',
    );
    await userEvent.click(screen.getByTestId('task-match-2'));
    expect(screen.getByTestId('task-detail')).toHaveTextContent('Created HR-2');
  });

  it('shows a task that never reached Jira with its failure', async () => {
    const failure = {
      taskId: 7650116,
      taskTitle: 'Send welcome pack',
      issueKey: null,
      kind: 'mapping' as const,
      reason: 'assignee: no Jira user for max@example.com',
      attempts: 3,
      firstSeenAt: '2026-12-04T09:00:00.000Z',
      lastSeenAt: '2026-12-04T10:00:00.000Z',
      nextRetryAt: '2026-12-04T10:20:00.000Z',
    };
    searchTasks.mockResolvedValue({
      matches: [match(7650116, { issueKey: null, linkState: null, failure, events: [] })],
      total: 1,
    });
    render(<TasksTab siteUrl={null} />);
    await userEvent.type(screen.getByTestId('task-search-input'), '7650116');
    await userEvent.click(screen.getByTestId('task-search-submit'));

    expect(await screen.findByTestId('task-match-7650116')).toHaveTextContent('Not in Jira');
    expect(screen.getByTestId('task-detail-failure')).toHaveTextContent('no Jira user for max@example.com');
  });

  it('says so when nothing matches, and shows a failed search', async () => {
    searchTasks.mockResolvedValueOnce({ matches: [], total: 0 });
    searchTasks.mockRejectedValueOnce(
      new Error('type a task id, an issue key, an email or words of the title'),
    );
    render(<TasksTab siteUrl={null} />);
    await userEvent.type(screen.getByTestId('task-search-input'), 'nothing');
    await userEvent.click(screen.getByTestId('task-search-submit'));
    expect(await screen.findByTestId('task-search-empty')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('task-search-submit'));
    expect(await screen.findByTestId('task-search-failed')).toHaveTextContent('type a task id');
  });
});
