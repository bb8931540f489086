import { describe, expect, it } from 'vitest';
import {
  buildReferenceProfile,
  driftCoverage,
  driftReport,
  type DriftReport,
} from '../../core/drift';
import type { Frame, FrameColumn } from '../../core/data/frame';
import {
  coverageSentences,
  datasetHeadline,
  datasetState,
  featureState,
  shareSentence,
} from './drift-view';

const ROWS = 200;
/** 0, 1, …, 99 repeated, plus `shift`: same shape as the reference when shift is 0. */
const ramp = (shift: number): FrameColumn => ({
  kind: 'number',
  values: Float64Array.from({ length: ROWS }, (_, i) => (i % 100) + shift),
});
const NAMES = ['year', 'mileage', 'engine', 'tax'];
const reference: Frame = {
  rowCount: ROWS,
  columns: Object.fromEntries(NAMES.map((name) => [name, ramp(0)])),
};

function reportOf(columns: Record<string, FrameColumn>): DriftReport {
  const profile = buildReferenceProfile(reference, null, { features: NAMES });
  const result = driftReport(profile, { rowCount: ROWS, columns });
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('a batch lacking most of the model inputs', () => {
  const report = reportOf({ year: ramp(60) });

  it('calls the missing columns not tested, not stable', () => {
    expect(report.features.map(featureState)).toEqual([
      'drifted',
      'not-tested',
      'not-tested',
      'not-tested',
    ]);
  });

  it('heads the verdict with how few inputs it rests on and says which were not tested', () => {
    expect(datasetState(report)).toBe('drifted');
    expect(datasetHeadline(report)).toBe(
      'Dataset drift detected — only 1 of 4 model inputs tested',
    );
    expect(shareSentence(report)).toBe(
      '1 of 1 tested features drifted (100 %; dataset drift from 50 % of the tested features).',
    );
    expect(coverageSentences(driftCoverage(report.features))).toEqual([
      '3 of 4 model inputs are not in this batch, so they were not tested.',
    ]);
  });
});

describe('verdicts when inputs are present', () => {
  it('keeps the plain headline and says nothing more when every input was tested', () => {
    const report = reportOf(Object.fromEntries(NAMES.map((name) => [name, ramp(0)])));
    expect(report.features.map(featureState)).toEqual(['stable', 'stable', 'stable', 'stable']);
    expect(datasetHeadline(report)).toBe('No dataset drift');
    expect(coverageSentences(driftCoverage(report.features))).toEqual([]);
  });

  it('separates a missing input from one present with no values', () => {
    const empty: FrameColumn = { kind: 'number', values: new Float64Array(ROWS).fill(NaN) };
    const report = reportOf({ year: ramp(0), mileage: ramp(0), engine: empty });
    expect(report.features.map(featureState)).toEqual([
      'stable',
      'stable',
      'not-tested',
      'not-tested',
    ]);
    expect(datasetHeadline(report)).toBe('No dataset drift — only 2 of 4 model inputs tested');
    expect(coverageSentences(driftCoverage(report.features))).toEqual([
      '1 of 4 model inputs is not in this batch, so it was not tested.',
      '1 of 4 model inputs is in the batch but was not tested (see the cards below).',
    ]);
  });

  it('says drift was not tested at all when no input could be', () => {
    const empty: FrameColumn = { kind: 'number', values: new Float64Array(ROWS).fill(NaN) };
    const report = reportOf({ year: empty });
    expect(report.testedCount).toBe(0);
    expect(datasetState(report)).toBe('not-tested');
    expect(datasetHeadline(report)).toBe('Drift not tested: no model input could be tested');
  });
});
