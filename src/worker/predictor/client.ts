import { wrap, type Remote } from 'comlink';
import type { RawInput } from '../../core/model/input-record';
import { AppError, toAppError } from '../../lib/errors';
import type { ActiveModel, BatchEstimate, BatchInput, EstimateResult, PredictorApi } from './api';

type CrashListener = (error: AppError) => void;

/**
 * The one way pages reach the predictor worker: starts it lazily, restarts it after a crash
 * (telling listeners), rebuilds AppErrors, and lets the latest form estimate win.
 */
class PredictorClient {
  private worker: Worker | null = null;
  private remote: Remote<PredictorApi> | null = null;
  private latestRequest = 0;
  private readonly crashListeners = new Set<CrashListener>();

  /** Starts the worker now (it loads TF.js and the model while the page renders). */
  start(): Remote<PredictorApi> {
    if (this.remote) return this.remote;
    const worker = new Worker(new URL('./predictor.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('error', () => this.handleCrash());
    this.worker = worker;
    this.remote = wrap<PredictorApi>(worker);
    return this.remote;
  }

  async loadActiveModel(): Promise<ActiveModel> {
    return this.call((api) => api.loadActiveModel());
  }

  /** Prices one item; resolves `null` when a newer estimate was asked for meanwhile. */
  async estimateLatest(input: RawInput): Promise<EstimateResult | null> {
    const request = ++this.latestRequest;
    const result = await this.call((api) => api.estimate(input) as Promise<EstimateResult>);
    return request === this.latestRequest ? result : null;
  }

  async estimateBatch(input: BatchInput): Promise<BatchEstimate> {
    return this.call((api) => api.estimateBatch(input));
  }

  onCrash(listener: CrashListener): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  private async call<T>(run: (api: Remote<PredictorApi>) => Promise<T>): Promise<T> {
    try {
      return await run(this.start());
    } catch (error) {
      throw toAppError(error);
    }
  }

  private handleCrash(): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    const error = new AppError(
      'WORKER_CRASHED',
      'The estimator stopped unexpectedly and will restart.',
    );
    this.crashListeners.forEach((listener) => listener(error));
  }
}

export const predictorClient = new PredictorClient();
