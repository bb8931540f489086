/** One bar of the distribution of predicted prices: prices in `[from, to)`. */
export interface PriceBin {
  from: number;
  to: number;
  count: number;
}

/** What a run says about its prices, built as rows stream by. */
export interface PriceSummary {
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  bins: PriceBin[];
}

const BIN_COUNT = 24;

/**
 * Counts predicted prices into fixed bins over the training range of the target (log-spaced when
 * the range is positive, as prices are skewed), so memory stays constant however many rows pass.
 * Prices outside the range fall into the first or last bin.
 */
export class PriceHistogram {
  private readonly edges: number[];
  private readonly counts: number[];
  private count = 0;
  private sum = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;

  constructor(rangeMin: number, rangeMax: number) {
    const low = Number.isFinite(rangeMin) ? rangeMin : 0;
    const high = Number.isFinite(rangeMax) && rangeMax > low ? rangeMax : low + 1;
    const isLog = low > 0;
    this.edges = Array.from({ length: BIN_COUNT + 1 }, (_, i) =>
      isLog
        ? Math.exp(Math.log(low) + ((Math.log(high) - Math.log(low)) * i) / BIN_COUNT)
        : low + ((high - low) * i) / BIN_COUNT,
    );
    this.counts = new Array<number>(BIN_COUNT).fill(0);
  }

  /** Adds one finite price. */
  add(price: number): void {
    this.count++;
    this.sum += price;
    if (price < this.min) this.min = price;
    if (price > this.max) this.max = price;
    let bin = 0;
    while (bin < BIN_COUNT - 1 && price >= this.edges[bin + 1]!) bin++;
    this.counts[bin]!++;
  }

  summary(): PriceSummary {
    const hasPrices = this.count > 0;
    return {
      count: this.count,
      min: hasPrices ? this.min : null,
      max: hasPrices ? this.max : null,
      mean: hasPrices ? this.sum / this.count : null,
      bins: this.counts.map((count, i) => ({
        from: this.edges[i]!,
        to: this.edges[i + 1]!,
        count,
      })),
    };
  }
}
