import type { LogLevel } from './ports';
import { createForgeLog } from './forge-log';

/** The log adapter: one JSON line per call, credentials never printed, long strings cut. */
function capture() {
  const lines: { level: LogLevel; line: Record<string, unknown> }[] = [];
  const log = createForgeLog({
    minLevel: 'debug',
    sink: (level, line) => lines.push({ level, line: JSON.parse(line) as Record<string, unknown> }),
    now: () => new Date('2026-04-01T12:00:00Z'),
  });
  return { log, lines };
}

it('writes level, event, time and the fields as one JSON line', () => {
  const { log, lines } = capture();
  log.log('info', 'sync.run.finished', { created: 3, runId: 'r-1' });
  expect(lines).toEqual([
    {
      level: 'info',
      line: {
        level: 'info',
        event: 'sync.run.finished',
        time: '2026-04-01T12:00:00.000Z',
        created: 3,
        runId: 'r-1',
      },
    },
  ]);
});

it('redacts fields named like credentials, at any depth, whatever their case', () => {
  const { log, lines } = capture();
  log.log('warn', 'peopleforce.request', {
    apiKey: 'pf-live-1',
    request: { headers: { Authorization: 'Basic abc', 'X-Api-Key': 'k' }, accessToken: 't' },
    attempts: [{ password: 'p' }],
    status: 401,
  });
  expect(lines[0]?.line).toMatchObject({
    apiKey: '[redacted]',
    request: {
      headers: { Authorization: '[redacted]', 'X-Api-Key': '[redacted]' },
      accessToken: '[redacted]',
    },
    attempts: [{ password: '[redacted]' }],
    status: 401,
  });
  expect(JSON.stringify(lines)).not.toMatch(/pf-live-1|Basic abc/);
});

it('cuts long strings and keeps error names and messages', () => {
  const { log, lines } = capture();
  log.log('error', 'jira.failed', { body: 'x'.repeat(2000), error: new TypeError('boom') });
  expect(lines[0]?.line.body).toBe(`${'x'.repeat(500)}… (1500 more chars)`);
  expect(lines[0]?.line.error).toEqual({ name: 'TypeError', message: 'boom' });
});

it('never lets a field overwrite the level, event or time', () => {
  const { log, lines } = capture();
  log.log('debug', 'real.event', { level: 'error', event: 'fake', time: 'then' });
  expect(lines[0]?.line).toEqual({ level: 'debug', event: 'real.event', time: '2026-04-01T12:00:00.000Z' });
});

it('writes warnings and errors to console.warn and console.error, the rest to console.log', () => {
  const spies = {
    log: jest.spyOn(console, 'log').mockImplementation(() => undefined),
    warn: jest.spyOn(console, 'warn').mockImplementation(() => undefined),
    error: jest.spyOn(console, 'error').mockImplementation(() => undefined),
  };
  const log = createForgeLog({ minLevel: 'debug' });
  log.log('debug', 'a');
  log.log('info', 'b');
  log.log('warn', 'c');
  log.log('error', 'd');
  expect(spies.log).toHaveBeenCalledTimes(2);
  expect(spies.warn).toHaveBeenCalledTimes(1);
  expect(spies.error).toHaveBeenCalledTimes(1);
  expect(JSON.parse(spies.error.mock.calls[0]?.[0] as string)).toMatchObject({ level: 'error', event: 'd' });
  for (const spy of Object.values(spies)) spy.mockRestore();
});

it('drops request-level debug lines unless LOG_LEVEL asks for them', () => {
  const lines: string[] = [];
  const sink = (_level: string, line: string) => lines.push(line);
  const previous = process.env.LOG_LEVEL;
  try {
    delete process.env.LOG_LEVEL;
    createForgeLog({ sink }).log('debug', 'jira.request');
    process.env.LOG_LEVEL = 'debug';
    createForgeLog({ sink }).log('debug', 'jira.request');
  } finally {
    if (previous === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = previous;
  }
  expect(lines).toHaveLength(1);
});
