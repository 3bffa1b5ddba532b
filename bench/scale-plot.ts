import type { ScenarioResult } from './scale-bench';

export function scalePlot(_results: readonly ScenarioResult[]): string {
  return '';
}
