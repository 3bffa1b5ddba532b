import { captureAppLogs } from './app-log-capture';

describe('captureAppLogs', () => {
  const line = (level: string) => JSON.stringify({ level, event: 'sync.thing', time: 'now' });

  function captured(verbose: boolean, log: () => void) {
    const written: string[] = [];
    const capture = captureAppLogs({ verbose, write: (text) => written.push(text) });
    try {
      log();
    } finally {
      capture.restore();
    }
    return { written, summary: capture.summary() };
  }

  it('shows the app’s warnings and errors and counts the rest', () => {
    const { written, summary } = captured(false, () => {
      console.log(line('info'));
      console.log(line('debug'));
      console.warn(line('warn'));
      console.error(line('error'));
      console.warn({ msg: 'a library notice' });
    });
    expect(written).toEqual([line('warn'), line('error')]);
    expect(summary).toEqual({ shown: 2, hiddenAppLines: 2, hiddenOther: 1, warnings: 1, errors: 1 });
  });

  it('shows everything with verbose', () => {
    const { written } = captured(true, () => {
      console.info(line('info'));
      console.log('plain text');
    });
    expect(written).toEqual([line('info'), 'plain text']);
  });

  it('gives the console back', () => {
    const before = console.log;
    captureAppLogs({ verbose: false, write: () => undefined }).restore();
    expect(console.log).toBe(before);
  });
});
