import { z } from 'zod';
import { emptyResponse, jsonResponse } from '../http-responses';
import type { KvsItemOutcome, KvsSetPolicy, KvsStore } from './kvs-store';
import { KvsErrorCode, KvsFailure } from './kvs-failure';

/**
 * The storage service's HTTP face, as `@forge/kvs` 1.6.5 calls it through `__forge_fetch__({type:'kvs'})`: JSON
 * POSTs to `/api/v1/...` (see its out/storage-api.js). Errors answer `{code, message}` with Forge's status.
 */
const TTL_UNIT_SECONDS = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 } as const;

const TtlSchema = z.object({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
const SetOptionsSchema = z
  .object({
    ttl: TtlSchema.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
  })
  .optional();
const KeyRequestSchema = z.object({ key: z.string() });
const SetRequestSchema = z.object({ key: z.string(), value: z.unknown(), options: SetOptionsSchema });
const QueryRequestSchema = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z
    .array(z.object({ property: z.string(), condition: z.string(), values: z.array(z.unknown()) }))
    .optional(),
});
const BatchKeysSchema = z.array(z.object({ key: z.string(), entityName: z.string().optional() }));
const BatchSetSchema = z.array(
  z.object({
    key: z.string(),
    value: z.unknown(),
    entityName: z.string().optional(),
    options: z.object({ ttl: TtlSchema.optional() }).optional(),
  }),
);
const TransactionSchema = z.object({
  set: z
    .array(
      z.object({
        key: z.string(),
        value: z.unknown(),
        entityName: z.string().optional(),
        conditions: z.unknown().optional(),
        options: z.object({ ttl: TtlSchema.optional() }).optional(),
      }),
    )
    .optional(),
  delete: z
    .array(
      z.object({ key: z.string(), entityName: z.string().optional(), conditions: z.unknown().optional() }),
    )
    .optional(),
  check: z.array(z.unknown()).optional(),
});

type Route = (store: KvsStore, body: unknown) => Promise<Response>;

const routes: Record<string, Route> = {
  '/api/v1/get': (store, body) => getKey(store, 'kv', body),
  '/api/v1/set': (store, body) => setKey(store, 'kv', body),
  '/api/v1/delete': (store, body) => deleteKey(store, 'kv', body),
  '/api/v1/secret/get': (store, body) => getKey(store, 'secret', body),
  '/api/v1/secret/set': (store, body) => setKey(store, 'secret', body),
  '/api/v1/secret/delete': (store, body) => deleteKey(store, 'secret', body),
  '/api/v1/query': query,
  '/api/v1/batch/get': batchGet,
  '/api/v1/batch/set': batchSet,
  '/api/v1/batch/delete': batchDelete,
  '/api/v1/transaction': transact,
};

export async function answerKvsRequest(
  store: KvsStore,
  path: string,
  rawBody: string | undefined,
): Promise<Response> {
  try {
    if (path.startsWith('/api/v1/entity/')) {
      throw new KvsFailure(
        501,
        KvsErrorCode.notSupported,
        `The Custom Entity Store (${path}) is not supported by the local host; use plain kvs keys.`,
      );
    }
    const route = routes[path];
    if (route === undefined)
      throw new KvsFailure(404, KvsErrorCode.badRequest, `No KVS endpoint at ${path}.`);
    return await route(store, parseJson(rawBody));
  } catch (error) {
    if (error instanceof KvsFailure)
      return jsonResponse(error.status, { code: error.code, message: error.message });
    throw error;
  }
}

async function getKey(store: KvsStore, namespace: 'kv' | 'secret', body: unknown): Promise<Response> {
  const { key } = parse(KeyRequestSchema, body);
  const entry = await store.get(namespace, key);
  if (entry === undefined)
    throw new KvsFailure(404, KvsErrorCode.keyNotFound, `Key "${key}" does not exist.`);
  return jsonResponse(200, entry);
}

async function setKey(store: KvsStore, namespace: 'kv' | 'secret', body: unknown): Promise<Response> {
  const request = parse(SetRequestSchema, body);
  if (request.value === undefined) {
    throw new KvsFailure(
      400,
      KvsErrorCode.badRequest,
      `The set request for key "${request.key}" has no value.`,
    );
  }
  const policy: KvsSetPolicy = {
    ...ttlPolicy(request.options?.ttl),
    ...(request.options?.keyPolicy === undefined ? {} : { keyPolicy: request.options.keyPolicy }),
    ...(request.options?.returnValue === undefined ? {} : { returnValue: request.options.returnValue }),
  };
  const entry = await store.set(namespace, request.key, request.value, policy);
  return entry === undefined ? emptyResponse(204) : jsonResponse(200, entry);
}

async function deleteKey(store: KvsStore, namespace: 'kv' | 'secret', body: unknown): Promise<Response> {
  const { key } = parse(KeyRequestSchema, body);
  const existed = await store.delete(namespace, key);
  if (!existed) throw new KvsFailure(404, KvsErrorCode.keyNotFound, `Key "${key}" does not exist.`);
  return emptyResponse(204);
}

async function query(store: KvsStore, body: unknown): Promise<Response> {
  const request = parse(QueryRequestSchema, body);
  const page = await store.query({
    ...(request.limit === undefined ? {} : { limit: request.limit }),
    ...(request.after === undefined ? {} : { cursor: request.after }),
    ...prefixOf(request.where),
  });
  return jsonResponse(200, {
    data: page.entries,
    ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
  });
}

