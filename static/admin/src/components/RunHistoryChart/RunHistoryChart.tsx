import { token } from '@atlaskit/tokens';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunRecord } from '../../../../../src/config/records';
import { axisTimeFormatter, runChartRows } from '../../model/run-chart';

const series = [
  { key: 'created', name: 'Created', colour: token('color.chart.success.bold') },
  { key: 'updated', name: 'Updated', colour: token('color.chart.information.bold') },
  { key: 'transitioned', name: 'Transitioned', colour: token('color.chart.discovery.bold') },
  { key: 'failed', name: 'Failed', colour: token('color.chart.danger.bold') },
] as const;

const axisTick = { fill: token('color.text.subtle'), fontSize: 12 };

/** Stacked bars per run, oldest on the left: what each run changed, and how much failed. */
export function RunHistoryChart({ runs }: { runs: readonly RunRecord[] }) {
  const rows = runChartRows(runs, axisTimeFormatter(runs));
  return (
    <div
      data-testid="activity-chart"
      role="img"
      aria-label={`Created, updated, transitioned and failed tasks of the last ${runs.length} runs`}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={token('color.border')} vertical={false} />
          <XAxis dataKey="label" tick={axisTick} stroke={token('color.border')} />
          <YAxis allowDecimals={false} tick={axisTick} stroke={token('color.border')} />
          <Tooltip
            contentStyle={{
              backgroundColor: token('elevation.surface.overlay'),
              borderColor: token('color.border'),
              color: token('color.text'),
            }}
            cursor={{ fill: token('color.background.neutral.subtle.hovered') }}
          />
          <Legend wrapperStyle={{ color: token('color.text') }} />
          {series.map((entry) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              name={entry.name}
              stackId="runs"
              fill={entry.colour}
              maxBarSize={48}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
