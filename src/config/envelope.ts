import { z } from 'zod';

/**
 * The answer envelope every resolver of the app returns (admin page and issue panel), in a module of its own:
 * the issue panel's bundle imports it without evaluating every admin schema at load.
 */

export const adminErrorCodes = [
  'not_admin',
  'invalid_payload',
  'invalid_config',
  'paused',
  'busy',
  'peopleforce_error',
  'jira_error',
  'internal',
] as const;
export const AdminErrorCodeSchema = z.enum(adminErrorCodes);
export type AdminErrorCode = z.infer<typeof AdminErrorCodeSchema>;

export const ProblemSchema = z.object({ path: z.string(), message: z.string() });
export type Problem = z.infer<typeof ProblemSchema>;

export const AdminErrorSchema = z.object({
  code: AdminErrorCodeSchema,
  message: z.string(),
  problems: z.array(ProblemSchema).default([]),
});
export type AdminError = z.infer<typeof AdminErrorSchema>;

export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: AdminErrorSchema }),
  ]);
}
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AdminError };
