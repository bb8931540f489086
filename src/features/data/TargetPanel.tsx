import { useState } from 'react';
import type { TargetProfile } from '../../core/eda';
import { CountBars } from '../../ui/CountBars';
import { formatCount, formatPrice } from '../../ui/format';
import { histogramBars } from './eda-view';

/** The price column's distribution, on a linear or a log scale, with its key figures. */
export function TargetPanel({ target }: { target: TargetProfile }) {
  const [isLog, setIsLog] = useState(false);
  const { summary } = target;
  const histogram = isLog && target.logHistogram ? target.logHistogram : target.histogram;
  const bars = histogramBars(histogram, isLog && target.logHistogram ? (x) => 10 ** x : undefined);
  return (
    <figure className="card" data-testid="target-chart" data-scale={isLog ? 'log' : 'linear'}>
      <figcaption>
        <strong>{target.name}</strong>: median {formatPrice(summary.q50)}, mean{' '}
        {formatPrice(summary.mean)}, from {formatPrice(summary.min)} to {formatPrice(summary.max)};{' '}
        {formatCount(target.missing)} missing
        {target.nonPositive > 0 &&
          `, ${formatCount(target.nonPositive)} at or below zero (left out of the log view)`}
      </figcaption>
      <div className="toggle-row" role="group" aria-label="Scale">
        <button type="button" aria-pressed={!isLog} onClick={() => setIsLog(false)}>
          Linear
        </button>
        <button
          type="button"
          aria-pressed={isLog}
          disabled={!target.logHistogram}
          onClick={() => setIsLog(true)}
        >
          Log
        </button>
      </div>
      <CountBars bars={bars} height={220} />
    </figure>
  );
}
