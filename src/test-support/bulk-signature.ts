import type { Signature } from '../core/model/signature';

/** A small signature for the bulk tests: a number, a category and a boolean. */
export const TEST_SIGNATURE: Signature = {
  target: { name: 'price', min: 100, max: 10_000, mean: 2000 },
  inputs: [
    { name: 'carat', type: 'number', min: 0.2, max: 4, median: 0.7, isInteger: false },
    { name: 'cut', type: 'category', levels: ['Good', 'Ideal'], mostCommon: 'Ideal' },
    { name: 'has_cert', type: 'boolean', mostCommon: true },
  ],
};
