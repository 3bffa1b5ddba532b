import { ConfigurationError } from './cli-errors';
import { isLocalUrl, readEnvironment, secretsOf } from './environment';

describe('readEnvironment', () => {
  it('means the embedded simulators and memory storage when nothing is set (blank counts as unset)', () => {
    expect(readEnvironment({ JIRA_URL: '  ' }, '/work')).toEqual({
      peopleforce: null,
      jira: null,
      simulatorApiKey: null,
      stateDir: null,
      ignored: [],
    });
  });

  it('reads both systems, keeps only the PeopleForce origin and resolves the state folder', () => {
    const env = readEnvironment(
      {
        PEOPLEFORCE_URL: 'http://127.0.0.1:4000/api/public/v3',
        PEOPLEFORCE_API_KEY: 'pf-key-123',
        JIRA_URL: 'https://acme.atlassian.net/',
        JIRA_EMAIL: 'me@acme.test',
        JIRA_API_TOKEN: 'token-abc',
        LOCAL_STATE_DIR: '.local-state',
      },
      '/work',
    );
    expect(env.peopleforce).toEqual({ url: 'http://127.0.0.1:4000', apiKey: 'pf-key-123' });
    expect(env.jira).toEqual({
      url: 'https://acme.atlassian.net',
      email: 'me@acme.test',
      apiToken: 'token-abc',
    });
    expect(env.stateDir).toBe('/work/.local-state');
  });

  it('gives the API key to the embedded PeopleForce simulator when no PEOPLEFORCE_URL is set', () => {
    expect(readEnvironment({ PEOPLEFORCE_API_KEY: 'pf-key-123' }, '/').simulatorApiKey).toBe('pf-key-123');
  });

  it('notes Jira credentials that have no JIRA_URL to go to', () => {
    expect(readEnvironment({ JIRA_EMAIL: 'a@b.c', JIRA_API_TOKEN: 't' }, '/').ignored).toEqual([
      'JIRA_EMAIL',
      'JIRA_API_TOKEN',
    ]);
  });

  it.each([
    [{ JIRA_URL: 'acme.atlassian.net' }, 'JIRA_URL'],
    [{ PEOPLEFORCE_URL: 'ftp://example.com' }, 'PEOPLEFORCE_URL'],
    [
      { JIRA_URL: 'https://acme.atlassian.net', JIRA_EMAIL: 'me@acme.test' },
      'JIRA_EMAIL and JIRA_API_TOKEN together',
    ],
  ])('refuses %j', (vars, message) => {
    expect(() => readEnvironment(vars, '/')).toThrow(ConfigurationError);
    try {
      readEnvironment(vars, '/');
    } catch (error) {
      const { message: text, details } = error as ConfigurationError;
      expect([text, ...details].join('\n')).toContain(message);
    }
  });
});

describe('isLocalUrl', () => {
  it.each([
    ['http://127.0.0.1:8080', true],
    ['http://localhost:3000', true],
    ['http://[::1]:3000', true],
    ['https://acme.atlassian.net', false],
    ['http://10.0.0.5', false],
  ])('%s → %s', (url, local) => {
    expect(isLocalUrl(url)).toBe(local);
  });
});

describe('secretsOf', () => {
  it('lists the API key, the token and the basic-auth value built from it', () => {
    const env = readEnvironment(
      {
        PEOPLEFORCE_URL: 'https://app.peopleforce.io',
        PEOPLEFORCE_API_KEY: 'pf-key',
        JIRA_URL: 'https://a.atlassian.net',
        JIRA_EMAIL: 'me@a.test',
        JIRA_API_TOKEN: 'tok',
      },
      '/',
    );
    expect(secretsOf(env)).toEqual(['pf-key', 'tok', Buffer.from('me@a.test:tok').toString('base64')]);
  });
});
