/**
 * Every storage key the app uses, in one place. Keys are few and coarse on purpose: a no-change poll of 10,000
 * tasks must read a handful of keys, not one per task (see README "What is stored where").
 */
export const storageKeys = {
  config: 'config',
  apiKeySecret: 'peopleforce-api-key',
  apiKeyHint: 'peopleforce-api-key-hint',
  runLock: 'lock:sync-run',
  cursor: 'cursor:poll',
  sweepCursor: 'cursor:sweep',
  runHistory: 'history:runs',
  progress: 'progress:current',
  adoptionReport: 'adoption:report',
  failures: 'failures',
  unmatchedUsers: 'unmatched-users',
  userCache: 'cache:users',
  transitionCache: 'cache:transitions',
  linkMeta: 'links:meta',
  linkShard: (shard: number) => `links:shard:${shard}`,
  trailShard: (shard: number) => `trail:shard:${shard}`,
  listingCheckpoint: 'checkpoint:listing',
  listingCheckpointIds: (chunk: number) => `checkpoint:listing:ids:${chunk}`,
  createIntentPrefix: 'intent:create:',
  createIntent: (id: string) => `intent:create:${id}`,
  alertSettings: 'alerts:settings',
  alertState: 'alerts:state',
  alertSecret: (channel: 'slack' | 'telegram') => `alerts-${channel}-secret`,
  alertSecretHint: (channel: 'slack' | 'telegram') => `alerts-${channel}-secret-hint`,
} as const;
