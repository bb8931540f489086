import type { FeatureColumn } from './binning';
import type { TreeEnsemble } from './ensemble';

/**
 * The plain definition of a prediction, for checking the compiled paths: walk every tree on raw
 * values, adding leaf values to `baseScore` in tree order. Slow (one walk per tree and row).
 */
export function walkEnsemble(
  ensemble: TreeEnsemble,
  columns: readonly FeatureColumn[],
): Float64Array {
  const first = columns[0]!;
  const length = first.kind === 'number' ? first.values.length : first.codes.length;
  return Float64Array.from({ length }, (_, row) => {
    let sum = ensemble.baseScore;
    for (const root of ensemble.treeRoots) {
      let node = root;
      while (node >= 0) {
        node = goesLeft(ensemble, columns, node, row)
          ? ensemble.leftChild[node]!
          : ensemble.rightChild[node]!;
      }
      sum += ensemble.leafValue[~node]!;
    }
    return sum;
  });
}

function goesLeft(
  ensemble: TreeEnsemble,
  columns: readonly FeatureColumn[],
  node: number,
  row: number,
): boolean {
  const column = columns[ensemble.splitFeature[node]!]!;
  const threshold = ensemble.splitThreshold[node]!;
  if (column.kind === 'category') {
    const code = column.codes[row]!;
    return ((ensemble.categoryMasks[threshold + (code >>> 5)]! >>> (code & 31)) & 1) === 1;
  }
  const value = column.values[row]!;
  return Number.isNaN(value) ? ensemble.defaultLeft[node] === 1 : value <= threshold;
}
