import { describe, expect, it } from 'vitest';
import type { Frame, FrameColumn } from '../data/frame';
import { driftReport } from './drift-report';
import { mismatch } from './golden-assert';
import {
  generateCategories,
  generateSample,
  type CategorySpec,
  type SampleSpec,
} from './golden-samples';
import { GOLDEN } from './golden-values';
import { buildReferenceProfile } from './reference-profile';
import type { DriftReport } from './report-types';

const expectClose = (actual: number, expected: number, relative: number, absolute = 0): void =>
  expect(mismatch(actual, expected, relative, absolute)).toBeNull();

const frameOf = (columns: Record<string, FrameColumn>): Frame => ({
  rowCount: Object.values(columns)[0]!.values.length,
  columns,
});
const num = (spec: SampleSpec): FrameColumn => ({ kind: 'number', values: generateSample(spec) });
const cat = (spec: CategorySpec): FrameColumn => ({
  kind: 'category',
  values: generateCategories(spec),
});
const goldenKs = (name: string) => GOLDEN.ks.find((entry) => entry.name.startsWith(name))!;
const goldenCounts = (name: string) => GOLDEN.counts.find((entry) => entry.name.startsWith(name))!;
const goldenW = (name: string) => GOLDEN.wasserstein.find((entry) => entry.name.startsWith(name))!;

