import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { invoke } from '@forge/bridge';
import { defaultConfig, type Config } from '../../../src/config/schema';
import { App } from './App';
import { hrRule, metadataFor } from './test-support/jira-fixtures';
import { alertsOverview } from './test-support/alert-fixtures';

jest.mock('@forge/bridge', () => ({ invoke: jest.fn(), view: { getContext: jest.fn() } }));
const invokeMock = jest.mocked(invoke);

const savedConfig: Config = {
  ...defaultConfig(),
  rules: [
    {
      ...hrRule('rule-1', 'Onboarding to HR', [
        { fieldId: 'customfield_10050', source: { kind: 'static', value: 'Finance' } },
      ]),
      conditions: [{ field: 'title', operator: 'equals', values: ['Laptop'], caseSensitive: false }],
    },
  ],
};

const context = {
  moduleKey: 'peopleforce-sync-admin',
  siteUrl: 'https://example.atlassian.net',
  accountId: 'a',
  colorMode: 'light',
} as const;

const reachable = { ok: true, reason: 'ok', message: '' } as const;
const statusData = {
  enabled: true,
  apiKey: { set: true, last4: 'abcd' },
  lastRun: null,
  lastSuccessfulRunAt: null,
  nextScheduledRunAt: null,
  progress: null,
  errorCount: 0,
};

/** Answers every resolver key as the backend would, wrapped in the `{ ok, data }` envelope. */
function backend(saveAnswer: (config: unknown) => unknown) {
  invokeMock.mockImplementation((key: string, payload?: Record<string, unknown>) => {
    const answers: Record<string, () => unknown> = {
      getConfig: () => ({ ok: true, data: { config: savedConfig, apiKey: { set: true, last4: 'abcd' } } }),
      getJiraMetadata: () => ({ ok: true, data: metadataFor(payload ?? {}) }),
      saveConfig: () => saveAnswer(payload?.config),
      getStatus: () => ({ ok: true, data: statusData }),
      testConnection: () => ({ ok: true, data: { peopleforce: reachable, jira: reachable } }),
      getAdoption: () => ({ ok: true, data: { report: null, unadopted: null } }),
      getAlerts: () => ({ ok: true, data: alertsOverview() }),
    };
    const answer = answers[key];
    return answer === undefined ? Promise.reject(new Error(`unexpected ${key}`)) : Promise.resolve(answer());
  });
}

async function openRulesAndRename(user: ReturnType<typeof userEvent.setup>, name: string) {
  render(<App context={context} />);
  await user.click(await screen.findByTestId('tab-rules'));
  const nameField = await screen.findByLabelText('Rule name');
  await user.clear(nameField);
  await user.paste(name);
}

beforeEach(() => {
  invokeMock.mockReset();
});

describe('App saving the configuration', () => {
  test('problems from a rejected save appear next to the mapping and the condition they concern', async () => {
    const user = userEvent.setup();
    backend(() => ({
      ok: false,
      error: {
        code: 'invalid_config',
        message: 'The configuration has 2 problems.',
        problems: [
          {
            path: 'rules.0.action.fieldMappings.customfield_10050',
            message: '"Finance" is not an option of Department',
          },
          { path: 'rules.0.conditions.0.values', message: 'no task has ever had this title' },
        ],
      },
    }));
    await openRulesAndRename(user, 'Laptops to HR');

    expect(screen.getByTestId('unsaved-indicator')).toBeInTheDocument();
    await user.click(screen.getByTestId('save-config'));

    const mapping = await screen.findByTestId('mapping-customfield_10050');
    expect(within(mapping).getByText('"Finance" is not an option of Department')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('condition-0')).getByText('no task has ever had this title'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('save-problems')).toHaveTextContent('The configuration has 2 problems.');
    expect(within(screen.getByTestId('rule-item-0')).getByText('Problems')).toBeInTheDocument();
    expect(screen.getByTestId('unsaved-indicator')).toBeInTheDocument();
  });

  test('a save the backend accepts sends the edited draft and clears the unsaved indicator', async () => {
    const user = userEvent.setup();
    backend((config) => ({ ok: true, data: { config } }));
    await openRulesAndRename(user, 'Laptops to HR');

    await user.click(screen.getByTestId('save-config'));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.queryByTestId('unsaved-indicator')).not.toBeInTheDocument();
    const saved = invokeMock.mock.calls.find(([key]) => key === 'saveConfig')?.[1] as { config: Config };
    expect(saved.config.rules[0]?.name).toBe('Laptops to HR');
  });

  test('a rejected setting is shown under its own field', async () => {
    const user = userEvent.setup();
    backend(() => ({
      ok: false,
      error: {
        code: 'invalid_config',
        message: 'The configuration has 1 problem.',
        problems: [{ path: 'createdAfter', message: 'use the form YYYY-MM-DD' }],
      },
    }));
    render(<App context={context} />);
    await user.click(await screen.findByTestId('tab-rules'));
    await user.click(screen.getByLabelText('Only tasks created on or after (YYYY-MM-DD)'));
    await user.paste('1 March');

    await user.click(screen.getByTestId('save-config'));

    expect(await screen.findByTestId('setting-created-after-problems')).toHaveTextContent(
      'use the form YYYY-MM-DD',
    );
    const sent = invokeMock.mock.calls.find(([key]) => key === 'saveConfig')?.[1] as { config: Config };
    expect(sent.config.createdAfter).toBe('1 March');
  });

  test('an answer that is not an envelope is reported as not understood, not shown as data', async () => {
    const user = userEvent.setup();
    backend(() => ({ saved: true }));
    await openRulesAndRename(user, 'Renamed');

    await user.click(screen.getByTestId('save-config'));

    expect(await screen.findByTestId('save-problems')).toHaveTextContent(
      'The saveConfig answer was not understood',
    );
  });
});

describe('App pausing from the Health tab', () => {
  test('the switch saves the stored configuration with only enabled changed, keeping unsaved edits as a draft', async () => {
    const user = userEvent.setup();
    backend((config) => ({ ok: true, data: { config } }));
    await openRulesAndRename(user, 'Not saved yet');

    await user.click(screen.getByTestId('tab-health'));
    await user.click(await screen.findByLabelText('Syncing is on (switch off to pause)'));

    expect(await screen.findByLabelText('Syncing is paused (switch on to resume)')).not.toBeChecked();
    const sent = invokeMock.mock.calls.find(([key]) => key === 'saveConfig')?.[1] as { config: Config };
    expect(sent.config.enabled).toBe(false);
    expect(sent.config.rules[0]?.name).toBe('Onboarding to HR');
    expect(screen.getByTestId('unsaved-indicator')).toBeInTheDocument();
    expect(await screen.findByTestId('alert-delivery-slack')).toHaveTextContent('Not set up');
  });
});
