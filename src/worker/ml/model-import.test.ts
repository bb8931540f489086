import * as tf from '@tensorflow/tfjs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getChampionVersion } from '../../storage/champion';
import type { EstimoDb } from '../../storage/db';
import { ensureShippedVersion, getModelVersion, listModelSummaries } from '../../storage/models';
import { networkMembers } from '../../core/model/model-bundle';
import { nanWeightsBundle } from '../../test-support/registry-fixture';
import { readShippedBundle } from '../../test-support/shipped-model';
import { openTestDb } from '../../test-support/test-db';
import { useWasmBackend } from '../../test-support/tf-backend';
import { MAX_IMPORT_BYTES } from './model-import';
import { createRegistryService } from './registry-service';

const shipped = readShippedBundle();

let db: EstimoDb;
let service: ReturnType<typeof createRegistryService>;

beforeAll(useWasmBackend);

beforeEach(async () => {
  db = await openTestDb();
  await ensureShippedVersion(db, shipped);
  service = createRegistryService(async () => db);
});

const jsonFile = (value: unknown, name = 'model.json') => new File([JSON.stringify(value)], name);

async function refusalOf(file: File): Promise<string> {
  const outcome = await service.importModel(file);
  if (outcome.ok) throw new Error(`"${file.name}" was imported as ${outcome.version.version}`);
  return outcome.message;
}

describe('importModel', () => {
  it('registers an exported bundle as a new version that is not the champion', async () => {
    const before = tf.memory().numTensors;
    const outcome = await service.importModel(jsonFile(shipped, 'estimo-model-v1.json'));
    expect(tf.memory().numTensors).toBe(before);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.version).toMatchObject({
      version: 2,
      source: 'import',
      runId: null,
      datasetId: null,
      isChampion: false,
      name: shipped.name,
    });
    expect((await getModelVersion(db, 2))?.bundle).toEqual(shipped);
    expect(await getChampionVersion(db)).toBe(1);
  });

  it('refuses broken files with a message naming the file and the fault, storing nothing', async () => {
    const unsigned: Partial<typeof shipped> = { ...shipped };
    delete unsigned.signature;
    const huge = structuredClone(shipped);
    networkMembers(huge)[0]!.network.weightSpecs[0]!.shape = [100_000, 100_000];
    const cases: [File, string][] = [
      [new File(['not { json'], 'notes.txt'), '"notes.txt" is not JSON'],
      [new File([], 'empty.json'), '"empty.json" is empty'],
      [jsonFile({ format: 'onnx', graph: [] }), 'not an Estimo model file'],
      [jsonFile(unsigned), 'no signature'],
      [jsonFile(huge), 'the limit is'],
      [jsonFile({ ...shipped, formatVersion: 9 }), 'format version 9'],
    ];
    for (const [file, expected] of cases) expect(await refusalOf(file)).toContain(expected);
    expect(await listModelSummaries(db)).toHaveLength(1);
  });

  it('refuses a file over the size cap before reading it, naming the cap', async () => {
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'big.json');
    expect(await refusalOf(big)).toMatch(/"big.json" is 50 MB; a model file may be at most 50 MB/);
  });

  it('refuses a model that prices a typical item as NaN, leaking no tensor', async () => {
    const before = tf.memory().numTensors;
    expect(await refusalOf(jsonFile(nanWeightsBundle(shipped)))).toContain('no finite price');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a signature the Estimate form could not show', async () => {
    const [first, ...rest] = shipped.signature.inputs;
    const broken = {
      ...shipped,
      signature: { ...shipped.signature, inputs: [{ ...first!, type: 'date' }, ...rest] },
    };
    expect(await refusalOf(jsonFile(broken))).toContain('has type "date"');
    const twice = {
      ...shipped,
      signature: { ...shipped.signature, inputs: [...shipped.signature.inputs, first] },
    };
    expect(await refusalOf(jsonFile(twice))).toContain('appears twice');
  });
});
