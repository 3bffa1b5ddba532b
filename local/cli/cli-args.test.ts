import { parseCommandLine } from './cli-args';
import { UsageError } from './cli-errors';

describe('parseCommandLine', () => {
  it.each([
    [['sync'], { name: 'sync', configFile: null, dryRun: false, yes: false }],
    [
      ['sync', '--config', 'c.json', '--dry-run'],
      { name: 'sync', configFile: 'c.json', dryRun: true, yes: false },
    ],
    [['sync', '-y'], { name: 'sync', configFile: null, dryRun: false, yes: true }],
    [['event', 'e.json'], { name: 'event', file: 'e.json', yes: false }],
    [['sweep', '--yes'], { name: 'sweep', yes: true }],
    [['invoke', 'getStatus'], { name: 'invoke', key: 'getStatus', payload: null, yes: false }],
    [
      ['invoke', 'getHistory', '{"limit":2}'],
      { name: 'invoke', key: 'getHistory', payload: '{"limit":2}', yes: false },
    ],
    [['serve'], { name: 'serve', intervalSeconds: 20, port: 0, yes: false }],
    [
      ['serve', '--interval', '5', '--port', '8080'],
      { name: 'serve', intervalSeconds: 5, port: 8080, yes: false },
    ],
    [['status', '--runs', '3', '--json'], { name: 'status', runs: 3, json: true }],
    [['trail', 'HR-3'], { name: 'trail', target: 'HR-3', json: false }],
    [[], { name: 'help' }],
    [['sync', '--help'], { name: 'help' }],
  ])('reads %j', (argv, command) => {
    expect(parseCommandLine(argv).command).toEqual(command);
  });

  it('takes --verbose with any command', () => {
    expect(parseCommandLine(['status', '-v'])).toEqual({
      command: { name: 'status', runs: 10, json: false },
      verbose: true,
    });
  });

  it.each([
    [['synch'], 'Unknown command "synch"'],
    [['status', '--dry-run'], 'status does not take --dry-run'],
    [['sync', '--interval', '3'], 'sync does not take --interval'],
    [['event'], 'Usage: npm run cli -- event FILE'],
    [['sweep', 'extra'], 'Usage: npm run cli -- sweep'],
    [['invoke', 'a', 'b', 'c'], 'Usage: npm run cli -- invoke KEY [JSON|FILE]'],
    [['serve', '--interval', '0'], '--interval takes a whole number from 1'],
    [['serve', '--port', '70000'], '--port takes a whole number from 0 to 65535'],
    [['status', '--runs', '2.5'], '--runs takes a whole number'],
    [['sync', '--colour'], "Unknown option '--colour'"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
