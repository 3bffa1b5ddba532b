import { EgressPolicy } from './egress-policy';

const allowList = ['https://app.peopleforce.io', '*.hr-partner.test', 'http://legacy.example.org'];

describe('EgressPolicy', () => {
  it('refuses hosts the allow-list does not cover', () => {
    const policy = new EgressPolicy(allowList, {});
    expect(policy.decide(new URL('https://peopleforce.io/'))).toEqual({
      kind: 'refused',
      host: 'peopleforce.io',
    });
    expect(policy.decide(new URL('https://hr-partner.test/')).kind).toBe('refused');
    expect(policy.decide(new URL('https://legacy.example.org/')).kind).toBe('refused');
  });

  it('passes an allowed URL through unchanged when no route is configured', () => {
    const decision = new EgressPolicy(allowList, {}).decide(new URL('https://a.b.hr-partner.test/x?y=1'));
    expect(decision).toMatchObject({ kind: 'allowed', routed: false, host: 'a.b.hr-partner.test' });
    expect(decision.kind === 'allowed' && decision.target.href).toBe('https://a.b.hr-partner.test/x?y=1');
  });

  it('routes by origin or by host name, keeping path and query under the base path', () => {
    const policy = new EgressPolicy(allowList, {
      'https://app.peopleforce.io': 'http://127.0.0.1:4010/pf/',
      'api.hr-partner.test': 'http://127.0.0.1:4020',
    });
    const toPeopleforce = policy.decide(new URL('https://app.peopleforce.io/api/public/v3/tasks?page=3'));
    expect(toPeopleforce.kind === 'allowed' && toPeopleforce.target.href).toBe(
      'http://127.0.0.1:4010/pf/api/public/v3/tasks?page=3',
    );
    const toPartner = policy.decide(new URL('https://api.hr-partner.test/people'));
    expect(toPartner.kind === 'allowed' && toPartner.target.href).toBe('http://127.0.0.1:4020/people');
  });
});
