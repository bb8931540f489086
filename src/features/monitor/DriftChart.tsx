import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DriftBar } from '../../core/drift';

interface Props {
  bars: readonly DriftBar[];
  height?: number;
  /** Legend name of the current series. */
  currentName?: string;
}

/** Reference vs current shares of one column, bin by bin or level by level. */
export function DriftChart({ bars, height = 180, currentName = 'batch' }: Props) {
  const data = bars.map((bar) => ({
    label: bar.label,
    reference: Math.round(bar.reference * 1000) / 10,
    current: Math.round(bar.current * 1000) / 10,
  }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
        <YAxis unit="%" tick={{ fontSize: 10 }} />
        <Tooltip formatter={(value) => `${String(value)} %`} />
        <Legend />
        <Bar dataKey="reference" name="training" fill="#9aa7bd" isAnimationActive={false} />
        <Bar dataKey="current" name={currentName} fill="#2456d6" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
