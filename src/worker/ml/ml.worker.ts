import { expose } from 'comlink';
import { openEstimoDb } from '../../storage/db';
import { afterReady } from '../after-ready';
import { ensureRegistry, loadChampionBundle, readChampionVersion } from '../champion-source';
import { fetchShippedModel, fetchShippedReference } from '../predictor/shipped-model';
import { startBackend } from '../tf-backend';
import { EnsembleHelperPool } from '../ensemble-helpers/helper-pool';
import { createMlService } from './ml-service';
import { openScratchFolder } from './scratch-sink';

// The heavy worker loads its own copy of the champion on wasm, so a long bulk run never queues
// behind (or in front of) the Estimate page's requests in the predictor worker. Every call waits
// for the backend: training, comparing and importing use TF.js too.
const backendReady = startBackend('wasm');
// The registry is made (shipped model = version 1, champion) before this worker first uses the
// database, so a run registered before any estimate is never version 1.
let isRegistryReady = false;
const openDb = async () => {
  const db = await openEstimoDb();
  if (!isRegistryReady) {
    await ensureRegistry(db, fetchShippedModel, fetchShippedReference);
    isRegistryReady = true;
  }
  return db;
};

const service = createMlService({
  source: {
    loadActiveBundle: () =>
      loadChampionBundle({ openDb, fetchShippedModel, fetchShippedReference }),
    readActiveVersion: () => readChampionVersion(openDb),
  },
  openDb,
  ensembleHelpers: new EnsembleHelperPool(),
  openScratchFolder,
});

expose(afterReady(service, backendReady));
