import { expose } from 'comlink';
import { openEstimoDb } from '../../storage/db';
import { fetchShippedModel, SHIPPED_MODEL_VERSION } from '../predictor/shipped-model';
import { startBackend } from '../tf-backend';
import { createMlService } from './ml-service';

// The heavy worker loads its own copy of the active model on wasm, so a long bulk run never
// queues behind (or in front of) the Estimate page's requests in the predictor worker.
const backendReady = startBackend('wasm');

expose(
  createMlService({
    source: {
      async loadActiveBundle() {
        const [, bundle] = await Promise.all([backendReady, fetchShippedModel()]);
        return { bundle, version: SHIPPED_MODEL_VERSION };
      },
    },
    openDb: () => openEstimoDb(),
  }),
);
