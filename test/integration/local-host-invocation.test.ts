import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import { setTimeout as sleep } from 'node:timers/promises';
import { InvocationCrashedError, InvocationTimeoutError } from '../../local/host/host-errors';
import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../fixtures/host-app/fixture-host';

/** How the host invokes handlers: deadlines, contexts, resolvers, product events and records. */
let host: LocalHost;

afterEach(async () => {
  await host.close();
});

interface ContextProbe {
  remainingMs: number;
  moduleKey: string;
  invocationId: string;
  appAri: string;
}

describe('deadlines', () => {
  it("reports the function's timeout scaled by deadlineScale as the remaining time", async () => {
    host = createFixtureHost({ deadlineScale: 0.01 });
    const probe = (await host.invoke('probe', { op: 'context' })) as ContextProbe;
    expect(probe.remainingMs).toBeLessThanOrEqual(250);
    expect(probe.remainingMs).toBeGreaterThan(150);
    const poll = await host.runAs('poll', () => getAppContext().invocationRemainingTimeInMillis());
    expect(poll).toBeLessThanOrEqual(3000);
    expect(poll).toBeGreaterThan(2700);
    const worker = await host.runAs('worker', () => getAppContext().invocationRemainingTimeInMillis());
    expect(worker).toBeLessThanOrEqual(550);
    expect(worker).toBeGreaterThan(400);
  });

  it('gives concurrent invocations their own deadline and module key', async () => {
    host = createFixtureHost({ deadlineScale: 0.01 });
    const [fromPoll, fromIssueTrigger] = await Promise.all([
      host.runAs('poll', async () => {
        await sleep(20);
        return {
          remaining: getAppContext().invocationRemainingTimeInMillis(),
          module: getAppContext().moduleKey,
        };
      }),
      host.runAs('on-issue-event', async () => {
        await sleep(20);
        return {
          remaining: getAppContext().invocationRemainingTimeInMillis(),
          module: getAppContext().moduleKey,
        };
      }),
    ]);
    expect(fromPoll.module).toBe('probe-poll');
    expect(fromPoll.remaining).toBeGreaterThan(2500);
    expect(fromIssueTrigger.module).toBe('issue-events');
    expect(fromIssueTrigger.remaining).toBeLessThan(250);
  });

  it('stops an invocation at its deadline and cuts the still-running handler off from the platform', async () => {
    host = createFixtureHost({ deadlineScale: 0.002 });
    await expect(host.invoke('probe', { op: 'sleepThenWrite', ms: 150 })).rejects.toBeInstanceOf(
      InvocationTimeoutError,
    );
    await sleep(200);
    expect(await host.kv.get('probe:after-sleep')).toBeUndefined();
    expect(host.invocations()).toEqual([
      expect.objectContaining({
        functionKey: 'probe',
        outcome: 'timeout',
        error: expect.stringContaining('50 ms') as unknown,
      }),
    ]);
  });
});

describe('injected crashes', () => {
  it('stops the invocation right after its k-th platform call: that call took effect, nothing after it does', async () => {
    host = createFixtureHost();
    host.crashAfterPlatformCalls(2);
    const writes = host.runAs('poll', async () => {
      await kvs.set('crash:first', 1);
      await kvs.set('crash:second', 2);
      await kvs.set('crash:third', 3);
    });
    await expect(writes).rejects.toBeInstanceOf(InvocationCrashedError);
    expect(await host.kv.get('crash:second')).toBe(2);
    expect(await host.kv.get('crash:third')).toBeUndefined();
    expect(host.crashState()).toMatchObject({ armed: false, fired: 1, stopped: ['poll'] });
    expect(host.invocations()).toEqual([
      expect.objectContaining({ functionKey: 'poll', outcome: 'crashed' }),
    ]);

    await host.runAs('poll', () => kvs.set('crash:next-invocation', true));
    expect(await host.kv.get('crash:next-invocation')).toBe(true);
  });
});

describe('module events', () => {
  it('passes the resolver request @forge/resolver expects, with the calling user', async () => {
    host = createFixtureHost();
    const result = await host.invokeResolver(
      'admin-resolver',
      'whoAmI',
      { tab: 'rules' },
      { accountId: 'admin-7' },
    );
    expect(result).toEqual({ accountId: 'admin-7', payload: { tab: 'rules' } });
    expect(host.invocations()[0]).toMatchObject({ functionKey: 'admin-resolver', moduleKey: 'probe-admin' });
  });

  it('delivers a product event with the (event, context) arguments', async () => {
    host = createFixtureHost();
    const event = { eventType: 'avi:jira:updated:issue', issue: { id: '10001', key: 'HR-1' } };
    await host.deliverProductEvent('issue-events', event);
    expect(await host.kv.get('issue-event:last')).toEqual({
      event,
      context: { installContext: 'ari:cloud:jira::site/local-cloud' },
    });
  });

  it('refuses a product event the trigger does not subscribe to', async () => {
    host = createFixtureHost();
    await expect(
      host.deliverProductEvent('issue-events', { eventType: 'avi:jira:deleted:issue' }),
    ).rejects.toThrow(/does not subscribe to avi:jira:deleted:issue/);
  });

  it('reports the app and invocation identity through getAppContext', async () => {
    host = createFixtureHost();
    const first = (await host.invoke('probe', { op: 'context' })) as ContextProbe;
    const second = (await host.invoke('probe', { op: 'context' })) as ContextProbe;
    expect(first.appAri).toBe('ari:cloud:ecosystem::app/11111111-2222-4333-8444-555555555555');
    expect(first.moduleKey).toBe('probe');
    expect(first.invocationId).not.toBe(second.invocationId);
    expect(host.counters.snapshot().invocations).toEqual({ probe: 2 });
  });
});

describe('configuration errors', () => {
  it('names the missing export and what the module does export', async () => {
    host = createFixtureHost();
    await expect(host.invoke('unexported', {})).rejects.toThrow(/no exported function "notExported".*poll/);
  });

  it('names the known functions when asked for an unknown one', async () => {
    host = createFixtureHost();
    await expect(host.invoke('nope', {})).rejects.toThrow(/no function "nope" \(functions: poll, worker/);
  });

  it('fails platform calls clearly once no host is active', async () => {
    host = createFixtureHost();
    await host.close();
    await expect(kvs.get('anything')).rejects.toThrow(/No local Forge host is active/);
    expect(() => getAppContext()).toThrow(/No local Forge host is active/);
  });

  it('says that getAppContext needs an invocation when called outside one', () => {
    host = createFixtureHost();
    expect(() => getAppContext()).toThrow(/only available inside a Forge invocation/);
  });
});
