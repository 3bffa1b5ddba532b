import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as api from '../../api/admin-api';
import { AdminApiError } from '../../api/admin-api-error';
import { runRecord, statusAnswer } from '../../test-support/run-fixtures';
import { SyncNowTab } from './SyncNowTab';

jest.mock('../../api/admin-api', () => ({ getStatus: jest.fn(), syncNow: jest.fn() }));
const getStatus = jest.mocked(api.getStatus);
const syncNow = jest.mocked(api.syncNow);

const finishedRun = runRecord({
  runId: 'run-7',
  finishedAt: '2026-03-01T10:00:04Z',
  durationMs: 4000,
  counts: { seen: 10, created: 3, updated: 2, transitioned: 1, unchanged: 4 },
});

const status = statusAnswer;

const progress = (processed: number) => ({
  runId: 'run-7',
  phase: 'applying' as const,
  processed,
  total: 10,
  updatedAt: '',
});

/** Renders the tab and lets its first look at the status (made on mount) arrive. */
async function renderTab(props: { enabled: boolean }) {
  render(<SyncNowTab enabled={props.enabled} dirty={false} />);
  await act(async () => {
    await Promise.resolve();
  });
}

async function pollOnce() {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(1000);
  });
}

beforeEach(() => {
  jest.useFakeTimers();
  getStatus.mockReset();
  syncNow.mockReset();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('SyncNowTab', () => {
  test('shows "N of M tasks" while the run reports progress, then the run’s counts', async () => {
    const user = userEvent.setup({
      advanceTimers: (ms) => {
        jest.advanceTimersByTime(ms);
      },
    });
    getStatus
      .mockResolvedValueOnce(status({}))
      .mockResolvedValueOnce(status({ progress: progress(3) }))
      .mockResolvedValueOnce(status({ progress: progress(8) }))
      .mockResolvedValueOnce(status({ lastRun: finishedRun }));
    syncNow.mockResolvedValue({ runId: 'run-7' });
    await renderTab({ enabled: true });

    await user.click(screen.getByTestId('sync-now-button'));
    expect(await screen.findByText('Waiting for the run to report…')).toBeInTheDocument();
    await pollOnce();
    expect(screen.getByTestId('sync-progress-text')).toHaveTextContent('3 of 10 tasks');
    expect(screen.getByTestId('sync-now-button')).toBeDisabled();
    await pollOnce();
    expect(screen.getByTestId('sync-progress-text')).toHaveTextContent('8 of 10 tasks');
    await pollOnce();

    expect(screen.getByTestId('sync-result')).toHaveTextContent('Succeeded');
    expect(screen.getByTestId('sync-result-counts-created')).toHaveTextContent('3');
    expect(getStatus).toHaveBeenCalledTimes(4);
    await pollOnce();
    expect(getStatus).toHaveBeenCalledTimes(4);
  });

  test('a refused start shows the backend’s reason', async () => {
    const user = userEvent.setup({
      advanceTimers: (ms) => {
        jest.advanceTimersByTime(ms);
      },
    });
    getStatus.mockResolvedValue(status({}));
    syncNow.mockRejectedValue(
      new AdminApiError('syncNow', { code: 'busy', message: 'Another sync is running.' }),
    );
    await renderTab({ enabled: true });

    await user.click(screen.getByTestId('sync-now-button'));

    expect(await screen.findByTestId('sync-failed')).toHaveTextContent('Another sync is running.');
  });

  test('while paused the button is off and says why', async () => {
    getStatus.mockResolvedValue(status({ enabled: false }));
    await renderTab({ enabled: false });

    expect(screen.getByTestId('sync-now-button')).toBeDisabled();
    expect(screen.getByText('Syncing is paused')).toBeInTheDocument();
  });
});
