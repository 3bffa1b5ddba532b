/**
 * The scale and API-budget benchmark: a first sync and a no-change poll of a generated company, through the
 * real handlers, the real Forge SDK packages and the local host, against the simulators. Prints what each
 * costs in PeopleForce requests, Jira requests, KVS reads and writes, time and memory.
 *
 *   npm run bench                 # the demo company (300 tasks) and 10,000 tasks
 *   npm run bench -- 2000 20000   # any sizes
 */
import { startLocalApp, type LocalApp } from '../local/app/local-app';
import { demoConfig } from '../local/app/demo-config';
import type { CounterSnapshot } from '../local/host/local-host';
import { generateCompany } from '../local/peopleforce-sim';

interface Figures {
  label: string;
  seconds: number;
  peopleforce: number;
  jira: number;
  jiraWrites: number;
  kvReads: number;
  kvWrites: number;
  kvKiBRead: number;
  kvKiBWritten: number;
  heapMiB: number;
}

async function measure(app: LocalApp, label: string, work: () => Promise<void>): Promise<Figures> {
  app.host.counters.reset();
  const writesBefore = app.jiraSim!.control.writeCount();
  const started = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const counters: CounterSnapshot = app.host.counters.snapshot();
  return {
    label,
    seconds: round(seconds),
    peopleforce: sum(counters.egress),
    jira: sum(counters.jira),
    jiraWrites: app.jiraSim!.control.writeCount() - writesBefore,
    kvReads: counters.kvs.reads + counters.kvs.queries,
    kvWrites: counters.kvs.writes + counters.kvs.deletes,
    kvKiBRead: round(counters.kvs.bytesRead / 1024),
    kvKiBWritten: round(counters.kvs.bytesWritten / 1024),
    heapMiB: round(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}

async function benchCompany(tasks: number): Promise<Figures[]> {
  const company = generateCompany({ seed: 42, tasks, employees: Math.max(40, Math.round(tasks / 25)) });
  // The client's PeopleForce throttle (5 requests/s) applies here as in production: listing 10,000 tasks
  // (200 pages) takes 40 s of the time measured.
  const app = await startLocalApp({ peopleforce: { simulator: { company } } });
  try {
    await app.host.kv.set('config', demoConfig());
    const first = await measure(app, `${tasks} tasks: first sync`, () => app.poll());
    const idle = await measure(app, `${tasks} tasks: no-change poll`, () => app.poll());
    return [first, idle];
  } finally {
    await app.close();
  }
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function bar(value: number, max: number, width = 30): string {
  return '█'.repeat(Math.max(value > 0 ? 1 : 0, Math.round((value / Math.max(max, 1)) * width)));
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const figures: Figures[] = [];
  for (const size of sizes.length > 0 ? sizes : [300, 10_000]) {
    process.stderr.write(`benchmarking ${size} tasks…\n`);
    figures.push(...(await benchCompany(size)));
  }
  console.table(figures);
  const maxRequests = Math.max(...figures.map((f) => f.peopleforce + f.jira + f.kvReads + f.kvWrites));
  console.log('\nPlatform calls per run (PeopleForce + Jira + KVS):');
  for (const f of figures) {
    const total = f.peopleforce + f.jira + f.kvReads + f.kvWrites;
    console.log(`${f.label.padEnd(30)} ${bar(total, maxRequests)} ${total}`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
