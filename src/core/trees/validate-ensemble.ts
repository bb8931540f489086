import { AppError } from '../../lib/errors';
import { CATEGORY_FEATURE, NUMBER_FEATURE, type TreeEnsemble } from './ensemble';
import { MAX_THRESHOLDS_PER_FEATURE } from './compile-ensemble';
import { MASK_WORDS } from './split-finder';

/** Deepest tree a loaded model may hold (trained trees stay far below). */
export const MAX_TREE_DEPTH = 512;

/**
 * Checks that an ensemble from outside (a file) is a forest the predictor can walk safely:
 * consistent lengths, features and kinds in range, finite values, every child after its
 * parent, every node used exactly once, bounded depth. Throws a `MODEL_FORMAT` AppError.
 */
export function validateEnsemble(ensemble: TreeEnsemble): void {
  const { featureCount, featureKinds, splitFeature, leafValue, treeRoots } = ensemble;
  const internalCount = splitFeature.length;
  const perNode = [
    ensemble.splitThreshold,
    ensemble.defaultLeft,
    ensemble.leftChild,
    ensemble.rightChild,
    ensemble.splitGain,
  ];
  check(
    Number.isInteger(featureCount) && featureCount >= 1,
    `feature count ${featureCount} is invalid`,
  );
  check(
    featureKinds.length === featureCount,
    `${featureKinds.length} feature kinds for ${featureCount} features`,
  );
  check(
    featureKinds.every((kind) => kind === NUMBER_FEATURE || kind === CATEGORY_FEATURE),
    'a feature kind is unknown',
  );
  check(Number.isFinite(ensemble.baseScore), `the base score ${ensemble.baseScore} is not finite`);
  check(
    perNode.every((array) => array.length === internalCount),
    'split arrays differ in length',
  );
  check(
    leafValue.length === internalCount + treeRoots.length,
    `${leafValue.length} leaves do not fit ${internalCount} splits in ${treeRoots.length} trees`,
  );
  check(ensemble.categoryMasks.length % MASK_WORDS === 0, 'the category masks are cut short');
  check(leafValue.every(Number.isFinite), 'a leaf value is not finite');
  checkSplits(ensemble);
  checkStructure(ensemble);
}

function checkSplits(ensemble: TreeEnsemble): void {
  const thresholds = Array.from({ length: ensemble.featureCount }, () => new Set<number>());
  ensemble.splitFeature.forEach((f, node) => {
    check(f >= 0 && f < ensemble.featureCount, `split ${node} tests feature ${f}, out of range`);
    const threshold = ensemble.splitThreshold[node]!;
    check(
      ensemble.defaultLeft[node]! <= 1,
      `split ${node} has default side ${ensemble.defaultLeft[node]}`,
    );
    if (ensemble.featureKinds[f] === CATEGORY_FEATURE) {
      const isAligned = Number.isInteger(threshold) && threshold % MASK_WORDS === 0;
      check(
        isAligned && threshold >= 0 && threshold < ensemble.categoryMasks.length,
        `split ${node} points at mask ${threshold}, out of range`,
      );
    } else {
      check(!Number.isNaN(threshold), `split ${node} has no threshold`);
      if (threshold !== Infinity) thresholds[f]!.add(threshold);
    }
  });
  thresholds.forEach((set, f) => {
    check(set.size <= MAX_THRESHOLDS_PER_FEATURE, `feature ${f} has ${set.size} thresholds`);
  });
}

function checkStructure(ensemble: TreeEnsemble): void {
  const internalCount = ensemble.splitFeature.length;
  const leafCount = ensemble.leafValue.length;
  const internalUses = new Uint8Array(internalCount);
  const leafUses = new Uint8Array(leafCount);
  const depth = new Int32Array(internalCount).fill(-1);
  const claim = (reference: number, parent: number, where: string): void => {
    check(Number.isInteger(reference), `${where} is not a node`);
    if (reference < 0) {
      check(~reference < leafCount, `${where} points at leaf ${~reference}, out of range`);
      check(leafUses[~reference]!++ === 0, `leaf ${~reference} is used twice`);
      return;
    }
    check(
      reference > parent && reference < internalCount,
      `${where} points at split ${reference}, out of range`,
    );
    check(internalUses[reference]!++ === 0, `split ${reference} is used twice`);
    depth[reference] = parent < 0 ? 0 : depth[parent]! + 1;
    check(depth[reference]! < MAX_TREE_DEPTH, `a tree is deeper than ${MAX_TREE_DEPTH}`);
  };
  ensemble.treeRoots.forEach((root, t) => claim(root, -1, `tree ${t}`));
  for (let node = 0; node < internalCount; node++) {
    check(depth[node]! >= 0, `split ${node} belongs to no tree`);
    claim(ensemble.leftChild[node]!, node, `split ${node}'s left child`);
    claim(ensemble.rightChild[node]!, node, `split ${node}'s right child`);
  }
}

function check(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new AppError('MODEL_FORMAT', `The tree model is damaged: ${problem}.`);
}
