import { expose, transfer } from 'comlink';
import type { FeatureColumn, TreeEnsemble } from '../../core/trees';
import { predictEnsemble, prepareEnsemble } from '../../core/trees';

/** What a helper thread does: hold tree ensembles by id and score rows of them. */
export interface EnsembleHelperApi {
  load(id: number, ensemble: TreeEnsemble): void;
  unload(id: number): void;
  predict(id: number, columns: FeatureColumn[]): { values: Float64Array; computeMs: number };
}

const ensembles = new Map<number, TreeEnsemble>();

const api: EnsembleHelperApi = {
  load(id, ensemble) {
    prepareEnsemble(ensemble);
    ensembles.set(id, ensemble);
  },
  unload(id) {
    ensembles.delete(id);
  },
  predict(id, columns) {
    const ensemble = ensembles.get(id);
    if (!ensemble) throw new Error(`No tree ensemble ${id} is loaded here.`);
    const started = performance.now();
    const values = predictEnsemble(ensemble, columns);
    return transfer({ values, computeMs: performance.now() - started }, [values.buffer]);
  },
};

expose(api);
