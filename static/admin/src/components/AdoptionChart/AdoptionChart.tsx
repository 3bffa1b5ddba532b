import { token } from '@atlaskit/tokens';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { AdoptionReport } from '../../../../../src/config/records';
import { adoptionChartRows, type AdoptionKind } from '../../model/adoption';

const colours: Record<AdoptionKind, string> = {
  adopted: token('color.chart.success.bold'),
  alreadyOurs: token('color.chart.neutral'),
  conflicts: token('color.chart.warning.bold'),
  orphans: token('color.chart.discovery.bold'),
  unmatched: token('color.chart.gray.bold'),
  failed: token('color.chart.danger.bold'),
};

const axisTick = { fill: token('color.text.subtle'), fontSize: 12 };

/** One bar per outcome: how the labelled issues were sorted. */
export function AdoptionChart({ report }: { report: AdoptionReport }) {
  const rows = adoptionChartRows(report);
  return (
    <div
      data-testid="adoption-chart"
      role="img"
      aria-label={rows.map((row) => `${row.name}: ${row.value}`).join(', ')}
    >
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 16 }}>
          <CartesianGrid stroke={token('color.border')} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={token('color.border')} />
          <YAxis type="category" dataKey="name" width={100} tick={axisTick} stroke={token('color.border')} />
          <Tooltip
            contentStyle={{
              backgroundColor: token('elevation.surface.overlay'),
              borderColor: token('color.border'),
              color: token('color.text'),
            }}
            cursor={{ fill: token('color.background.neutral.subtle.hovered') }}
          />
          <Bar
            dataKey="value"
            name="Issues"
            maxBarSize={22}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => (
              <Rectangle {...props} fill={colours[rows[props.index]?.kind ?? 'adopted']} />
            )}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
