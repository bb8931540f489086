import { formatCount } from '../../ui/format';
import { DriftChart } from './DriftChart';
import type { PriceComparison } from './price-comparison';

interface Props {
  comparison: PriceComparison;
  /** The training target's name, such as "price". */
  targetName: string;
  isChampion: boolean;
}

/**
 * Predicted prices of one version against its own training target, saying which version and
 * how many logged predictions of other versions were left out (their units may differ).
 */
export function PredictedPriceChart({ comparison, targetName, isChampion }: Props) {
  const { version, bars, comparedCount, leftOutCount } = comparison;
  const who = `v${version}${isChampion ? ' (the champion)' : ''}`;
  return (
    <figure
      data-testid="log-price-chart"
      data-version={version}
      data-compared={comparedCount}
      data-left-out={leftOutCount}
    >
      <figcaption>
        Prices predicted by {who} (estimates and bulk samples) against its training target &quot;
        {targetName}&quot;: {formatCount(comparedCount)} logged prediction
        {comparedCount === 1 ? '' : 's'}.
      </figcaption>
      {leftOutCount > 0 && (
        <p className="field-hint" data-testid="log-price-left-out">
          {formatCount(leftOutCount)} logged prediction{leftOutCount === 1 ? ' was' : 's were'} left
          out because another version made {leftOutCount === 1 ? 'it' : 'them'}: other versions may
          predict another target or unit. Choose a version above to see its own.
        </p>
      )}
      {comparedCount > 0 && <DriftChart bars={bars} currentName={`predicted by v${version}`} />}
    </figure>
  );
}
