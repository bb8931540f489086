import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PriceSummary } from '../../core/bulk/price-summary';
import { formatPrice } from '../../ui/format';

interface Props {
  prices: PriceSummary;
  target: string;
}

/** Distribution of the predicted prices (bins over the training range of the target). */
export function PriceChart({ prices, target }: Props) {
  const data = prices.bins.map((bin) => ({
    label: `${formatPrice(bin.from)}–${formatPrice(bin.to)}`,
    count: bin.count,
  }));
  return (
    <figure className="bulk-chart" data-testid="bulk-price-chart">
      <figcaption>
        Predicted {target}: {prices.count} rows, mean{' '}
        {prices.mean === null ? '–' : formatPrice(prices.mean)}
      </figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => [value, 'rows']} />
          <Bar dataKey="count" fill="#2456d6" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
