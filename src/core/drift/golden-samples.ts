/**
 * The sample generator of scripts/golden/drift_golden.py, bit for bit, so tests see the very
 * samples SciPy saw. Test support only: nothing in the app imports it. Every step is integer
 * arithmetic or one IEEE 754 operation (+, −, ×, ÷, floor), which round the same in Python and
 * JavaScript.
 */

/** A numeric sample: `normal` (Irwin–Hall, 12 uniforms) or `pareto` (scale / (u + 0.02)). */
export interface SampleSpec {
  seed: number;
  n: number;
  dist: string;
  mean?: number;
  sd?: number;
  scale?: number;
  /** Math.floor every value (ties). */
  floor?: boolean;
}

/** A category sample: labels drawn with the given weights. */
export interface CategorySpec {
  seed: number;
  n: number;
  labels: readonly string[];
  weights: readonly number[];
}

/** state' = (1664525·state + 1013904223) mod 2³², u = state' / 2³² in [0, 1). */
export function createLcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function drawValue(spec: SampleSpec, uniform: () => number): number {
  if (spec.dist === 'normal') {
    let total = 0;
    for (let k = 0; k < 12; k++) total += uniform();
    return spec.mean! + spec.sd! * (total - 6);
  }
  if (spec.dist === 'pareto') return spec.scale! / (uniform() + 0.02);
  throw new Error(`Unknown sample distribution "${spec.dist}".`);
}

/** The numeric sample `spec` describes, in draw order. */
export function generateSample(spec: SampleSpec): Float64Array {
  const uniform = createLcg(spec.seed);
  const out = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    const value = drawValue(spec, uniform);
    out[i] = spec.floor ? Math.floor(value) : value;
  }
  return out;
}

/** The category sample `spec` describes, in draw order. */
export function generateCategories(spec: CategorySpec): string[] {
  const uniform = createLcg(spec.seed);
  let total = 0;
  for (const weight of spec.weights) total += weight;
  const out: string[] = [];
  for (let i = 0; i < spec.n; i++) {
    const target = uniform() * total;
    let cumulative = 0;
    let chosen = spec.labels[spec.labels.length - 1]!;
    for (let k = 0; k < spec.labels.length; k++) {
      cumulative += spec.weights[k]!;
      if (target < cumulative) {
        chosen = spec.labels[k]!;
        break;
      }
    }
    out.push(chosen);
  }
  return out;
}

/** Ascending copy. */
export function sortedCopy(values: Float64Array): Float64Array {
  return Float64Array.from(values).sort();
}
