import { currentInvocation, installForgeGlobals } from './forge-globals';

/** The globals themselves (jest's setup file has already installed them for this test file). */
describe('installForgeGlobals', () => {
  it('is idempotent: a second call keeps the installed functions', () => {
    const { __forge_fetch__: forgeFetch, fetch: egressFetch, __forge_runtime__: runtime } = globalThis;
    installForgeGlobals();
    expect(globalThis.__forge_fetch__).toBe(forgeFetch);
    expect(globalThis.fetch).toBe(egressFetch);
    expect(globalThis.__forge_runtime__).toBe(runtime);
  });

  it('puts the host check in front of the global fetch', async () => {
    await expect(fetch('https://app.peopleforce.io/api/public/v3/tasks')).rejects.toThrow(
      /No local Forge host is active, so fetch\(https:\/\/app\.peopleforce\.io\) cannot be answered/,
    );
  });

  it('answers platform calls without an active host with a clear error', async () => {
    await expect(
      globalThis.__forge_fetch__!({ type: 'kvs' }, '/api/v1/get', { method: 'POST' }),
    ).rejects.toThrow(
      /No local Forge host is active, so the platform call \{"type":"kvs"\} \/api\/v1\/get cannot be answered/,
    );
  });

  it('reports no invocation outside one', () => {
    expect(currentInvocation()).toBeUndefined();
  });
});
