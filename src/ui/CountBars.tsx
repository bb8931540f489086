import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CountBar } from './count-bar';

interface Props {
  bars: CountBar[];
  /** What a bar counts, for the tooltip (`rows`). */
  unit?: string;
  height?: number;
  /** Lay bars out horizontally, labels on the left (better for long category names). */
  isHorizontal?: boolean;
  /** Fix the value axis to `[0, valueMax]` (for shares and correlations); fitted when absent. */
  valueMax?: number;
}

/** A bar chart of pre-aggregated counts (a histogram or the top levels of a column). */
export function CountBars({
  bars,
  unit = 'rows',
  height = 200,
  isHorizontal = false,
  valueMax,
}: Props) {
  const domain = valueMax === undefined ? undefined : [0, valueMax];
  const isWhole = valueMax === undefined;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={bars}
        layout={isHorizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={isHorizontal} horizontal={!isHorizontal} />
        {isHorizontal ? (
          <>
            <XAxis type="number" allowDecimals={!isWhole} domain={domain} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={!isWhole} domain={domain} tick={{ fontSize: 11 }} />
          </>
        )}
        <Tooltip formatter={(value) => [value, unit]} />
        <Bar dataKey="count" fill="#2456d6" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
