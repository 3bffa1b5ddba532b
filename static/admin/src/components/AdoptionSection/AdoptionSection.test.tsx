import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AdoptionReport } from '../../../../../src/config/records';
import * as api from '../../api/admin-api';
import { AdoptionSection } from './AdoptionSection';

jest.mock('../../api/admin-api', () => ({ adoptIssues: jest.fn(), getAdoption: jest.fn() }));
const adoptIssues = jest.mocked(api.adoptIssues);
const getAdoption = jest.mocked(api.getAdoption);

function report(overrides: Partial<AdoptionReport> = {}): AdoptionReport {
  return {
    runId: 'adopt-1',
    dryRun: false,
    label: 'PeopleForce',
    propertyKey: 'pf_sync_metadata',
    phase: 'done',
    startedAt: '2026-12-04T10:00:00.000Z',
    finishedAt: '2026-12-04T10:01:00.000Z',
    total: 3,
    processed: 3,
    counts: { found: 6, adopted: 3, alreadyOurs: 0, conflicts: 1, orphans: 1, unmatched: 1, failed: 0 },
    examples: {
      adopted: [{ issueKey: 'HR-1', taskId: 11, detail: 'open task' }],
      alreadyOurs: [],
      orphans: [{ issueKey: 'HR-7', taskId: 77, detail: 'PeopleForce no longer has this task' }],
      unmatched: [{ issueKey: 'HR-8', taskId: null, detail: 'has no such property' }],
      failed: [],
    },
    conflicts: [{ taskId: 11, keptKey: 'HR-1', duplicateKeys: ['HR-9'] }],
    message: null,
    ...overrides,
  };
}

beforeEach(() => {
  adoptIssues.mockReset();
  getAdoption.mockReset();
});

describe('AdoptionSection', () => {
  test('warns before the first sync, runs a dry run with the typed label, and lists conflicts with links', async () => {
    const user = userEvent.setup();
    getAdoption.mockResolvedValue({
      report: null,
      unadopted: { label: 'PeopleForce', count: 42, more: false },
    });
    adoptIssues.mockResolvedValue({
      runId: 'adopt-2',
      report: report({ dryRun: true, label: 'hr-gateway' }),
    });
    render(<AdoptionSection siteUrl="https://acme.atlassian.net" />);

    expect(await screen.findByTestId('unadopted-warning')).toHaveTextContent(
      '42 issues labelled "PeopleForce"',
    );
    const labelField = screen.getByLabelText('Tracking label');
    await user.clear(labelField);
    await user.paste('hr-gateway');
    await user.click(screen.getByTestId('adoption-dry-run'));

    expect(adoptIssues).toHaveBeenCalledWith({
      label: 'hr-gateway',
      propertyKey: 'pf_sync_metadata',
      dryRun: true,
    });
    expect(await screen.findByTestId('adoption-outcome')).toHaveTextContent('Dry run: nothing was written');
    const conflicts = screen.getByTestId('adoption-conflicts');
    expect(conflicts).toHaveTextContent(/Task 11: kept HR-1.*; extra HR-9/);
    expect(screen.getByText('HR-9').closest('a')).toHaveAttribute(
      'href',
      'https://acme.atlassian.net/browse/HR-9',
    );
    expect(screen.getByTestId('adoption-orphans')).toHaveTextContent(
      /HR-7.* \(task 77\): PeopleForce no longer has this task/,
    );
    expect(screen.getByTestId('adoption-chart')).toHaveAttribute(
      'aria-label',
      expect.stringContaining('Would adopt: 3'),
    );
  });

  test('refuses a label with a space before anything is sent, saying why', async () => {
    const user = userEvent.setup();
    getAdoption.mockResolvedValue({ report: null, unadopted: null });
    render(<AdoptionSection siteUrl={null} />);
    const labelField = screen.getByLabelText('Tracking label');
    await user.clear(labelField);
    await user.paste('two words');
    expect(screen.getByTestId('adoption-label-problems')).toHaveTextContent('a Jira label has no spaces');
    expect(screen.getByTestId('adoption-dry-run')).toBeDisabled();
    expect(screen.getByTestId('adoption-start')).toBeDisabled();
  });

  test('asks before adopting, then follows the progress until the report', async () => {
    const user = userEvent.setup();
    const running = report({ phase: 'running', total: 200, processed: 100 });
    getAdoption
      .mockResolvedValueOnce({ report: null, unadopted: null })
      .mockResolvedValueOnce({ report: running, unadopted: null })
      .mockResolvedValue({ report: report(), unadopted: null });
    adoptIssues.mockResolvedValue({
      runId: 'adopt-1',
      report: report({ phase: 'running', total: 0, processed: 0 }),
    });
    render(<AdoptionSection siteUrl={null} />);

    await user.click(screen.getByTestId('adoption-start'));
    expect(adoptIssues).not.toHaveBeenCalled();
    await user.click(await screen.findByTestId('adoption-confirm-confirm'));
    expect(adoptIssues).toHaveBeenCalledWith({
      label: 'PeopleForce',
      propertyKey: 'pf_sync_metadata',
      dryRun: false,
    });
    expect(await screen.findByTestId('adoption-progress')).toHaveTextContent(
      'Searching Jira and reading PeopleForce',
    );
    expect(
      await screen.findByText('100 of 200 issues linked and marked', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('adoption-outcome', {}, { timeout: 3000 })).toHaveTextContent(
      'Adoption finished',
    );
  });
});