async function batchGet(store: KvsStore, body: unknown): Promise<Response> {
  const items = parse(BatchKeysSchema, body);
  const outcomes = await withEntityItemsRefused(items, () => store.batchGet(plainKeys(items)));
  return jsonResponse(
    200,
    batchResult(outcomes, (outcome) => outcome.result),
  );
}

async function batchSet(store: KvsStore, body: unknown): Promise<Response> {
  const items = parse(BatchSetSchema, body);
  const plain = items
    .filter((item) => item.entityName === undefined)
    .map((item) => ({ key: item.key, value: item.value, ...ttlPolicy(item.options?.ttl) }));
  const outcomes = await withEntityItemsRefused(items, () => store.batchSet(plain));
  return jsonResponse(
    200,
    batchResult(outcomes, (outcome) => ({ key: outcome.key })),
  );
}

async function batchDelete(store: KvsStore, body: unknown): Promise<Response> {
  const items = parse(BatchKeysSchema, body);
  const outcomes = await withEntityItemsRefused(items, () => store.batchDelete(plainKeys(items)));
  return jsonResponse(
    200,
    batchResult(outcomes, (outcome) => ({ key: outcome.key })),
  );
}

async function transact(store: KvsStore, body: unknown): Promise<Response> {
  const request = parse(TransactionSchema, body);
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const usesEntities =
    (request.check?.length ?? 0) > 0 ||
    [...sets, ...deletes].some((op) => op.entityName !== undefined || op.conditions !== undefined);
  if (usesEntities) {
    throw new KvsFailure(
      501,
      KvsErrorCode.notSupported,
      'Transactions on custom entities (entityName, conditions, check) are not supported by the local host.',
    );
  }
  await store.transact({
    sets: sets.map((set) => ({ key: set.key, value: set.value, ...ttlPolicy(set.options?.ttl) })),
    deletes: deletes.map((op) => op.key),
  });
  return emptyResponse(204);
}

/** Entity-store items fail one by one, as a batch does; the plain keys go to the store. */
async function withEntityItemsRefused<T>(
  items: readonly { key: string; entityName?: string | undefined }[],
  runPlain: () => Promise<KvsItemOutcome<T>[]>,
): Promise<KvsItemOutcome<T>[]> {
  const refused = items
    .filter((item) => item.entityName !== undefined)
    .map((item): KvsItemOutcome<T> => ({
      key: item.key,
      ok: false,
      failure: new KvsFailure(
        501,
        KvsErrorCode.notSupported,
        'Custom entities are not supported by the local host.',
      ),
    }));
  const plainCount = items.length - refused.length;
  return [...(plainCount > 0 ? await runPlain() : []), ...refused];
}

function batchResult<T>(
  outcomes: KvsItemOutcome<T>[],
  success: (outcome: { key: string; result: T }) => unknown,
) {
  return {
    successfulKeys: outcomes.filter((outcome) => outcome.ok).map(success),
    failedKeys: outcomes
      .filter((outcome) => !outcome.ok)
      .map((outcome) => ({
        key: outcome.key,
        error: { code: outcome.failure.code, message: outcome.failure.message },
      })),
  };
}

function plainKeys(items: readonly { key: string; entityName?: string | undefined }[]): string[] {
  return items.filter((item) => item.entityName === undefined).map((item) => item.key);
}

function prefixOf(where: z.infer<typeof QueryRequestSchema>['where']): { prefix?: string } {
  if (where === undefined || where.length === 0) return {};
  const [clause, ...others] = where;
  if (clause === undefined || others.length > 0) {
    throw new KvsFailure(
      400,
      KvsErrorCode.queryWhereInvalid,
      'KVS queries should contain only a single "where" clause.',
    );
  }
  if (clause.property !== 'key') {
    throw new KvsFailure(
      400,
      KvsErrorCode.queryWhereFieldInvalid,
      `KVS queries can filter on "key" only, not "${clause.property}".`,
    );
  }
  if (clause.condition !== 'BEGINS_WITH') {
    throw new KvsFailure(
      400,
      KvsErrorCode.invalidFilterCondition,
      `KVS queries support BEGINS_WITH only, not ${clause.condition}.`,
    );
  }
  const [prefix, ...extra] = clause.values;
  if ((typeof prefix !== 'string' && typeof prefix !== 'number') || extra.length > 0) {
    throw new KvsFailure(
      400,
      KvsErrorCode.invalidFilterValues,
      'BEGINS_WITH takes exactly one string or number.',
    );
  }
  return { prefix: String(prefix) };
}

function ttlPolicy(ttl: z.infer<typeof TtlSchema> | undefined): { ttlSeconds?: number } {
  if (ttl === undefined) return {};
  if (!Number.isInteger(ttl.value) || ttl.value <= 0) {
    throw new KvsFailure(
      400,
      KvsErrorCode.invalidTtl,
      `A TTL value must be a positive integer; got ${ttl.value}.`,
    );
  }
  return { ttlSeconds: ttl.value * TTL_UNIT_SECONDS[ttl.unit] };
}

function parseJson(rawBody: string | undefined): unknown {
  try {
    return JSON.parse(rawBody ?? '') as unknown;
  } catch {
    throw new KvsFailure(400, KvsErrorCode.badRequest, 'Provided request body is not JSON.');
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; ');
    throw new KvsFailure(400, KvsErrorCode.badRequest, `Provided request body is invalid: ${detail}`);
  }
  return parsed.data;
}
