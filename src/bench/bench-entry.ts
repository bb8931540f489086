import { predictorClient } from '../worker/predictor/client';
import type { BatchInput } from '../worker/predictor/api';

/**
 * Entry of `bench.html`, a page of the production build that the bench drives to reach the real
 * predictor worker (the same code the Estimate page uses). Not linked from the app.
 */
const harness = {
  loadActiveModel: () => predictorClient.loadActiveModel(),
  estimateBatch: async (input: BatchInput) => {
    const result = await predictorClient.estimateBatch(input);
    return { values: Array.from(result.values), version: result.version };
  },
};

declare global {
  interface Window {
    estimoBench?: typeof harness;
  }
}

window.estimoBench = harness;
