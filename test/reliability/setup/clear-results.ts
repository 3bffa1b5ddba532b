import { rmSync } from 'node:fs';
import { RELIABILITY_OUTPUT_DIR } from '../support/reliability-rows';

/** Jest globalSetup: rows of an earlier run are removed, so the summary shows only what this run measured. */
export default function clearReliabilityResults(): void {
  rmSync(RELIABILITY_OUTPUT_DIR, { recursive: true, force: true });
}
