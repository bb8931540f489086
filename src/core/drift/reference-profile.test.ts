import { describe, expect, it } from 'vitest';
import type { Frame } from '../data/frame';
import { AppError } from '../../lib/errors';
import { buildCurrentProfile } from './current-profile';
import { createLcg, generateSample } from './golden-samples';
import type { CategoryReference, NumericReference } from './profile-types';
import { buildReferenceProfile, isReferenceProfile } from './reference-profile';

function trainingFrame(rows: number): Frame {
  const price = generateSample({ seed: 3, n: rows, dist: 'pareto', scale: 100 });
  const uniform = createLcg(4);
  const brand = Array.from({ length: rows }, (_, i) =>
    i % 50 === 1 ? null : `b${Math.floor(uniform() * 150)}`,
  );
  const isNew = Float64Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const km = generateSample({ seed: 5, n: rows, dist: 'normal', mean: 50_000, sd: 20_000 });
  km[7] = Number.NaN;
  return {
    rowCount: rows,
    columns: {
      km: { kind: 'number', values: km },
      isNew: { kind: 'boolean', values: isNew },
      brand: { kind: 'category', values: brand },
      price: { kind: 'number', values: price },
    },
  };
}

const trainingRows = (rows: number): Int32Array =>
  Int32Array.from({ length: rows }, (_, i) => i).filter((i) => i % 5 !== 0);
const options = { features: ['km', 'isNew', 'brand'], target: 'price' };

describe('buildReferenceProfile', () => {
  const frame = trainingFrame(5000);
  const profile = buildReferenceProfile(frame, trainingRows(5000), options);
  const [km, isNew, brand] = profile.features as [
    NumericReference,
    NumericReference,
    CategoryReference,
  ];

  it('summarises numeric columns from the training rows only', () => {
    expect(profile.rows).toBe(4000);
    expect(km.count + km.missing).toBe(4000);
    expect(km.missing).toBe(1); // row 7 is a training row (7 % 5 = 2)
    expect(km.bins.counts.reduce((s, c) => s + c, 0)).toBe(km.count);
    expect(km.bins.edges.length).toBe(21);
    expect(km.distinct).toBeNull();
    expect(km.sample).toHaveLength(1000);
    expect(km.sample).toEqual([...km.sample].sort((a, b) => a - b));
    expect(km.sketch!.levels.length).toBeLessThanOrEqual(256);
    expect(km.stats!.min).toBe(km.sketch!.values[0]);
  });

  it('keeps exact counts of booleans and the top levels of categories', () => {
    expect(isNew.distinct).toEqual({ values: [0, 1], counts: [isNew.count - 1333, 1333] });
    expect(brand.levels).toHaveLength(100);
    expect(brand.levels[0]!.count).toBeGreaterThanOrEqual(brand.levels[99]!.count);
    expect(brand.otherLevels).toBeGreaterThan(0);
    expect(brand.missing).toBe(100);
    const listed = brand.levels.reduce((s, entry) => s + entry.count, 0);
    expect(listed + brand.otherCount + brand.missing).toBe(4000);
  });

  it('is plain JSON and reproducible from its seed', () => {
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    expect(buildReferenceProfile(frame, trainingRows(5000), options)).toEqual(profile);
    const reseeded = buildReferenceProfile(frame, trainingRows(5000), { ...options, seed: 9 });
    expect((reseeded.features[0] as NumericReference).sample).not.toEqual(km.sample);
    expect(isReferenceProfile(JSON.parse(JSON.stringify(profile)))).toBe(true);
    expect(isReferenceProfile({ version: 1, rows: 3 })).toBe(false);
  });

  it('keeps every value of a small reference', () => {
    const small = buildReferenceProfile(trainingFrame(500), null, options);
    const smallKm = small.features[0] as NumericReference;
    expect(smallKm.sample).toHaveLength(smallKm.count);
    expect(small.target!.sample).toHaveLength(500);
  });

  it('names a missing column, and refuses a category target', () => {
    expect(() => buildReferenceProfile(frame, null, { features: ['km', 'doors'] })).toThrow(
      /"doors"/,
    );
    expect(() => buildReferenceProfile(frame, null, { features: ['km'], target: 'brand' })).toThrow(
      AppError,
    );
  });
});

describe('buildCurrentProfile', () => {
  const profile = buildReferenceProfile(trainingFrame(2000), null, options);

  it('counts the batch in the reference bins, values out of range in the outer bins', () => {
    const batch: Frame = {
      rowCount: 3,
      columns: {
        km: { kind: 'number', values: Float64Array.of(-1e9, 50_000, 1e9) },
        isNew: { kind: 'boolean', values: Float64Array.of(1, Number.NaN, 0) },
        brand: { kind: 'category', values: ['b1', 'zzz', null] },
      },
    };
    const current = buildCurrentProfile(profile, batch);
    const km = current.features[0]!;
    if (km.kind === 'category') throw new Error('expected a numeric column');
    expect(km.binCounts[0]).toBe(1);
    expect(km.binCounts[km.binCounts.length - 1]).toBe(1);
    expect(current.features[1]).toMatchObject({ count: 2, missing: 1 });
    expect(current.features[2]).toMatchObject({
      count: 2,
      missing: 1,
      unlisted: [{ level: 'zzz', count: 1 }],
    });
    expect(current.target).toBeNull();
  });

  it('lists missing columns and columns of another kind', () => {
    const batch: Frame = { rowCount: 1, columns: { km: { kind: 'category', values: ['12'] } } };
    const { problems, features } = buildCurrentProfile(profile, batch);
    expect(features).toHaveLength(0);
    expect(problems.map((p) => [p.name, p.problem])).toEqual([
      ['km', 'wrong-kind'],
      ['isNew', 'missing-column'],
      ['brand', 'missing-column'],
    ]);
  });
});
