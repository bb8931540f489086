import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { setChampion } from '../../storage/champion';
import { registerModelVersion } from '../../storage/models';
import { buildBulkFixture, bulkFixtureCsv } from '../../test-support/bulk-fixture';
import { shiftedBundle } from '../../test-support/registry-fixture';
import { readShippedBundle } from '../../test-support/shipped-model';
import { openTestDb } from '../../test-support/test-db';
import { useWasmBackend } from '../../test-support/tf-backend';
import { loadChampionBundle, readChampionVersion } from '../champion-source';
import type { MlApi } from './api';
import { createMlService } from './ml-service';

const shipped = readShippedBundle();
const { text } = bulkFixtureCsv(buildBulkFixture(), ',');

async function scoredVersion(service: MlApi, runId: string): Promise<number> {
  const file = new File([text], 'stock.csv');
  const inspected = await service.inspectFile(file, null);
  if (!inspected.ok) throw new Error(inspected.message);
  const request = {
    runId,
    file,
    sheet: null,
    mapping: inspected.inspection.mapping,
    output: { kind: 'download' as const },
  };
  const result = await service.scoreFile(request, () => undefined);
  if (result.status !== 'done') throw new Error(`run ended ${result.status}`);
  expect(result.summary.modelVersion).toBe(inspected.inspection.model.version);
  return result.summary.modelVersion;
}

describe('bulk scoring follows the champion', () => {
  beforeAll(useWasmBackend);

  it('loads the new champion at the next run after a promotion, disposing the old one', async () => {
    const db = await openTestDb();
    const openDb = async () => db;
    const service = createMlService({
      source: {
        loadActiveBundle: () =>
          loadChampionBundle({ openDb, fetchShippedModel: async () => shipped }),
        readActiveVersion: () => readChampionVersion(openDb),
      },
      openDb,
    });
    expect(await scoredVersion(service, 'first')).toBe(1);
    const tensorsWithOneModel = tf.memory().numTensors;
    const { version } = await registerModelVersion(db, {
      bundle: shiftedBundle(shipped, 0.2),
      source: 'import',
    });
    await setChampion(db, version);
    expect(await scoredVersion(service, 'second')).toBe(2);
    expect(tf.memory().numTensors).toBe(tensorsWithOneModel);
    expect(await scoredVersion(service, 'third')).toBe(2);
  });
});
