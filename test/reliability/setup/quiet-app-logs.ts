// Reliability suites crash and starve the app on purpose, so its error lines (one JSON object each) are expected
// by the hundred; the suites judge the outcome from stored state and the remotes, not from these lines.
for (const method of ['error', 'warn'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('{"level":')) return;
    original(...args);
  };
}
