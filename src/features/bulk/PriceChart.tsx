import type { PriceSummary } from '../../core/bulk/price-summary';
import { CountBars } from '../../ui/CountBars';
import { formatPrice } from '../../ui/format';

interface Props {
  prices: PriceSummary;
  target: string;
}

/** Distribution of the predicted prices (bins over the training range of the target). */
export function PriceChart({ prices, target }: Props) {
  const bars = prices.bins.map((bin) => ({
    label: `${formatPrice(bin.from)}–${formatPrice(bin.to)}`,
    count: bin.count,
  }));
  return (
    <figure className="bulk-chart" data-testid="bulk-price-chart">
      <figcaption>
        Predicted {target}: {prices.count} rows, mean{' '}
        {prices.mean === null ? '–' : formatPrice(prices.mean)}
      </figcaption>
      <CountBars bars={bars} height={220} />
    </figure>
  );
}
