import { SCENARIOS, INVOCATION_LIMIT_S, type ScenarioName, type ScenarioResult } from './scale-bench';

/**
 * The bench's figure for README: requests (PeopleForce + Jira) and the longest invocation against N, one line
 * per scenario, on logarithmic axes, with Forge's invocation limit drawn in. Plain SVG, no dependency.
 */
const WIDTH = 960;
const HEIGHT = 400;
const PANEL = { width: 380, height: 260, top: 60, left: [70, 530] as const };
const COLORS: Record<ScenarioName, string> = {
  'first sync': '#0052CC',
  'no change': '#36B37E',
  '1% retitled': '#FF991F',
  '1% completed': '#6554C0',
};

interface Series {
  scenario: ScenarioName;
  points: Array<{ n: number; value: number }>;
}

export function scalePlot(results: readonly ScenarioResult[]): string {
  const sizes = [...new Set(results.map((r) => r.tasks))].sort((a, b) => a - b);
  const requests = seriesOf(results, (r) => r.peopleforce + r.jiraTotal);
  const seconds = seriesOf(results, (r) => r.longestInvocationS);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#FFFFFF"/>`,
    panel(PANEL.left[0], 'Requests per poll (PeopleForce + Jira)', sizes, requests, null),
    panel(PANEL.left[1], 'Longest invocation (s)', sizes, seconds, INVOCATION_LIMIT_S),
    legend(),
    '</svg>',
    '',
  ].join('\n');
}

function seriesOf(results: readonly ScenarioResult[], value: (r: ScenarioResult) => number): Series[] {
  return SCENARIOS.map((scenario) => ({
    scenario,
    points: results
      .filter((r) => r.scenario === scenario)
      .map((r) => ({ n: r.tasks, value: value(r) }))
      .sort((a, b) => a.n - b.n),
  }));
}

function panel(left: number, title: string, sizes: number[], series: Series[], limit: number | null): string {
  const values = series.flatMap((s) => s.points.map((p) => p.value)).concat(limit ?? []);
  const yMax = niceCeiling(Math.max(1, ...values));
  const yMin = Math.min(1, ...values.filter((v) => v > 0));
  const x = logScale(Math.min(...sizes), Math.max(...sizes), left, left + PANEL.width);
  const y = logScale(Math.max(yMin / 2, 0.1), yMax, PANEL.top + PANEL.height, PANEL.top);
  const parts = [
    `<text x="${left}" y="${PANEL.top - 20}" font-weight="bold">${title}</text>`,
    `<line x1="${left}" y1="${PANEL.top + PANEL.height}" x2="${left + PANEL.width}" y2="${PANEL.top + PANEL.height}" stroke="#6B778C"/>`,
    `<line x1="${left}" y1="${PANEL.top}" x2="${left}" y2="${PANEL.top + PANEL.height}" stroke="#6B778C"/>`,
    ...sizes.map(
      (n) =>
        `<text x="${x(n)}" y="${PANEL.top + PANEL.height + 16}" text-anchor="middle" fill="#42526E">${n.toLocaleString('en-US')}</text>`,
    ),
    `<text x="${left + PANEL.width / 2}" y="${PANEL.top + PANEL.height + 34}" text-anchor="middle" fill="#42526E">tasks (N)</text>`,
    ...decades(y, yMax).map(
      ({ value, at }) =>
        `<text x="${left - 6}" y="${at + 4}" text-anchor="end" fill="#42526E">${value.toLocaleString('en-US')}</text>` +
        `<line x1="${left}" y1="${at}" x2="${left + PANEL.width}" y2="${at}" stroke="#EBECF0"/>`,
    ),
  ];
  if (limit !== null) {
    parts.push(
      `<line x1="${left}" y1="${y(limit)}" x2="${left + PANEL.width}" y2="${y(limit)}" stroke="#DE350B" stroke-dasharray="6 4"/>`,
      `<text x="${left + PANEL.width}" y="${y(limit) - 6}" text-anchor="end" fill="#DE350B">limit ${limit} s (manifest)</text>`,
    );
  }
  for (const { scenario, points } of series) {
    const color = COLORS[scenario];
    const path = points.map((p) => `${x(p.n).toFixed(1)},${y(Math.max(p.value, 0.1)).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of points) {
      parts.push(
        `<circle cx="${x(p.n).toFixed(1)}" cy="${y(Math.max(p.value, 0.1)).toFixed(1)}" r="3.5" fill="${color}"><title>${scenario}, N = ${p.n}: ${p.value}</title></circle>`,
      );
    }
  }
  return parts.join('\n');
}

function legend(): string {
  return SCENARIOS.map((scenario, index) => {
    const left = 70 + index * 200;
    return (
      `<rect x="${left}" y="${HEIGHT - 22}" width="14" height="4" fill="${COLORS[scenario]}"/>` +
      `<text x="${left + 20}" y="${HEIGHT - 16}" fill="#172B4D">${scenario}</text>`
    );
  }).join('\n');
}

function logScale(min: number, max: number, from: number, to: number): (value: number) => number {
  const low = Math.log10(min);
  const span = Math.max(Math.log10(max) - low, 1e-9);
  return (value) => from + ((Math.log10(value) - low) / span) * (to - from);
}

function niceCeiling(value: number): number {
  return 10 ** Math.ceil(Math.log10(value));
}

function decades(y: (value: number) => number, max: number): Array<{ value: number; at: number }> {
  const marks: Array<{ value: number; at: number }> = [];
  for (let value = 1; value <= max; value *= 10) marks.push({ value, at: y(value) });
  return marks;
}
