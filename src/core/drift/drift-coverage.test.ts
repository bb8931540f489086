import { describe, expect, it } from 'vitest';
import type { Frame, FrameColumn } from '../data/frame';
import { driftCoverage, isTested } from './drift-coverage';
import { driftReport } from './drift-report';
import { generateSample } from './golden-samples';
import { buildReferenceProfile } from './reference-profile';

const ROWS = 400;
const numbers = (seed: number, mean: number): FrameColumn => ({
  kind: 'number',
  values: generateSample({ seed, n: ROWS, dist: 'normal', mean, sd: 10 }),
});

/** Nine inputs, like the UK used-cars model; the batch has one of them, shifted, and two empty. */
const NAMES = ['year', 'mileage', 'engine', 'tax', 'mpg', 'size', 'doors', 'seats', 'age'];
const reference: Frame = {
  rowCount: ROWS,
  columns: Object.fromEntries(NAMES.map((name, i) => [name, numbers(i + 1, 50)])),
};

describe('driftCoverage', () => {
  it('counts the inputs a batch lacks as not tested, never as stable', () => {
    const profile = buildReferenceProfile(reference, null, { features: NAMES });
    const batch: Frame = {
      rowCount: ROWS,
      columns: {
        year: numbers(20, 80),
        mpg: { kind: 'number', values: new Float64Array(ROWS).fill(NaN) },
        size: { kind: 'category', values: new Array<string>(ROWS).fill('big') },
      },
    };
    const result = driftReport(profile, batch);
    if (!result.ok) throw new Error(result.message);
    const { report } = result;
    expect(driftCoverage(report.features)).toEqual({
      inputCount: 9,
      testedCount: 1,
      missing: ['mileage', 'engine', 'tax', 'doors', 'seats', 'age'],
      untestable: ['mpg', 'size'],
    });
    expect(report.features.filter(isTested).map((feature) => feature.name)).toEqual(['year']);
    // The share is over the one tested input: 1 of 1 drifted, not 1 of 9.
    expect(report).toMatchObject({ testedCount: 1, driftedCount: 1, driftShare: 1 });
    expect(report.isDatasetDrift).toBe(true);
  });

  it('is complete when every input was tested', () => {
    const profile = buildReferenceProfile(reference, null, { features: NAMES });
    const result = driftReport(profile, reference);
    if (!result.ok) throw new Error(result.message);
    expect(driftCoverage(result.report.features)).toEqual({
      inputCount: 9,
      testedCount: 9,
      missing: [],
      untestable: [],
    });
  });
});
