/**
 * Peak V8 heap while a piece of work runs, sampled every few milliseconds. The bench runs the simulators in the
 * same process, so the figure is an upper bound of what the app itself holds.
 */
const SAMPLE_EVERY_MS = 25;

export async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ result: T; peakHeapMiB: number }> {
  collectGarbage();
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, SAMPLE_EVERY_MS);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, peakHeapMiB: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/** With `--expose-gc` the baseline starts from live objects only; without it the peak is merely less tight. */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
