import { transfer, wrap, type Remote } from 'comlink';
import type { FeatureColumn, TreeEnsemble } from '../../core/trees';
import type {
  AttachedHelpers,
  EnsembleHelper,
  EnsembleHelpers,
} from '../../core/trees/shared-predict';
import type { EnsembleHelperApi } from './helper.worker';

/** Most helper threads, whatever the machine has: past this, reading and writing bound a run. */
const MOST_HELPERS = 3;

/**
 * Helper threads for tree scoring, one fewer than the machine's cores (at most
 * {@link MOST_HELPERS}; none on one core), started on first use and shared by every ensemble
 * attached. An ensemble is copied to each helper once and dropped there when released.
 */
export class EnsembleHelperPool implements EnsembleHelpers {
  private threads: HelperThread[] | null = null;
  private nextId = 1;

  constructor(private readonly size = defaultHelperCount()) {}

  async attach(ensemble: TreeEnsemble): Promise<AttachedHelpers> {
    const threads = this.start();
    const id = this.nextId++;
    await Promise.all(
      threads.map(({ remote, crashed }) => race(remote.load(id, ensemble), crashed)),
    );
    const helpers = threads.map(({ remote, crashed }): EnsembleHelper => ({
      predict: (columns) =>
        race(remote.predict(id, transfer(columns, buffersOf(columns))), crashed),
    }));
    return {
      helpers,
      release: () => threads.forEach(({ remote }) => void remote.unload(id).catch(() => undefined)),
    };
  }

  private start(): HelperThread[] {
    this.threads ??= Array.from({ length: this.size }, () => startThread());
    return this.threads;
  }
}

/** A helper worker, and a promise that rejects if it dies (comlink calls would hang). */
interface HelperThread {
  remote: Remote<EnsembleHelperApi>;
  crashed: Promise<never>;
}

function startThread(): HelperThread {
  const worker = new Worker(new URL('./helper.worker.ts', import.meta.url), { type: 'module' });
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new Error('A tree helper thread stopped.')));
  });
  crashed.catch(() => undefined);
  return { remote: wrap<EnsembleHelperApi>(worker), crashed };
}

function race<T>(call: Promise<T>, crashed: Promise<never>): Promise<T> {
  return Promise.race([call, crashed]);
}

function defaultHelperCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  return Math.max(0, Math.min(MOST_HELPERS, cores - 1));
}

function buffersOf(columns: FeatureColumn[]): ArrayBuffer[] {
  return columns.map((column) =>
    column.kind === 'number' ? column.values.buffer : column.codes.buffer,
  ) as ArrayBuffer[];
}
