/**
 * Checks the tree defaults on VALIDATION rows only: each one-step change of a setting, on the log
 * and the raw price, for every reference table; prints validation RMSE/MAPE in price units.
 *
 *   npx tsx scripts/try-tree-defaults.ts
 */
import { regressionMetrics } from '../src/core/model/metrics';
import { selectRows } from '../src/core/model/select-rows';
import { pickRows } from '../src/core/statistics';
import { DEFAULT_TREE_MODEL_PARAMS, fitTreeModel, predictTreeModel } from '../src/core/trees';
import { experimentTables } from './tree-experiment';
/** One-step changes from `DEFAULT_TREE_MODEL_PARAMS`. */
const variants: Record<string, object> = {
  default: {},
  'lr 0.1': { learningRate: 0.1 },
  'leaves 63': { maxLeaves: 63 },
  'leaves 15': { maxLeaves: 15 },
  'feat 1.0': { featureSampleRate: 1 },
  'minLeaf 10': { minLeafRows: 10 },
  'minLeaf 20': { minLeafRows: 20 },
};
for (const { dataset: d, frame, features, truth: y, split } of experimentTables()) {
  const vf = selectRows(frame, split.validation);
  const out: string[] = [];
  for (const [name, v] of Object.entries(variants)) {
    for (const logTarget of [true, false]) {
      const fit = fitTreeModel({
        frame,
        target: d.target,
        features,
        params: { ...DEFAULT_TREE_MODEL_PARAMS, ...v, logTarget },
        fitRows: split.fit,
        validationRows: split.validation,
      });
      const m = regressionMetrics(pickRows(y, split.validation), predictTreeModel(fit.model, vf));
      out.push(
        `${name}${logTarget ? ' log' : ' raw'} ${m.rmse.toPrecision(5)}/${m.mape.toFixed(2)}`,
      );
    }
  }
  console.log(d.name, '|', out.join(' | '));
}
