/**
 * Peak V8 heap while a piece of work runs. The simulators run in a child process and storage is on disk, so the
 * figures are the app's with the local host around it: an upper bound of one invocation's heap.
 *
 * - `peakHeapMiB`: `heapUsed` sampled every 25 ms. It counts garbage V8 has not yet collected, which V8 leaves
 *   lying while the heap has room, so it says more about V8's headroom than about what the app needs.
 * - `peakLiveHeapMiB`: `heapUsed` right after a full collection, forced every second (needs `--expose-gc`):
 *   what the app actually holds, the figure a memory limit is about. Null without `--expose-gc` (jest's quick
 *   run, which asserts counts only).
 */
const SAMPLE_EVERY_MS = 25;
const COLLECT_EVERY_MS = 1000;
const MIB = 1024 * 1024;

export interface HeapPeaks {
  peakHeapMiB: number;
  peakLiveHeapMiB: number | null;
}

export async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ result: T } & HeapPeaks> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  let peak = process.memoryUsage().heapUsed;
  let peakLive = peak;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, SAMPLE_EVERY_MS);
  const collector = gc
    ? setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        gc();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
      }, COLLECT_EVERY_MS)
    : undefined;
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const peakLiveHeapMiB = gc ? Math.round(peakLive / MIB) : null;
    return { result, peakHeapMiB: Math.round(peak / MIB), peakLiveHeapMiB };
  } finally {
    clearInterval(sampler);
    clearInterval(collector);
  }
}
