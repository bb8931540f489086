import type { ColumnProfile } from '../../core/eda';
import { CountBars } from '../../ui/CountBars';
import { formatCount } from '../../ui/format';
import { histogramBars, topLevelBars } from './eda-view';

/** The chart of one column: its histogram, or its most frequent levels. */
export function ColumnChart({ profile }: { profile: ColumnProfile }) {
  const bars = profile.histogram
    ? histogramBars(profile.histogram)
    : profile.top
      ? topLevelBars(profile.top)
      : [];
  return (
    <figure className="card" data-testid="column-chart" data-column={profile.name}>
      <figcaption>
        <strong>{profile.name}</strong> ({profile.type}): {formatCount(profile.count)} present,{' '}
        {formatCount(profile.missing)} missing, {formatCount(profile.distinct)} distinct
        {profile.dateRange && ` · from ${profile.dateRange.min} to ${profile.dateRange.max}`}
      </figcaption>
      {bars.length > 0 ? (
        <CountBars
          bars={bars}
          isHorizontal={!profile.histogram}
          height={profile.histogram ? 220 : 40 + bars.length * 22}
        />
      ) : (
        <p>No values to draw.</p>
      )}
    </figure>
  );
}
