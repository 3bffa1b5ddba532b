/**
 * The scale and API-budget benchmark (README "Scale and limits"): four scenarios — first sync, no change, 1 % of
 * open tasks retitled, 1 % completed — at N = 1,000, 10,000 and 50,000 tasks (30 % open), through the real
 * handlers, the real Forge SDK packages and the local host, against the simulators. Prints one table, writes
 * bench/results.json and the plot docs/bench/scale.svg. `npm run bench` caps V8's heap at 256 MiB, the target for
 * one invocation: an app that needed more would fail here with an out-of-memory error.
 *
 *   npm run bench                  # N = 1,000, 10,000, 50,000
 *   npm run bench -- --quick       # N = 1,000 only, nothing written (what `npm test` runs)
 *   npm run bench -- 2000 20000    # any sizes
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatTable } from './report-table';
import { benchSize, type ScenarioResult } from './scale-bench';
import { scalePlot } from './scale-plot';

const FULL_SIZES = [1_000, 10_000, 50_000];
export const QUICK_SIZES = [1_000];
const ROOT = path.resolve(__dirname, '..');

export async function runBench(sizes: readonly number[], progress: (line: string) => void) {
  const results: ScenarioResult[] = [];
  for (const size of sizes) {
    progress(`benchmarking ${size.toLocaleString('en-US')} tasks…`);
    results.push(...(await benchSize(size)));
  }
  return results;
}

async function main(): Promise<void> {
  // One info line per run and invocation would drown the table; warnings and errors still show.
  process.env.LOG_LEVEL ??= 'warn';
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const given = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const sizes = quick ? QUICK_SIZES : given.length > 0 ? given : FULL_SIZES;
  const started = Date.now();
  const results = await runBench(sizes, (line) => process.stderr.write(`${line}\n`));
  console.log(formatTable(results));
  const failed = results.flatMap((r) =>
    r.checks.filter((c) => !c.ok).map((c) => `${r.tasks} ${r.scenario}: ${c.name}`),
  );
  console.log(`\n${failed.length === 0 ? 'every target met' : `off target: ${failed.join('; ')}`}`);
  console.log(`bench took ${Math.round((Date.now() - started) / 1000)} s`);
  if (quick) return;
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  mkdirSync(path.join(ROOT, 'docs', 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'docs', 'bench', 'scale.svg'), scalePlot(results));
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
