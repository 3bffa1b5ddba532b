import { createNodeHttpPort } from '../../local/peopleforce-sim/node-http-port';
import type { HttpPort } from '../platform/ports';
import {
  collectPages,
  rejectionOf,
  smallCompany,
  startClientHarness,
  type ClientHarness,
} from '../../test/fixtures/peopleforce/client-harness';
import { FakeClock } from '../../test/fixtures/peopleforce/fake-clock';
import { PeopleForceClient } from './client';
import { PeopleForceError } from './errors';

const openIds = smallCompany.tasks
  .filter((task) => !task.completed)
  .map((task) => task.id)
  .sort((a, b) => b - a);
const completedIds = smallCompany.tasks
  .filter((task) => task.completed)
  .map((task) => task.id)
  .sort((a, b) => b - a);

/** Rewrites every JSON body on the wire, to play a server whose envelope differs from the simulator's. */
function rewriteBodies(http: HttpPort, rewrite: (body: Record<string, unknown>) => unknown): HttpPort {
  return async (url, init) => {
    const response = await http(url, init);
    const text = await response.text();
    const rewritten = JSON.stringify(rewrite(JSON.parse(text) as Record<string, unknown>));
    return { status: response.status, headers: response.headers, text: () => Promise.resolve(rewritten) };
  };
}

const direct = createNodeHttpPort();
let harness: ClientHarness;
afterEach(async () => {
  await harness.close();
});

describe('PeopleForceClient.listTaskPages', () => {
  it.each(['nested', 'flat'] as const)(
    'reads every page of the %s envelope and stops at the last page',
    async (envelope) => {
      harness = await startClientHarness({ simulator: { envelope } });
      const pages = await collectPages(harness.client.listTaskPages(false));
      const expectedPages = Math.ceil(openIds.length / 10);
      expect(pages.map((page) => page.page)).toEqual(
        Array.from({ length: expectedPages }, (_x, index) => index + 1),
      );
      expect(pages.every((page) => page.pages === expectedPages)).toBe(true);
      expect(pages.flatMap((page) => page.tasks.map((task) => task.id))).toEqual(openIds);
      expect(harness.sim.control.requestCount).toBe(expectedPages);
    },
  );

  it('lists completed tasks with completed=true', async () => {
    harness = await startClientHarness();
    const pages = await collectPages(harness.client.listTaskPages(true));
    expect(pages.flatMap((page) => page.tasks.map((task) => task.id))).toEqual(completedIds);
    expect(pages.flatMap((page) => page.tasks).every((task) => task.completed)).toBe(true);
    expect(harness.sim.control.requestLog.every((entry) => entry.query.completed === 'true')).toBe(true);
  });

  it('keeps going until an empty page when the server sends no page count', async () => {
    harness = await startClientHarness();
    const client = clientOver(
      harness,
      rewriteBodies(direct, ({ data }) => ({ data })),
    );
    const pages = await collectPages(client.listTaskPages(false));
    expect(pages.flatMap((page) => page.tasks.map((task) => task.id))).toEqual(openIds);
    expect(pages.every((page) => page.pages === null)).toBe(true);
    expect(harness.sim.control.requestCount).toBe(pages.length + 1);
  });

  it('reads data: null as the end of the list', async () => {
    harness = await startClientHarness();
    const client = clientOver(
      harness,
      rewriteBodies(direct, () => ({ data: null, metadata: null })),
    );
    expect(await collectPages(client.listTaskPages(false))).toEqual([]);
  });

  it('throws pagination_broken when the server ignores ?page= and says so in its metadata', async () => {
    harness = await startClientHarness();
    harness.sim.control.ignorePageParam(true);
    const seen: number[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const page of harness.client.listTaskPages(false)) seen.push(page.page);
      })(),
    );
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(PeopleForceError);
    expect(error).toMatchObject({ code: 'pagination_broken', retryable: false });
    expect((error as Error).message).toMatch(
      /ignored the page parameter on GET \/tasks: asked for page 2, got page 1/,
    );
  });

  it('throws pagination_broken when a page repeats the previous one and no metadata tells', async () => {
    harness = await startClientHarness();
    harness.sim.control.ignorePageParam(true);
    const client = clientOver(
      harness,
      rewriteBodies(direct, ({ data }) => ({ data })),
    );
    const error = await rejectionOf(collectPages(client.listTaskPages(false)));
    expect(error).toMatchObject({ code: 'pagination_broken' });
    expect((error as Error).message).toMatch(/got only records it had already sent/);
    expect(harness.sim.control.requestCount).toBe(2);
  });

  it('throws pagination_broken when pages cycle with honest page numbers, instead of reading forever', async () => {
    harness = await startClientHarness();
    const cycling: HttpPort = async (url, init) => {
      const asked = Number(new URL(url).searchParams.get('page'));
      const served = new URL(url);
      served.searchParams.set('page', String(((asked - 1) % 2) + 1));
      const response = await direct(served.href, init);
      const body = JSON.parse(await response.text()) as { data: unknown[] };
      const rewritten = JSON.stringify({ data: body.data, metadata: { page: asked } });
      return { status: response.status, headers: response.headers, text: () => Promise.resolve(rewritten) };
    };
    const error = await rejectionOf(collectPages(clientOver(harness, cycling).listTaskPages(false)));
    expect(error).toMatchObject({ code: 'pagination_broken' });
    expect((error as Error).message).toMatch(/asked for page 3, got only records it had already sent/);
    expect(harness.sim.control.requestCount).toBe(3);
  });

  it('reports malformed records with their index, id and reason while the rest parse', async () => {
    harness = await startClientHarness();
    const [first, second, third] = openIds;
    harness.sim.control.malformNext([first!, second!, third!]);
    const [page] = await collectPages(harness.client.listTaskPages(false));
    expect(page?.tasks.map((task) => task.id)).toEqual(openIds.slice(3, 10));
    expect(page?.malformed).toEqual([
      { index: 0, id: 'abc', reason: expect.stringMatching(/^id: .*expected number/) as string },
      {
        index: 1,
        id: second,
        reason: expect.stringMatching(/^title: .*expected string, received null/) as string,
      },
      {
        index: 2,
        id: third,
        reason: expect.stringMatching(/^assigned_to: .*expected object, received number/) as string,
      },
    ]);
  });

  it('lists every task once even when the server does not sort by id', async () => {
    harness = await startClientHarness();
    harness.sim.control.shuffleOrder(true);
    const pages = await collectPages(harness.client.listTaskPages(false));
    const ids = pages.flatMap((page) => page.tasks.map((task) => task.id));
    expect([...ids].sort((a, b) => b - a)).toEqual(openIds);
  });

  it('throws malformed when the body is not a list envelope', async () => {
    harness = await startClientHarness();
    const client = clientOver(
      harness,
      rewriteBodies(direct, () => ({ data: { id: 1 } })),
    );
    const error = await rejectionOf(collectPages(client.listTaskPages(false)));
    expect(error).toMatchObject({ code: 'malformed', request: 'GET /tasks' });
    expect((error as Error).message).toMatch(/not a list envelope: data: .*expected array/);
  });
});

/** A client on its own HTTP port, for a server whose answers are rewritten on the wire. */
function clientOver(current: ClientHarness, http: HttpPort): PeopleForceClient {
  return new PeopleForceClient({
    http,
    apiKey: () => Promise.resolve(current.sim.apiKey),
    clock: new FakeClock(),
    baseUrl: current.sim.url,
  });
}
