import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../ui/format';

/** One curve: losses per epoch (mean squared error on the standardised target). */
export interface LossSeries {
  label: string;
  points: readonly { epoch: number; loss?: number; valLoss: number }[];
}

const COLORS = ['#2456d6', '#c2410c', '#15803d', '#7e22ce', '#0e7490'];

/**
 * Training and validation loss by epoch, on a log scale, beside the predict-the-mean baseline
 * (on the standardised target its loss is 1). Several series overlay (run comparison).
 */
export function LossChart({
  series,
  height = 240,
}: {
  series: readonly LossSeries[];
  height?: number;
}) {
  const isSingle = series.length === 1;
  const byEpoch = new Map<number, Record<string, number>>();
  series.forEach((s, i) => {
    for (const point of s.points) {
      const row = byEpoch.get(point.epoch) ?? { epoch: point.epoch + 1 };
      row[`val${i}`] = point.valLoss;
      if (isSingle && point.loss !== undefined) row.loss = point.loss;
      byEpoch.set(point.epoch, row);
    }
  });
  const data = [...byEpoch.values()].sort((a, b) => a.epoch! - b.epoch!);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="epoch" tick={{ fontSize: 11 }} />
        <YAxis
          scale="log"
          domain={['auto', 'auto']}
          allowDataOverflow
          tick={{ fontSize: 11 }}
          tickFormatter={(value: number) => formatNumber(value)}
        />
        <Tooltip formatter={(value) => formatNumber(Number(value))} />
        <Legend />
        <ReferenceLine y={1} stroke="#5b6475" strokeDasharray="6 4" label="predict the mean" />
        {isSingle && (
          <Line
            dataKey="loss"
            name="training loss"
            stroke="#9db4ee"
            dot={false}
            isAnimationActive={false}
          />
        )}
        {series.map((s, i) => (
          <Line
            key={s.label}
            dataKey={`val${i}`}
            name={isSingle ? 'validation loss' : s.label}
            stroke={COLORS[i % COLORS.length]}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
