import { defaultConfig, type Config } from '../../../../src/config/schema';
import { mappingFor, statusTargets, withStatusMapping } from './status-targets';

const sync = (id: string, projectKey: string, issueTypeId: string) => ({
  id,
  name: id,
  enabled: true,
  conditions: [],
  action: { type: 'sync' as const, projectKey, issueTypeId, fieldMappings: [] },
});

describe('status targets', () => {
  test('each target used by a sync rule appears once; drops and unfinished targets do not', () => {
    const config: Config = {
      ...defaultConfig(),
      rules: [
        sync('a', 'HR', '10001'),
        sync('b', 'IT', '10003'),
        sync('c', 'HR', '10001'),
        sync('d', 'HR', ''),
        { id: 'e', name: 'e', enabled: true, conditions: [], action: { type: 'drop' } },
      ],
    };
    expect(statusTargets(config)).toEqual([
      { projectKey: 'HR', issueTypeId: '10001' },
      { projectKey: 'IT', issueTypeId: '10003' },
    ]);
  });

  test('setting a status stores a mapping; returning both to Automatic removes it', () => {
    const target = { projectKey: 'HR', issueTypeId: '10001' };
    const initial = defaultConfig().status;
    const withDone = withStatusMapping(initial, target, { doneStatus: '10001' });
    expect(withDone.mappings).toEqual([{ ...target, doneStatus: '10001', reopenStatus: null }]);
    expect(mappingFor(withDone, target).doneStatus).toBe('10001');
    expect(withStatusMapping(withDone, target, { doneStatus: null }).mappings).toEqual([]);
    expect(mappingFor(initial, target)).toEqual({ ...target, doneStatus: null, reopenStatus: null });
  });
});
