import { z } from 'zod';
import { ADMIN_FUNCTION } from '../../app/local-app';
import { adminKeys, envelopeSchema, type AdminErrorCode } from '../../../src/config/admin-api';
import { openCliApp } from '../cli-app';
import { EXIT_CODES, UsageError, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { formatAction, formatRunLine } from '../format/run-line';
import { confirmWrites } from '../confirm-writes';
import { readJsonFile } from '../json-file';
import { ActivityWatcher } from '../state/activity-watcher';

/**
 * `invoke KEY [JSON|FILE]`: calls one admin resolver function as a Jira administrator, exactly as the admin
 * page's `invoke(key, payload)` would, and prints its JSON answer on stdout. Queue work it starts (`syncNow`,
 * `retryErrors`) then runs too, reported on stderr so that stdout stays one JSON document.
 */
const EnvelopeSchema = envelopeSchema(z.unknown());
const USAGE_CODES: ReadonlySet<AdminErrorCode> = new Set(['invalid_payload', 'invalid_config']);
/** The operations that start a sync, and so write to Jira. */
const JIRA_WRITING_KEYS: ReadonlySet<string> = new Set(['syncNow', 'retryErrors', 'adoptIssues']);

export interface InvokeOptions {
  key: string;
  payload: string | null;
  yes: boolean;
}

export async function invokeCommand(ctx: CommandContext, options: InvokeOptions): Promise<ExitCode> {
  const { key } = options;
  if (!(adminKeys as readonly string[]).includes(key)) {
    throw new UsageError(`"${key}" is not an admin function.`, [
      `The admin functions: ${adminKeys.join(', ')}`,
    ]);
  }
  const payload = await readPayload(options.payload);
  if (JIRA_WRITING_KEYS.has(key)) await confirmWrites(ctx, 'jira', options.yes);
  const cli = await openCliApp(ctx, { kvDir: ctx.env.stateDir, claimStateDir: true });
  try {
    const { app } = cli;
    const watcher = await ActivityWatcher.start(app.host);
    const result = await app.host.invokeResolver(ADMIN_FUNCTION, key, payload, {
      accountId: cli.adminAccountId,
    });
    ctx.out.line(JSON.stringify(result, null, 2));
    await app.drainQueue();
    const activity = await watcher.next();
    for (const run of activity.runs) ctx.out.note(formatRunLine(run));
    for (const action of activity.actions) ctx.out.note(formatAction(action));
    const envelope = EnvelopeSchema.safeParse(result);
    if (!envelope.success) return EXIT_CODES.runFailures;
    if (envelope.data.ok) return EXIT_CODES.done;
    return USAGE_CODES.has(envelope.data.error.code) ? EXIT_CODES.usage : EXIT_CODES.runFailures;
  } finally {
    await cli.close();
  }
}

/** Inline JSON (`'{"limit":5}'`), or the path of a JSON file; nothing means an empty payload. */
async function readPayload(arg: string | null): Promise<unknown> {
  if (arg === null) return {};
  try {
    return JSON.parse(arg) as unknown;
  } catch (error) {
    if (/^\s*[[{"]/.test(arg)) {
      throw new UsageError(`The payload is not JSON: ${(error as Error).message}.`);
    }
    return readJsonFile(arg, 'payload');
  }
}