function reportOf(reference: Frame, batch: Frame, options = {}): DriftReport {
  const profile = buildReferenceProfile(reference, null, {
    features: Object.keys(reference.columns),
  });
  const result = driftReport(profile, batch, options);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('driftReport against SciPy, end to end from a stored profile', () => {
  it('small reference: exact KS and χ² p-values', () => {
    const ks = goldenKs('unequal 80/120');
    const chi = goldenCounts('5 levels, shifted');
    const reference = frameOf({ x: num(ks.a), level: cat({ ...chi.a, n: 80 }) });
    const batch = frameOf({ x: num(ks.b), level: cat({ ...chi.b, n: 120 }) });
    const [x] = reportOf(reference, batch).features;
    expect(x).toMatchObject({ test: 'ks', threshold: 0.05, isDrifted: true });
    expectClose(x!.pValue!, ks.pValue, 1e-6);
    const levels = reportOf(frameOf({ level: cat(chi.a) }), frameOf({ level: cat(chi.b) }))
      .features[0]!;
    expect(levels).toMatchObject({ test: 'chi-square', isDrifted: true });
    expectClose(levels.pValue!, chi.chiSquareP, 1e-6);
  });

  it('large reference: normed Wasserstein within its stated error, Jensen–Shannon exactly', () => {
    const w = goldenW('heavy tail 20000/5000 scaled');
    const js = goldenCounts('large, shifted');
    const report = reportOf(
      frameOf({ x: num(w.a), level: cat(js.a) }),
      frameOf({ x: num(w.b), level: cat(js.b) }),
    );
    const [x, level] = report.features;
    expect(x).toMatchObject({ test: 'wasserstein', threshold: 0.1, isDrifted: false });
    expect(Math.abs(x!.statistic! - w.normed)).toBeLessThanOrEqual(x!.approximationError!);
    expect(x!.approximationError).toBeLessThan(0.01);
    expect(level).toMatchObject({ test: 'jensen-shannon', isDrifted: true });
    expectClose(level!.statistic!, js.jensenShannon, 1e-12);
    expect(level!.unseen).toEqual({
      rows: js.current[5],
      levels: [{ level: 'f', count: js.current[5] }],
      isCertain: true,
    });
    expect(report).toMatchObject({
      testedCount: 2,
      driftedCount: 1,
      driftShare: 0.5,
      isDatasetDrift: true,
    });
  });

  it('PSI on request, for numbers and categories alike', () => {
    const js = goldenCounts('large, shifted');
    const report = reportOf(frameOf({ level: cat(js.a) }), frameOf({ level: cat(js.b) }), {
      method: 'psi',
    });
    expect(report.features[0]).toMatchObject({ test: 'psi', threshold: 0.1, isDrifted: true });
    expectClose(report.features[0]!.statistic!, js.psi, 1e-12);
  });
});

describe('driftReport choices and bad input', () => {
  const reference = frameOf({
    km: num({ seed: 1, n: 600, dist: 'normal', mean: 50, sd: 10 }),
    doors: { kind: 'number', values: Float64Array.from({ length: 600 }, (_, i) => 2 + (i % 4)) },
    isNew: { kind: 'boolean', values: Float64Array.from({ length: 600 }, (_, i) => i % 2) },
    brand: cat({ seed: 2, n: 600, labels: ['a', 'b', 'c'], weights: [1, 1, 1] }),
  });
  const sameBatch = frameOf({
    km: num({ seed: 3, n: 400, dist: 'normal', mean: 50, sd: 10 }),
    doors: { kind: 'number', values: Float64Array.from({ length: 400 }, (_, i) => 2 + (i % 4)) },
    isNew: { kind: 'boolean', values: Float64Array.from({ length: 400 }, (_, i) => i % 2) },
    brand: cat({ seed: 4, n: 400, labels: ['a', 'b', 'c'], weights: [1, 1, 1] }),
  });

  it("follows Evidently's choice: KS, χ² for ≤ 5 values, z for two", () => {
    const report = reportOf(reference, sameBatch);
    expect(report.features.map((f) => f.test)).toEqual([
      'ks',
      'chi-square',
      'z-test',
      'chi-square',
    ]);
    expect(report.isDatasetDrift).toBe(false);
    expect(report.warnings).toEqual([]);
  });

  it('names columns missing from the batch and leaves them out of the share', () => {
    const { km, brand } = sameBatch.columns;
    const report = reportOf(reference, frameOf({ km: km!, brand: brand! }));
    expect(report.missingColumns).toEqual(['doors', 'isNew']);
    expect(report.features[1]).toMatchObject({
      status: 'missing-column',
      test: null,
      isDrifted: false,
    });
    expect(report.testedCount).toBe(2);
    expect(report.warnings[0]).toMatch(/doors, isNew/);
  });

  it('refuses a one-row batch, and a batch with none of the columns', () => {
    const profile = buildReferenceProfile(reference, null, { features: ['km'] });
    const oneRow = frameOf({ km: { kind: 'number', values: Float64Array.of(55) } });
    expect(driftReport(profile, oneRow)).toEqual({
      ok: false,
      message: 'The batch has 1 row; drift compares distributions and needs at least 30.',
    });
    expect(driftReport(profile, oneRow, { minRows: 1 }).ok).toBe(true);
    const other = frameOf({ price: { kind: 'number', values: new Float64Array(40) } });
    expect(driftReport(profile, other)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/km/),
    });
  });

  it('reports a feature all missing in the batch as untested', () => {
    const batch = frameOf({
      ...sameBatch.columns,
      km: { kind: 'number', values: new Float64Array(400).fill(NaN) },
    });
    const km = reportOf(reference, batch).features[0]!;
    expect(km).toMatchObject({ status: 'empty-batch', currentMissingShare: 1, isDrifted: false });
    expect(km.message).toBe('All 400 values of "km" are missing in the batch.');
  });

  it('flags a shifted batch and a level never seen in training', () => {
    const batch = frameOf({
      ...sameBatch.columns,
      km: num({ seed: 3, n: 400, dist: 'normal', mean: 56, sd: 10 }),
      brand: cat({ seed: 4, n: 400, labels: ['a', 'b', 'c', 'new'], weights: [1, 1, 1, 0.05] }),
    });
    const report = reportOf(reference, batch);
    expect(report.features.map((f) => f.isDrifted)).toEqual([true, false, false, true]);
    expect(report.features[3]).toMatchObject({ statistic: Infinity, pValue: 0 });
    expect(report.isDatasetDrift).toBe(true);
    expect(report.warnings.some((w) => /never seen in training/.test(w))).toBe(true);
  });

  it('keeps charts to 50 bars whose shares sum to 1', () => {
    const wide = cat({
      seed: 5,
      n: 3000,
      labels: Array.from({ length: 80 }, (_, i) => `l${i}`),
      weights: new Array(80).fill(1),
    });
    const batch = cat({ seed: 6, n: 500, labels: ['l1', 'x1', 'x2'], weights: [1, 1, 1] });
    const [level] = reportOf(frameOf({ level: wide }), frameOf({ level: batch })).features;
    expect(level!.bars.length).toBeLessThanOrEqual(50);
    for (const side of ['reference', 'current'] as const) {
      expectClose(
        level!.bars.reduce((s, bar) => s + bar[side], 0),
        1,
        1e-12,
      );
    }
    expect(level!.bars.at(-1)!.label).toBe('not in training (2)');
  });

  it('tests the target apart from the features', () => {
    const profile = buildReferenceProfile(reference, null, { features: ['doors'], target: 'km' });
    const result = driftReport(profile, sameBatch);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.target).toMatchObject({ name: 'km', test: 'ks', status: 'tested' });
    expect(result.report.testedCount).toBe(1);
  });
});
