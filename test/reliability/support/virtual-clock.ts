/**
 * A virtual wall clock for reliability scenarios that span minutes (a lease of 6 minutes, a 10-minute outage):
 * only `Date` is faked, and it keeps moving with real time; `advance` jumps it forward. Timers stay real, so
 * HTTP, the simulators and the host's invocation deadlines behave exactly as in every other test. The app's
 * clock, the KVS TTLs, the simulators' timestamps and Jira's relative JQL dates all read this `Date`.
 *
 * Install it before the app starts (the host reads `Date.now` when it is built).
 */
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

export function installVirtualClock(): void {
  jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], advanceTimers: true, now: Date.now() });
}

export function uninstallVirtualClock(): void {
  jest.useRealTimers();
}

/** Moves the wall clock `ms` forward at once. */
export function advanceClock(ms: number): void {
  jest.setSystemTime(Date.now() + ms);
}
