import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as api from '../../api/admin-api';
import { AdminApiError } from '../../api/admin-api-error';
import type { ApiKeyStatus } from '../../hooks/use-config-draft';
import { ConnectionTab } from './ConnectionTab';

jest.mock('../../api/admin-api', () => ({ setApiKey: jest.fn(), testConnection: jest.fn() }));
const setApiKey = jest.mocked(api.setApiKey);
const testConnection = jest.mocked(api.testConnection);

function Harness({ initial }: { initial: ApiKeyStatus }) {
  const [status, setStatus] = useState(initial);
  return <ConnectionTab apiKey={status} onApiKeySaved={setStatus} />;
}

beforeEach(() => {
  setApiKey.mockReset();
  testConnection.mockReset();
});

describe('ConnectionTab', () => {
  test('a saved key is never shown again: the field empties and only its last four characters are named', async () => {
    const user = userEvent.setup();
    setApiKey.mockResolvedValue({ set: true, last4: 'wxyz' });
    render(<Harness initial={{ set: false, last4: null }} />);
    expect(screen.getByTestId('api-key-status')).toHaveTextContent('No API key saved yet.');

    const field = screen.getByLabelText('PeopleForce API key');
    expect(field).toHaveAttribute('type', 'password');
    await user.click(field);
    await user.paste('pf_live_1234567890wxyz');
    await user.click(screen.getByTestId('api-key-save'));

    expect(setApiKey).toHaveBeenCalledWith('pf_live_1234567890wxyz');
    expect(await screen.findByText('Key set, ending in ····wxyz')).toBeInTheDocument();
    expect(screen.getByLabelText('Replace the PeopleForce API key')).toHaveValue('');
    expect(document.body).not.toHaveTextContent('pf_live_1234567890wxyz');
  });

  test('a refused key keeps the field and says why', async () => {
    const user = userEvent.setup();
    setApiKey.mockRejectedValue(
      new AdminApiError('setApiKey', { code: 'invalid_payload', message: 'the API key looks too short' }),
    );
    render(<Harness initial={{ set: false, last4: null }} />);

    await user.click(screen.getByLabelText('PeopleForce API key'));
    await user.paste('short');
    await user.click(screen.getByTestId('api-key-save'));

    expect(await screen.findByTestId('api-key-problems')).toHaveTextContent('the API key looks too short');
    expect(screen.getByLabelText('PeopleForce API key')).toHaveValue('short');
  });

  test('the connection test explains each remote’s outcome in words', async () => {
    const user = userEvent.setup();
    testConnection.mockResolvedValue({
      peopleforce: { ok: false, reason: 'forbidden', message: 'GET /tasks answered 403' },
      jira: { ok: true, reason: 'ok', message: '' },
    });
    render(<Harness initial={{ set: true, last4: 'abcd' }} />);

    await user.click(screen.getByTestId('test-connection'));

    const peopleforce = await screen.findByTestId('connection-result-peopleforce');
    expect(peopleforce).toHaveTextContent('PeopleForce: access forbidden');
    expect(peopleforce).toHaveTextContent('IP allow-list');
    expect(peopleforce).toHaveTextContent('Detail: GET /tasks answered 403');
    expect(screen.getByTestId('connection-result-jira')).toHaveTextContent('Jira: connected');
  });
});
