import type { Frame, FrameColumn } from '../data/frame';
import { AppError } from '../../lib/errors';
import { categoryReference, countLevelsAt } from './category-profile';
import { numericReference, presentValues, type NumericProfileOptions } from './numeric-profile';
import {
  REFERENCE_PROFILE_VERSION,
  type FeatureReference,
  type NumericReference,
  type ReferenceProfile,
} from './profile-types';

/** Which columns to profile and how finely. */
export interface ReferenceProfileOptions {
  /** Feature columns, in the model's order. */
  features: readonly string[];
  /** The target column (a number column), or null. */
  target?: string | null;
  /** Seed of the reservoir samples (feature i uses seed + i). Default 1. */
  seed?: number;
  /** Quantile bins per numeric column, clamped to 2–50. Default 20. */
  binCount?: number;
  /** Category levels kept before `other`. Default 100. */
  maxLevels?: number;
  /** Knots of each quantile sketch. Default 256. */
  maxKnots?: number;
}

const DEFAULTS = { seed: 1, binCount: 20, maxLevels: 100, maxKnots: 256 };

function columnOf(frame: Frame, name: string): FrameColumn {
  const column = frame.columns[name];
  if (!column) {
    const known = Object.keys(frame.columns).join(', ');
    throw new AppError(
      'SCHEMA_MISMATCH',
      `Column "${name}" is not in the data (it has: ${known}).`,
    );
  }
  return column;
}

function profileColumn(
  name: string,
  column: FrameColumn,
  rows: Int32Array | null,
  options: NumericProfileOptions & { maxLevels: number },
): FeatureReference {
  if (column.kind === 'category') {
    return categoryReference(name, countLevelsAt(column.values, rows), options.maxLevels);
  }
  return numericReference(name, column.kind, presentValues(column.values, rows), options);
}

/**
 * Summarises the training rows `rows` of `frame` (every row when null) for drift checks: per
 * numeric column count, missing, mean, std, min, max, quantile bins, distinct values (≤ 20), a
 * seeded sample (all values up to 1,000) and a quantile sketch; per category column the top
 * levels and `other`. Plain JSON, typically tens of kilobytes per column at most.
 * Throws `SCHEMA_MISMATCH` when a column is absent or the target is not a number column.
 */
export function buildReferenceProfile(
  frame: Frame,
  rows: Int32Array | null,
  options: ReferenceProfileOptions,
): ReferenceProfile {
  const settings = { ...DEFAULTS, ...options };
  const binCount = Math.min(50, Math.max(2, Math.round(settings.binCount)));
  const columnOptions = { ...settings, binCount };
  const features = options.features.map((name, i) =>
    profileColumn(name, columnOf(frame, name), rows, { ...columnOptions, seed: settings.seed + i }),
  );
  let target: NumericReference | null = null;
  if (options.target) {
    const column = columnOf(frame, options.target);
    if (column.kind !== 'number') {
      throw new AppError(
        'SCHEMA_MISMATCH',
        `The target "${options.target}" is not a number column.`,
      );
    }
    const seed = settings.seed + features.length;
    const present = presentValues(column.values, rows);
    target = numericReference(options.target, 'number', present, { ...columnOptions, seed });
  }
  const profiledRows = rows ? rows.length : frame.rowCount;
  return {
    version: REFERENCE_PROFILE_VERSION,
    rows: profiledRows,
    seed: settings.seed,
    features,
    target,
  };
}

/**
 * True when `value` looks like a {@link ReferenceProfile} of this version (what storage or an
 * imported model hands back as `unknown`). Checks the shape's outline, not every number.
 */
export function isReferenceProfile(value: unknown): value is ReferenceProfile {
  if (typeof value !== 'object' || value === null) return false;
  const profile = value as Partial<ReferenceProfile>;
  return (
    profile.version === REFERENCE_PROFILE_VERSION &&
    typeof profile.rows === 'number' &&
    Array.isArray(profile.features) &&
    profile.features.every(
      (feature) =>
        typeof feature?.name === 'string' &&
        (feature.kind === 'category'
          ? Array.isArray(feature.levels)
          : Array.isArray(feature.sample)),
    ) &&
    (profile.target === null || typeof profile.target === 'object')
  );
}
