import { Queue } from '@forge/events';
import type { QueuePort } from './ports';

/** Forge delays an event by at most 900 seconds. */
const MAX_DELAY_SECONDS = 900;

/** The queue port over `@forge/events`: one queue, named by the consumer's `queue` key in manifest.yml. */
export function createForgeQueue(key: string): QueuePort {
  const queue = new Queue({ key });
  return {
    async push(body, delaySeconds) {
      // A longer wait than Forge allows becomes the longest one it does; the consumer re-checks the time anyway.
      const delay = delaySeconds === undefined ? {} : { delayInSeconds: clampDelay(delaySeconds) };
      await queue.push({ body, ...delay });
    },
  };
}

function clampDelay(seconds: number): number {
  return Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(seconds)));
}
