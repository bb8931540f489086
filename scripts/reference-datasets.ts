/** The pricing tables of BENCHMARKS.md with their best reference RMSE and MAPE, for scripts. */
import { createRequire } from 'node:module';

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
