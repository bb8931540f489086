import { expose } from 'comlink';
import { openEstimoDb } from '../../storage/db';
import { loadChampionBundle } from '../champion-source';
import { startBackend } from '../tf-backend';
import { createPredictorService } from './predictor-service';
import { fetchShippedModel, fetchShippedReference } from './shipped-model';

// Single-row estimates are fastest on wasm whatever the GPU: a GPU round trip costs more than the
// whole prediction. So the predictor always asks for wasm, and starts it before any call arrives.
const backendReady = startBackend('wasm');

expose(
  createPredictorService({
    async loadActiveBundle() {
      const [backend, champion] = await Promise.all([
        backendReady,
        loadChampionBundle({
          openDb: () => openEstimoDb(),
          fetchShippedModel,
          fetchShippedReference,
        }),
      ]);
      return { ...champion, backend };
    },
  }),
);
