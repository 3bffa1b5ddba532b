import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FailedTask } from '../../../../../src/config/records';
import * as api from '../../api/admin-api';
import { ActivityTab } from './ActivityTab';

jest.mock('../../api/admin-api', () => ({
  getHistory: jest.fn(),
  getErrors: jest.fn(),
  retryErrors: jest.fn(),
}));
const getHistory = jest.mocked(api.getHistory);
const getErrors = jest.mocked(api.getErrors);
const retryErrors = jest.mocked(api.retryErrors);

/** recharts measures its container; jsdom has no layout, so report a fixed size. */
class FixedSizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: 800, height: 240 } } as unknown as ResizeObserverEntry],
      this,
    );
  }
  unobserve() {}
  disconnect() {}
}

const failed = (taskId: number, issueKey: string | null): FailedTask => ({
  taskId,
  taskTitle: `Task ${taskId}`,
  issueKey,
  kind: 'jira',
  reason: 'Field duedate: invalid date',
  attempts: 2,
  firstSeenAt: '2026-03-01T10:00:00Z',
  lastSeenAt: '2026-03-01T10:05:00Z',
  nextRetryAt: '2026-03-01T10:15:00Z',
});

beforeAll(() => {
  globalThis.ResizeObserver = FixedSizeObserver;
});

beforeEach(() => {
  getHistory.mockReset().mockResolvedValue({ runs: [] });
  getErrors.mockReset();
  retryErrors.mockReset();
});

describe('ActivityTab', () => {
  test('failed tasks link to PeopleForce and to the issue on the Jira site', async () => {
    getErrors.mockResolvedValue({ errors: [failed(42, 'HR-7'), failed(43, null)], unmatchedUsers: [] });
    render(<ActivityTab siteUrl="https://acme.atlassian.net" />);

    expect(await screen.findByTestId('error-task-link-42')).toHaveAttribute(
      'href',
      'https://app.peopleforce.io/tasks/42',
    );
    expect(screen.getByTestId('error-issue-link-42')).toHaveAttribute(
      'href',
      'https://acme.atlassian.net/browse/HR-7',
    );
    expect(screen.queryByTestId('error-issue-link-43')).not.toBeInTheDocument();
    expect(screen.getByText('No runs yet')).toBeInTheDocument();
  });

  test('retrying one task sends its id, reports the outcome and reloads the queue', async () => {
    const user = userEvent.setup();
    getErrors
      .mockResolvedValueOnce({ errors: [failed(42, 'HR-7'), failed(43, null)], unmatchedUsers: [] })
      .mockResolvedValueOnce({ errors: [failed(43, null)], unmatchedUsers: [] });
    retryErrors.mockResolvedValue({ retried: 1, runId: 'run-9' });
    render(<ActivityTab siteUrl={null} />);

    await user.click(await screen.findByRole('button', { name: 'Retry task 42' }));

    expect(retryErrors).toHaveBeenCalledWith([42]);
    expect(await screen.findByTestId('retry-outcome')).toHaveTextContent(
      '1 task is queued to be tried again now.',
    );
    expect(screen.queryByTestId('retry-error-42')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('error-queue')).getByText('Task 43')).toBeInTheDocument();
  });

  test('the run history is drawn as a chart and listed in a table', async () => {
    getErrors.mockResolvedValue({
      errors: [],
      unmatchedUsers: [{ email: 'x@example.com', taskCount: 2, lastSeenAt: '2026-03-01T10:00:00Z' }],
    });
    getHistory.mockResolvedValue({
      runs: [
        {
          runId: 'r1',
          trigger: 'schedule',
          startedAt: '2026-03-01T10:00:00Z',
          finishedAt: '2026-03-01T10:00:02Z',
          outcome: 'partial',
          counts: {
            seen: 9,
            created: 2,
            updated: 1,
            transitioned: 0,
            unchanged: 5,
            dropped: 0,
            failed: 1,
            returned: 0,
          },
          durationMs: 2000,
          message: '1 task failed',
          actions: [],
        },
      ],
    });
    render(<ActivityTab siteUrl={null} />);

    expect(await screen.findByTestId('activity-chart')).toBeInTheDocument();
    const table = screen.getByTestId('activity-runs-table--table');
    expect(within(table).getByText('Partly failed')).toBeInTheDocument();
    expect(within(table).getByText('1 task failed')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('unmatched-users--table')).getByText('x@example.com'),
    ).toBeInTheDocument();
  });
});
