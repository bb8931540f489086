import type { FeatureColumn, TreeEnsemble } from '../core/trees';
import { predictEnsemble } from '../core/trees';
import { columnLength } from '../core/trees/binning';
import type { AttachedHelpers, EnsembleHelpers } from '../core/trees/shared-predict';

/**
 * Helpers that run on this thread (Node has no workers for the app's helper script): each gets
 * a structured clone of the ensemble and of every batch, as a worker would, and answers on a
 * later task. `failAfter` calls, every helper throws from then on.
 */
export class InThreadHelpers implements EnsembleHelpers {
  /** Rows each call scored, in order. */
  readonly calls: number[] = [];
  released = 0;

  constructor(
    private readonly count: number,
    private readonly failAfter = Infinity,
  ) {}

  async attach(ensemble: TreeEnsemble): Promise<AttachedHelpers> {
    const copies = Array.from({ length: this.count }, () => structuredClone(ensemble));
    return {
      helpers: copies.map((copy) => ({
        predict: async (columns: FeatureColumn[]) => {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (this.calls.length >= this.failAfter) throw new Error('helper thread stopped');
          const batch = structuredClone(columns);
          this.calls.push(columnLength(batch[0]));
          const started = performance.now();
          const values = predictEnsemble(copy, batch);
          return { values, computeMs: performance.now() - started };
        },
      })),
      release: () => this.released++,
    };
  }
}
