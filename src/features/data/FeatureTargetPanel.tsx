import { useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FeatureTargetView, TargetAssociation } from '../../core/eda';
import { CountBars } from '../../ui/CountBars';
import { formatNumber } from '../../ui/format';
import { formatCompact } from './eda-view';

interface Props {
  target: string;
  associations: readonly TargetAssociation[];
  views: readonly FeatureTargetView[];
}

/** The target per bin or per level of one feature: the middle half as a bar, the median as a line. */
function ViewChart({ view }: { view: FeatureTargetView }) {
  const data = view.groups.map((group) => ({
    label: group.label,
    middle: [group.q25, group.q75],
    median: group.q50,
    rows: group.count,
  }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis tick={{ fontSize: 11 }} tickFormatter={formatCompact} />
        <Tooltip
          formatter={(value) =>
            Array.isArray(value) ? value.map(formatCompact).join('–') : formatCompact(Number(value))
          }
        />
        <Bar dataKey="middle" name="25–75 %" fill="#9db4ee" isAnimationActive={false} />
        <Line dataKey="median" name="median" stroke="#1d2330" dot isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** How each feature goes with the price: association bars, then the chosen feature's view. */
export function FeatureTargetPanel({ target, associations, views }: Props) {
  const [feature, setFeature] = useState<string | null>(null);
  const view = views.find((candidate) => candidate.name === feature) ?? views[0];
  const bars = associations.map((a) => ({ label: a.name, count: Number(a.value.toFixed(3)) }));
  return (
    <section className="card" data-testid="feature-target">
      <h3>Features against {target}</h3>
      <p className="field-hint">
        |Pearson r| for numbers, η (correlation ratio) for categories; 1 means the feature fixes the
        price.
      </p>
      <CountBars
        bars={bars}
        unit="association"
        valueMax={1}
        isHorizontal
        height={40 + bars.length * 22}
      />
      {view && (
        <figure data-testid="feature-target-view" data-feature={view.name}>
          <figcaption>
            <label className="field inline-field">
              <span>{target} by</span>
              <select value={view.name} onChange={(event) => setFeature(event.target.value)}>
                {views.map((candidate) => (
                  <option key={candidate.name}>{candidate.name}</option>
                ))}
              </select>
            </label>{' '}
            {view.kind === 'binned' ? 'in bins of equal rows' : 'per level'}: median and middle half
            ({formatNumber(view.groups.length)} groups)
          </figcaption>
          <ViewChart view={view} />
        </figure>
      )}
    </section>
  );
}
