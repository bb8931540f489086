import { expose } from 'comlink';
import { startBackend } from '../tf-backend';
import { createPredictorService } from './predictor-service';
import { fetchShippedModel, SHIPPED_MODEL_VERSION } from './shipped-model';

// Single-row estimates are fastest on wasm whatever the GPU: a GPU round trip costs more than the
// whole prediction. So the predictor always asks for wasm, and starts it before any call arrives.
const backendReady = startBackend('wasm');

expose(
  createPredictorService({
    async loadActiveBundle() {
      const [backend, bundle] = await Promise.all([backendReady, fetchShippedModel()]);
      return { bundle, version: SHIPPED_MODEL_VERSION, backend };
    },
  }),
);
