import { releaseArray } from '../data/ingest/release';
import { quantilesOf } from './numeric-summary';
import type { TargetGroup } from './types';

/** Quantiles of a group come from at most this many of its rows, taken evenly in file order. */
export const MAX_GROUP_SAMPLE = 20_000;

/** A group's count, target mean and target quantiles; null for an empty group. */
export type GroupSummary = Omit<TargetGroup, 'label'> | null;

/**
 * Sums the target per group over all its rows and keeps every k-th row's target of each group
 * (k = the group's stride, from its size known beforehand), so that at most
 * {@link MAX_GROUP_SAMPLE} rows are sorted per group for its quantiles (exact for smaller
 * groups; within a fraction of a percentile otherwise). Rows are added one by one in row order.
 */
export class GroupSampler {
  private readonly sums: Float64Array;
  private readonly strides: Int32Array;
  private readonly offsets: Int32Array;
  private readonly next: Int32Array;
  private readonly untilSample: Int32Array;
  private readonly samples: Float64Array;

  /** `sizes[g]`: how many rows group g will get. */
  constructor(private readonly sizes: Int32Array) {
    const groups = sizes.length;
    this.sums = new Float64Array(groups);
    this.strides = sizes.map((size) => Math.max(1, Math.ceil(size / MAX_GROUP_SAMPLE)));
    this.offsets = new Int32Array(groups + 1);
    sizes.forEach((size, g) => {
      this.offsets[g + 1] = this.offsets[g]! + Math.ceil(size / this.strides[g]!);
    });
    this.samples = new Float64Array(this.offsets[groups]!);
    this.next = this.offsets.slice(0, groups);
    this.untilSample = new Int32Array(groups);
  }

  /** Adds a row of group `g` whose target is `y`. */
  add(g: number, y: number): void {
    this.sums[g]! += y;
    if (this.untilSample[g] === 0) {
      this.samples[this.next[g]!++] = y;
      this.untilSample[g] = this.strides[g]!;
    }
    this.untilSample[g]!--;
  }

  /** Each group's summary, in group order; frees the samples. */
  finish(): GroupSummary[] {
    const groups = Array.from(this.sizes, (size, g) => {
      if (size === 0) return null;
      const sample = this.samples.subarray(this.offsets[g], this.offsets[g + 1]).sort();
      return { count: size, mean: this.sums[g]! / size, ...quantilesOf(sample) };
    });
    releaseArray(this.samples);
    return groups;
  }
}
