import type { EnsembleHelpers } from '../../core/trees/shared-predict';
import type { ModelBundle } from '../../core/model/model-bundle';
import { PriceEstimator } from '../../core/model/price-estimator';
import type { BulkModel } from './bulk-api';

/** Where the heavy worker's model comes from: the champion, read by the worker itself. */
export interface MlSource {
  loadActiveBundle(): Promise<{ bundle: ModelBundle; version: number }>;
  /**
   * The active version now (one cheap read), or null when unknown. When it differs from the
   * loaded version, the next run loads the new one. Without it, the first model loaded stays.
   */
  readActiveVersion?(): Promise<number | null>;
}

/** A model loaded for scoring. */
export interface LoadedModel {
  estimator: PriceEstimator;
  bundle: ModelBundle;
  info: BulkModel;
}

interface Entry {
  model: Promise<LoadedModel>;
  /** Known once loaded. */
  version: number | null;
  users: number;
  isRetired: boolean;
}

/**
 * Holds the active model for bulk scoring and follows the champion: before each run it checks
 * the active version and loads the new one when it moved (a promotion in any tab). A replaced
 * model is disposed as soon as no run still uses it, so a run never loses its model midway.
 */
export class ActiveModelCache {
  private current: Entry | null = null;

  constructor(
    private readonly source: MlSource,
    private readonly ensembleHelpers?: EnsembleHelpers,
  ) {}

  /** Runs `work` with the active model, loading it (again) when needed. */
  async withModel<T>(work: (model: LoadedModel) => Promise<T>): Promise<T> {
    const entry = await this.acquire();
    try {
      return await work(await entry.model);
    } finally {
      entry.users--;
      if (entry.isRetired && entry.users === 0) disposeEntry(entry);
    }
  }

  private async acquire(): Promise<Entry> {
    const latest = (await this.source.readActiveVersion?.()) ?? null;
    const stale = this.current;
    if (stale && stale.version !== null && latest !== null && stale.version !== latest) {
      this.current = null;
      stale.isRetired = true;
      if (stale.users === 0) disposeEntry(stale);
    }
    this.current ??= this.load();
    this.current.users++;
    return this.current;
  }

  private load(): Entry {
    const entry: Entry = {
      version: null,
      users: 0,
      isRetired: false,
      model: loadModel(this.source, this.ensembleHelpers).then(
        (model) => {
          entry.version = model.info.version;
          return model;
        },
        (error: unknown) => {
          if (this.current === entry) this.current = null;
          throw error;
        },
      ),
    };
    return entry;
  }
}

async function loadModel(
  source: MlSource,
  ensembleHelpers: EnsembleHelpers | undefined,
): Promise<LoadedModel> {
  const { bundle, version } = await source.loadActiveBundle();
  const estimator = await PriceEstimator.load(bundle, { ensembleHelpers });
  const info: BulkModel = {
    version,
    name: bundle.name,
    target: bundle.signature.target.name,
    inputs: bundle.signature.inputs,
  };
  return { estimator, bundle, info };
}

function disposeEntry(entry: Entry): void {
  entry.model.then(
    (model) => model.estimator.dispose(),
    () => undefined,
  );
}
