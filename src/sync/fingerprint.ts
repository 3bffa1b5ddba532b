import { createHash } from 'node:crypto';

/**
 * Fingerprints of the source projection: the values a rule's mappings render from a task (before any Jira
 * conversion). Per-field hashes let an edit send only the fields that changed; `updated_at` or any field no
 * mapping reads never changes them, so it never causes a write.
 */
export type SourceValues = Record<string, string | null>;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 10);
}

export function fieldHashes(sources: SourceValues): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const fieldId of Object.keys(sources).sort()) {
    hashes[fieldId] = shortHash(`${fieldId}\u0000${JSON.stringify(sources[fieldId] ?? null)}`);
  }
  return hashes;
}

export function projectionFingerprint(target: string, hashes: Record<string, string>): string {
  const parts = Object.keys(hashes)
    .sort()
    .map((fieldId) => `${fieldId}=${hashes[fieldId] ?? ''}`);
  return shortHash(`${target}\u0000${parts.join('\u0000')}`);
}

/** Fields whose hash differs from what the issue was last given (new fields included, removed ones not). */
export function changedFields(previous: Record<string, string>, next: Record<string, string>): string[] {
  return Object.keys(next)
    .filter((fieldId) => previous[fieldId] !== next[fieldId])
    .sort();
}
