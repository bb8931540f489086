/** The pricing tables of BENCHMARKS.md with their best reference RMSE and MAPE, for scripts. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from '../src/core/data/frame';
import { ingestCsvBytes } from '../src/core/data/ingest';
import { prepareFit, type PreparedFit } from '../src/core/model/prepare-fit';
import { PRESET_PREPROCESSING } from '../src/core/training/presets';
import { frameFromTable, suggestFeatures } from '../src/core/training/table-frame';

export interface Dataset {
  name: string;
  path: string;
  target: string;
  /** Columns never used as features (besides what `suggestFeatures` skips). */
  drop: string[];
  referenceRmse: number;
  referenceMape: number;
}

const SHARED = new URL('../../shared/data/', import.meta.url);
export const DATASETS: Dataset[] = [
  {
    name: 'diamonds',
    path: createRequire(import.meta.url).resolve('@observablehq/sample-datasets/diamonds.csv'),
    target: 'price',
    drop: [],
    referenceRmse: 541.2,
    referenceMape: 6.04,
  },
  {
    name: 'getaround',
    path: new URL('getaround/get_around_pricing_project.csv', SHARED).pathname,
    target: 'rental_price_per_day',
    drop: ['column_1', ''],
    referenceRmse: 15.23,
    referenceMape: 12.45,
  },
  {
    name: 'uk',
    path: new URL('uk-used-cars/all.csv', SHARED).pathname,
    target: 'price',
    drop: [],
    referenceRmse: 1611,
    referenceMape: 6.29,
  },
  {
    name: 'brazil',
    path: new URL('brazil-houses-to-rent/houses_to_rent_v2.csv', SHARED).pathname,
    target: 'rent amount',
    drop: ['total', 'fire insurance'],
    referenceRmse: 2019,
    referenceMape: 31.06,
  },
  {
    name: 'autoru',
    path: new URL('autoru-small/auto_ru.csv', SHARED).pathname,
    target: 'Цена, руб',
    drop: [],
    referenceRmse: 659214,
    referenceMape: 11.63,
  },
];

/** The value after `flag` on the command line, if given. */
export const option = (flag: string): string | undefined =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;

/** The tables named by `--only` (all when absent); a table whose file is absent is skipped, said. */
export function chosenDatasets(): Dataset[] {
  const only = option('--only')?.split(',');
  return DATASETS.filter((dataset) => {
    if (only && !only.includes(dataset.name)) return false;
    if (existsSync(dataset.path)) return true;
    console.log(`${dataset.name}: skipped, ${dataset.path} is absent`);
    return false;
  });
}

/** The table as the app would train it: the suggested features (minus `drop`) and the target. */
export function readReferenceFrame(dataset: Dataset): { frame: Frame; features: string[] } {
  const { table } = ingestCsvBytes(new Uint8Array(readFileSync(dataset.path)));
  const features = suggestFeatures(table, dataset.target).filter(
    (name) => !dataset.drop.includes(name),
  );
  return { frame: frameFromTable(table, [...features, dataset.target]), features };
}

/** The table prepared as a Production run prepares it (holdout split, preprocessing). */
export function prepareReferenceFit(dataset: Dataset): {
  frame: Frame;
  features: string[];
  prepared: PreparedFit;
} {
  const { frame, features } = readReferenceFrame(dataset);
  const prepared = prepareFit({
    frame,
    target: dataset.target,
    features,
    datasetName: dataset.name,
    preprocessingOptions: PRESET_PREPROCESSING.production,
  });
  return { frame, features, prepared };
}
