import { invoke } from '@forge/bridge';
import { AdminApiError } from './admin-api-error';
import * as api from './admin-api';

jest.mock('@forge/bridge', () => ({ invoke: jest.fn() }));
const invokeMock = jest.mocked(invoke);

async function rejection(promise: Promise<unknown>): Promise<AdminApiError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AdminApiError)) throw new Error(`expected an AdminApiError, got ${String(error)}`);
  return error;
}

beforeEach(() => {
  invokeMock.mockReset();
});

describe('admin API client', () => {
  test('an ok envelope yields its data, parsed with the shared schema (defaults filled in)', async () => {
    invokeMock.mockResolvedValue({
      ok: true,
      data: {
        runs: [
          {
            runId: 'r1',
            trigger: 'manual',
            startedAt: '2026-03-01T10:00:00Z',
            finishedAt: null,
            outcome: 'success',
            counts: { created: 2 },
            durationMs: 10,
            extraFieldFromANewerBackend: true,
          },
        ],
      },
    });

    const history = await api.getHistory();

    expect(invokeMock).toHaveBeenCalledWith('getHistory', { limit: 30 });
    expect(history.runs[0]?.counts).toEqual({
      seen: 0,
      created: 2,
      updated: 0,
      transitioned: 0,
      unchanged: 0,
      dropped: 0,
      failed: 0,
      returned: 0,
    });
    expect(history.runs[0]?.message).toBeNull();
  });

  test.each([
    ['busy', true],
    ['jira_error', true],
    ['invalid_config', false],
    ['not_admin', false],
  ] as const)(
    'an error envelope with code %s becomes an AdminApiError (retryable: %s)',
    async (code, retryable) => {
      invokeMock.mockResolvedValue({
        ok: false,
        error: {
          code,
          message: 'refused',
          problems: [{ path: 'rules.0.name', message: 'a rule needs a name' }],
        },
      });

      const error = await rejection(api.saveConfig({}));

      expect(error).toMatchObject({ key: 'saveConfig', code, message: 'refused', retryable });
      expect(error.problems).toEqual([{ path: 'rules.0.name', message: 'a rule needs a name' }]);
    },
  );

  test('a payload the shared schema refuses is never sent', async () => {
    const error = await rejection(api.setApiKey('short'));

    expect(error.code).toBe('invalid_payload');
    expect(error.problems).toEqual([{ path: 'apiKey', message: 'the API key looks too short' }]);
    expect(invokeMock).not.toHaveBeenCalled();
  });

  test('a failing bridge call names the key and the reason', async () => {
    invokeMock.mockRejectedValue(new Error('resolver timed out'));

    const error = await rejection(api.getStatus());

    expect(error).toMatchObject({
      code: 'internal',
      message: 'The getStatus call failed: resolver timed out',
    });
  });

  test('a data shape the page does not know is refused with the paths that differ', async () => {
    invokeMock.mockResolvedValue({ ok: true, data: { retried: 'two' } });

    const error = await rejection(api.retryErrors('all'));

    expect(invokeMock).toHaveBeenCalledWith('retryErrors', { taskIds: 'all' });
    expect(error.message).toContain('The retryErrors answer was not understood');
    expect(error.message).toContain('data.retried');
  });

  test('previewSync sends the unsaved config only when one is given', async () => {
    const preview = {
      totals: {},
      rules: [],
      unmatchedUsers: [],
      problems: [],
    };
    invokeMock.mockResolvedValue({ ok: true, data: preview });

    await api.previewSync();
    await api.previewSync({ enabled: true });

    expect(invokeMock.mock.calls.map(([, payload]) => payload)).toEqual([{}, { config: { enabled: true } }]);
  });
});
