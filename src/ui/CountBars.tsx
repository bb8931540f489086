import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AxisLabelTick } from './AxisLabelTick';
import { layoutCategoryAxis } from './axis-labels';
import type { CountBar } from './count-bar';
import { createTextMeasure } from './text-measure';

const TICK_FONT_PX = 11;

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

/**
 * A bar chart of pre-aggregated counts (a histogram or the top levels of a column). Laid out
 * horizontally, the label axis is as wide as its longest label, up to a cap past which labels
 * end in "…" and show in full on hover.
 */
export function CountBars({
  bars,
  unit = 'rows',
  height = 200,
  isHorizontal = false,
  valueMax,
}: Props) {
  const domain = valueMax === undefined ? undefined : [0, valueMax];
  const isWhole = valueMax === undefined;
  const tick = { fontSize: TICK_FONT_PX };
  const axis = isHorizontal
    ? layoutCategoryAxis(
        bars.map((bar) => bar.label),
        createTextMeasure(TICK_FONT_PX),
      )
    : null;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={bars}
        layout={isHorizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={isHorizontal} horizontal={!isHorizontal} />
        {axis ? (
          <>
            <XAxis type="number" allowDecimals={!isWhole} domain={domain} tick={tick} />
            <YAxis
              type="category"
              dataKey="label"
              width={axis.widthPx}
              tick={(props) => (
                <AxisLabelTick {...props} fittedLabels={axis.fittedLabels} fontPx={TICK_FONT_PX} />
              )}
            />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={tick} interval="preserveStartEnd" />
            <YAxis allowDecimals={!isWhole} domain={domain} tick={tick} />
          </>
        )}
        <Tooltip formatter={(value) => [value, unit]} />
        <Bar dataKey="count" fill="#2456d6" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
