import {
  collectPages,
  rejectionOf,
  startClientHarness,
  type ClientHarness,
} from '../../test/fixtures/peopleforce/client-harness';
import { PeopleForceError } from './errors';

let harness: ClientHarness;
afterEach(async () => {
  await harness.close();
});

const listAll = () => collectPages(harness.client.listTaskPages(false));

describe('PeopleForceClient errors', () => {
  it('explains a rejected key (401) without retrying', async () => {
    harness = await startClientHarness({ client: { apiKey: () => Promise.resolve('wrong-key') } });
    const error = await rejectionOf(listAll());
    expect(error).toBeInstanceOf(PeopleForceError);
    expect(error).toMatchObject({
      code: 'unauthorized',
      status: 401,
      retryable: false,
      retryAfterSeconds: null,
    });
    expect((error as Error).message).toMatch(
      /^PeopleForce rejected the API key \(401 Bad Credentials\)\. Create a Company API key/,
    );
    expect(harness.sim.control.requestCount).toBe(1);
  });

  it('mentions key permissions and the IP allow-list on 403, with the server message', async () => {
    harness = await startClientHarness();
    harness.sim.control.forbidIp(true);
    const error = await rejectionOf(listAll());
    expect(error).toMatchObject({ code: 'forbidden', status: 403, retryable: false });
    expect((error as Error).message).toMatch(
      /lacks permission.*IP allow-list.*PeopleForce said: "Access denied/,
    );
  });

  it('names the task id on 404', async () => {
    harness = await startClientHarness();
    const error = await rejectionOf(harness.client.completeTask(123));
    expect(error).toMatchObject({ code: 'not_found', status: 404, request: 'PUT /tasks/123/complete' });
    expect((error as Error).message).toBe(
      'PeopleForce task 123 was not found (404); it may have been deleted in PeopleForce.',
    );
  });

  it('passes on the validation message of a 422', async () => {
    harness = await startClientHarness();
    const error = await rejectionOf(harness.client.createTask({ name: ' ', employeeId: 1 }));
    expect(error).toMatchObject({ code: 'validation', status: 422, retryable: false });
    expect((error as Error).message).toMatch(
      /rejected POST \/tasks \(422\)\. PeopleForce said: "Validation failed: Name can't be blank, Employee must exist"/,
    );
  });

  it('fails with missing_key before any request when no key is stored', async () => {
    for (const stored of [undefined, '', '   ']) {
      harness = await startClientHarness({ client: { apiKey: () => Promise.resolve(stored) } });
      const error = await rejectionOf(harness.client.completeTask(1));
      expect(error).toMatchObject({ code: 'missing_key', status: null, retryable: false });
      expect(harness.calls).toHaveLength(0);
      await harness.close();
    }
    harness = await startClientHarness();
  });

  it('refuses a task id that is not a positive integer without calling PeopleForce', async () => {
    harness = await startClientHarness();
    for (const id of [0, -1, 1.5, Number.NaN]) {
      expect(await rejectionOf(harness.client.incompleteTask(id))).toMatchObject({ code: 'validation' });
    }
    expect(harness.calls).toHaveLength(0);
  });

  it('never puts the key into errors or logs, even when the server echoes it', async () => {
    harness = await startClientHarness();
    const key = harness.sim.apiKey;
    harness.sim.control.failNext(1, {
      status: 403,
      body: { message: `key ${key} is not allowed from this IP` },
    });
    const error = await rejectionOf(listAll());
    expect((error as Error).message).toContain('key [redacted] is not allowed');
    expect(JSON.stringify({ message: (error as Error).message, ...(error as object) })).not.toContain(key);
    expect(JSON.stringify(harness.log.lines)).not.toContain(key);
    expect(harness.calls[0]?.headers['X-API-KEY']).toBe(key);
  });

  it('reads the key once and sends it on every request', async () => {
    let reads = 0;
    harness = await startClientHarness({
      client: {
        apiKey: () => {
          reads += 1;
          return Promise.resolve(harness.sim.apiKey);
        },
      },
    });
    await listAll();
    expect(harness.calls.length).toBeGreaterThan(1);
    expect(reads).toBe(1);
  });
});
