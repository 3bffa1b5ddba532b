import { changedFields, fieldHashes, projectionFingerprint } from './fingerprint';

describe('fingerprint', () => {
  const base = { summary: 'Prepare laptop', duedate: '2026-12-01', assignee: 'jane@example.com' };

  it('gives the same hashes whatever the key order', () => {
    const reordered = { assignee: 'jane@example.com', duedate: '2026-12-01', summary: 'Prepare laptop' };
    expect(fieldHashes(reordered)).toEqual(fieldHashes(base));
  });

  it('reports only the field whose value changed', () => {
    const next = fieldHashes({ ...base, duedate: '2026-12-02' });
    expect(changedFields(fieldHashes(base), next)).toEqual(['duedate']);
  });

  it('treats a newly mapped field as changed and ignores a field no longer mapped', () => {
    const previous = fieldHashes({ summary: 'A', labels: 'PeopleForce' });
    const next = fieldHashes({ summary: 'A', customfield_10050: 'IT' });
    expect(changedFields(previous, next)).toEqual(['customfield_10050']);
  });

  it('distinguishes null from an empty string', () => {
    expect(fieldHashes({ duedate: null })).not.toEqual(fieldHashes({ duedate: '' }));
  });

  it('changes the projection fingerprint when the target changes', () => {
    const hashes = fieldHashes(base);
    expect(projectionFingerprint('HR/10001', hashes)).not.toBe(projectionFingerprint('IT/10001', hashes));
  });
});
